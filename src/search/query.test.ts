import { describe, expect, it } from 'vitest';
import { pagefindQuery, parseQuery } from './query.ts';

describe('parseQuery', () => {
  it('keeps every word of a quoted phrase, «med» included', () => {
    expect(parseQuery('"samarbeid med pårørende"')).toEqual({ exact: ['samarbeid med pårørende'], words: [], dropped: [] });
    expect(parseQuery('«samarbeid med pårørende» hva')).toEqual({ exact: ['samarbeid med pårørende'], words: ['hva'], dropped: [] });
  });

  it('drops stop words outside quotes only', () => {
    expect(parseQuery('hvordan få ned sykefraværet "med plan"')).toEqual({ exact: ['med plan'], words: ['sykefraværet'], dropped: ['hvordan', 'få', 'ned'] });
  });

  it('searches a decimal number with a comma as that number', () => {
    expect(parseQuery('0,5')).toEqual({ exact: ['0,5'], words: [], dropped: [] });
    expect(pagefindQuery(parseQuery('sykefravær 9,6'))).toBe('"9,6" sykefravær');
  });
});
