import { describe, expect, it } from 'vitest';
import { wordEnds, wordLists } from './vocabulary.ts';

describe('wordLists', () => {
  it('counts the pages that use each word of three letters or more, by folded first letter', () => {
    const lists = wordLists([['arbeid', 'ås', 'øst'], ['arbeid', 'i']], []);
    expect(lists['a']).toEqual({ arbeid: 2 });
    expect(lists['o']).toEqual({ øst: 1 });
  });

  it('keeps two-letter place names, weighted, so «aas» can be read as Ås', () => {
    const lists = wordLists([['ås']], ['Ås', 'Hå', 'Nord-Aurdal']);
    expect(lists['a']).toEqual({ aurdal: 20, ås: 20 });
    expect(lists['n']).toEqual({ nord: 20 });
    expect(lists['h']).toEqual({ hå: 20 });
  });
});

describe('wordEnds', () => {
  // «søknadsfrist» said «Ordet «frist» står ikke på noen side», though a page has «tidsfrist».
  it('lists the words of compound length by folded last letter', () => {
    const ends = wordEnds(wordLists([['tidsfrist', 'frist', 'arbeidsmiljø', 'sykefraværet']], []));
    expect(ends).toEqual({ t: ['sykefraværet', 'tidsfrist'], o: ['arbeidsmiljø'] });
  });
});
