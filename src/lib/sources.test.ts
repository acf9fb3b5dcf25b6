import { describe, expect, it } from 'vitest';
import { citeSource, citedDocuments, pageList } from './sources.ts';

describe('sources', () => {
  it('gathers the pages cited from each document, in order, once each', () => {
    const documents = citedDocuments([
      { doc: 'S002', page: 26 },
      { doc: 'S004' },
      { doc: 'S002', page: 23 },
      { doc: 'S002', page: 26 },
    ]);
    expect(documents.map((d) => [d.id, d.pages])).toEqual([
      ['S002', [23, 26]],
      ['S004', []],
    ]);
    expect(documents[0]?.title).toBe('Kvalitetskommuneprogrammet – sekretariatets sluttrapport');
  });

  it('reads page lists the Norwegian way', () => {
    expect(pageList([24])).toBe('s. 24');
    expect(pageList([23, 24])).toBe('s. 23 og 24');
    expect(pageList([23, 24, 26])).toBe('s. 23, 24 og 26');
    expect(pageList([])).toBe('');
  });

  it('cites one reference with its document, date and page', () => {
    expect(citeSource({ doc: 'S002', page: 58 })).toBe('Kvalitetskommuneprogrammet – sekretariatets sluttrapport (juni 2010), s. 58');
    expect(citeSource({ doc: 'S001' })).toBe('Veien videre – Innsatskommuner sykefravær (presentasjon) (høsten 2007)');
  });
});
