import { describe, expect, it } from 'vitest';
import { isSplit, sameRoot, sameStem } from './unknown-word.ts';

// Fresh eyes: «sykehjemsavdeling» and «Lederopplæring», which no page has, were said as typos («du skrev …») of their parts.
describe('isSplit', () => {
  it('takes parts that are the word\'s own letters, a linking «s» or «e» between them or none, for a split', () => {
    expect(isSplit('sykehjemsavdeling', 'sykehjem avdeling')).toBe(true);
    expect(isSplit('Lederopplæring', 'leder opplæring')).toBe(true);
    expect(isSplit('arbeidsmiljøutvalgsmøte', 'arbeidsmiljø utvalg møte')).toBe(true);
    expect(isSplit('barnehageforeldremøte', 'barnehage foreldre møte')).toBe(true);
  });

  it('takes parts with a letter changed for a correction', () => {
    expect(isSplit('Lederoppfolging', 'leder oppfølging')).toBe(false);
    expect(isSplit('heiltidskultur', 'heltid kultur')).toBe(false);
    expect(isSplit('foreldrmøte', 'foreldre møte')).toBe(false);
  });
});

// Fresh eyes: «forebygging», which no page has, was read as «føre bygg ingen» (30 pages), not as the site's «forebyggende».
describe('sameRoot', () => {
  const words = { forebygge: 3, forebyggende: 3, ledelse: 71, ledelsen: 20, lederen: 30 };
  it('reads a word the site lacks as the word of its root most pages have', () => {
    expect(sameRoot('forebygging', words)).toBe('forebygge');
    expect(sameRoot('Forebyggingen', words)).toBe('forebygge');
  });
  // «førebygging» was still «føre bygg ingen»: its root is found by the nynorsk forms of the site's words.
  it('reads a nynorsk word by the nynorsk forms of the site\'s words of its root', () => {
    const nynorsk = { førebygge: 'forebygge', førebyggende: 'forebyggende', leiing: 'ledelse' };
    expect(sameRoot('førebygging', words, nynorsk)).toBe('forebygge');
    expect(sameRoot('Førebygginga', words, nynorsk)).toBe('forebygge');
    expect(sameRoot('førebygging', words)).toBeUndefined();
  });
  it('takes no root too short to be one word\'s, nor a word of another root', () => {
    expect(sameRoot('ledning', words)).toBeUndefined();
    expect(sameRoot('forebyggingstiltak', words)).toBeUndefined();
  });
});

// «kva kosta programmet» was read as «kostra programmet»: nynorsk «kosta» is the site's «kostet».
describe('sameStem', () => {
  it('takes a word of a stem of four letters or more with another ending for the site\'s word', () => {
    expect(sameStem('kosta', { kostet: 3, kostra: 2 })).toBe(true);
    expect(sameStem('kvalitetskommunar', { kvalitetskommune: 40 })).toBe(true);
  });
  it('takes no stem shorter, nor a word whose stem the site lacks', () => {
    expect(sameStem('lea', { leet: 1 })).toBe(false);
    expect(sameStem('kosta', { kostra: 2 })).toBe(false);
  });
});
