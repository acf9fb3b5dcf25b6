import { describe, expect, it } from 'vitest';
import { withEnding } from './word-endings.ts';

describe('withEnding', () => {
  // «helsefagarbeider» left «helsefag» out as standing «bare inne i lengre ord, som «helsefaget»», its own inflection.
  it('gives the site’s form of a word typed bare that the site has only with a noun’s ending', () => {
    expect(withEnding('helsefag', { helsefaget: 1, helsefaglig: 2 })).toBe('helsefaget');
    expect(withEnding('leder', { lederen: 3 })).toBe('lederen');
  });

  it('gives nothing for a word the site has only inside a longer word, or with another word’s ending', () => {
    expect(withEnding('helsefag', { helsefaglig: 2 })).toBeUndefined();
    expect(withEnding('frist', { tidsfrist: 1, fristelse: 1 })).toBeUndefined();
  });
});
