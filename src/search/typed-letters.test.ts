import { describe, expect, it } from 'vitest';
import { foldingLikeOthers, foldsLikeOther, nameFoundOtherwise, timesAsTyped, typedLettersFirst, wordsAsTyped } from './typed-letters.ts';

const words = { mal: 13, malen: 6, maler: 3, mål: 48, målene: 8, måler: 2, målsetting: 10, mote: 4, møte: 90, kommune: 200, bort: 6, bør: 13 };

describe('foldsLikeOther', () => {
  it('finds a word the site has as typed that begins its words with æ, ø or å too', () => {
    expect(foldsLikeOther('mal', words)).toBe(true);
    expect(foldsLikeOther('Malen', words)).toBe(true);
    expect(foldsLikeOther('maler', words)).toBe(true);
    expect(foldsLikeOther('bor', words)).toBe(true);
  });
  it('is not for a word with æ, ø or å, one typed with aa, ae or oe, one the site lacks, or one no other word folds like', () => {
    expect(foldsLikeOther('mål', words)).toBe(false);
    expect(foldsLikeOther('maal', words)).toBe(false);
    expect(foldsLikeOther('malx', words)).toBe(false);
    expect(foldsLikeOther('kommune', words)).toBe(false);
    expect(foldsLikeOther('os', { os: 20, oss: 6, øst: 4 })).toBe(false);
    expect(foldsLikeOther('kommune', { kommune: 200, kommuneøkonomi: 3 })).toBe(false);
    expect(foldsLikeOther('hagebostad', { hagebostad: 1, hægebostad: 40 })).toBe(false);
  });
  it('keeps those of the words that do, each looked up in its list', async () => {
    expect(await foldingLikeOthers(['pressemelding', 'mal'], async () => words)).toEqual(['mal']);
  });
});

describe('timesAsTyped', () => {
  it('counts the word as typed at a word start or a compound part, not with æ, ø or å', () => {
    expect(timesAsTyped('Mal for pressemelding. Last ned malen', 'mal')).toBe(2);
    expect(timesAsTyped('Kommunikasjons\u2060-mal', 'mal')).toBe(1);
    expect(timesAsTyped('Handlingsplan med målsetting, et mål', 'mal')).toBe(0);
    expect(timesAsTyped('normalt', 'mal')).toBe(0);
    // A name as a word of its own: «Hamarøy» has no «Hamar».
    expect(timesAsTyped('Hamarøy og Hamars skoler, Hamar', 'Hamar')).toBe(2);
  });
});

describe('typedLettersFirst', () => {
  const result = (id: string, content: string) => ({ id, data: async () => ({ content }) });
  const results = [result('malsetting', 'Et tydelig mål, etter en felles mal'), result('mote', 'Møte'), result('pressemelding', 'Mal for pressemelding. Last ned malen'), result('strategi', 'en mal til utfylling')];
  it('puts the pages with the word as typed first, those with it most first, the others in their order', async () => {
    expect((await typedLettersFirst(results, ['mal'], 10)).map((r) => r.id)).toEqual(['pressemelding', 'malsetting', 'strategi', 'mote']);
  });
  it('reads nothing for no words', async () => {
    const unread = [{ id: 'a', data: () => Promise.reject(new Error('read')) }];
    expect(await typedLettersFirst(unread, [], 10)).toEqual(unread);
  });
  it('reads only the first results, leaving the rest in their order', async () => {
    expect((await typedLettersFirst(results, ['mal'], 2)).map((r) => r.id)).toEqual(['malsetting', 'mote', 'pressemelding', 'strategi']);
  });
});

// Fresh eyes (a journalist): «Kleppa», the minister, found the municipality Klepp first (searched as its stem), and
// «Haga» 29 pages with «hage»; the one page that names her came fifth or not at all.
describe('nameFoundOtherwise', () => {
  it('takes a capitalised word the first page has only in another form for a name to put first', () => {
    expect(nameFoundOtherwise('Kleppa', ['klepp'])).toBe(true);
    expect(nameFoundOtherwise('Haga', ['barnehagen'])).toBe(true);
  });
  // «Hamar», on pages that mention it, found Hamarøy's page first, «Asker» Askim's.
  it('takes a name the site has that the first page has only as the start of other names', () => {
    expect(nameFoundOtherwise('Hamar', ['hamarøy'], true)).toBe(true);
    expect(nameFoundOtherwise('Hamar', ['hamarøy'], false)).toBe(false);
    expect(nameFoundOtherwise('Barnehage', ['barnehagene'], true)).toBe(false);
    expect(nameFoundOtherwise('Hamar', ['hamar', 'hamarøy'], true)).toBe(false);
  });
  it('leaves a word the first page has as typed or longer, a word in lower case, and a word found only in metadata', () => {
    expect(nameFoundOtherwise('Gloppen', ['gloppen'])).toBe(false);
    expect(nameFoundOtherwise('Barnehage', ['barnehagene'])).toBe(false);
    expect(nameFoundOtherwise('kleppa', ['klepp'])).toBe(false);
    expect(nameFoundOtherwise('Kleppa', [])).toBe(false);
    expect(nameFoundOtherwise('Kleppa', undefined)).toBe(false);
  });
});

describe('wordsAsTyped', () => {
  it('gives the words folding like another and the names found otherwise, each once', async () => {
    const words = { mal: 13, mål: 48, malen: 2 };
    const marks: Record<string, string[]> = { Kleppa: ['klepp'], Gloppen: ['gloppen'], mal: ['mål'] };
    expect(await wordsAsTyped(['mal', 'Kleppa', 'Gloppen'], async () => words, async (word) => marks[word])).toEqual(['mal', 'Kleppa']);
  });
});
