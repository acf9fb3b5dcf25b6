import { describe, expect, it } from 'vitest';
import { parseQuery } from './query.ts';
import { wordByWord } from './word-by-word.ts';

const pages: Record<string, number> = { hjemmetjeneste: 12, turnus: 5, '"uønsket deltid"': 9, sjelden: 1 };
const count = async (term: string) => pages[term] ?? 0;

describe('wordByWord', () => {
  it('offers each word with its own number of hits', async () => {
    expect(await wordByWord(parseQuery('hjemmetjeneste turnus'), 1, count)).toEqual([
      { query: 'hjemmetjeneste', label: 'hjemmetjeneste', hits: 12 },
      { query: 'turnus', label: 'turnus', hits: 5 },
    ]);
  });

  it('offers a quoted phrase whole, in quotes', async () => {
    expect(await wordByWord(parseQuery('«uønsket deltid» turnus'), 0, count)).toEqual([
      { query: '"uønsket deltid"', label: '«uønsket deltid»', hits: 9 },
      { query: 'turnus', label: 'turnus', hits: 5 },
    ]);
  });

  it('leaves out a word that finds no more than the whole query', async () => {
    expect((await wordByWord(parseQuery('turnus sjelden'), 1, count)).map((offer) => offer.query)).toEqual(['turnus']);
  });

  it('offers nothing for a sentence of more than five words', async () => {
    expect(await wordByWord(parseQuery('hjemmetjeneste turnus sjelden hjemmetjeneste turnus sjelden'), 0, count)).toEqual([]);
    expect(await wordByWord(parseQuery('hjemmetjeneste turnus sjelden hjemmetjeneste turnus'), 0, count)).toHaveLength(5);
  });

  it('offers nothing for one word or one phrase', async () => {
    expect(await wordByWord(parseQuery('turnus'), 0, count)).toEqual([]);
    expect(await wordByWord(parseQuery('"uønsket deltid"'), 0, count)).toEqual([]);
  });
});
