import { describe, expect, it } from 'vitest';
import { parseQuery } from './query.ts';
import { asTypedLeftOut, fewerWords, fewerWordsShown, isLong, leftOutWords, mostWordsFirst, shownFewer, wordByWord } from './word-by-word.ts';

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

describe('fewerWords', () => {
  // Pages with each set of words together.
  const together: Record<string, number> = { sykehjemmet: 20, 'sykehjemmet rekruttering': 0, 'sykehjemmet kommunene': 6, 'sykehjemmet kommunene turnus': 2, vinterferien: 0 };
  // Pagefind finds a word in any case.
  const countTogether = async (term: string) => together[term.toLowerCase()] ?? 0;
  const sentence = parseQuery('Hvordan har kommunene satset med rekruttering til turnus på sykehjemmet i vinterferien');

  it('is for a sentence of more than five words', () => {
    expect(isLong(sentence)).toBe(true);
    expect(isLong(parseQuery('hjemmetjeneste turnus'))).toBe(false);
  });

  it('offers at most three of its words that find pages together, the longest first, with their hits and the words left out', async () => {
    expect(await fewerWords(sentence, 1, countTogether)).toEqual([
      {
        query: 'sykehjemmet kommunene turnus',
        label: '«sykehjemmet kommunene turnus»',
        hits: 2,
        words: ['sykehjemmet', 'kommunene', 'turnus'],
        leftOut: ['rekruttering', 'vinterferien', 'satset'],
      },
    ]);
  });

  it('adds no word that leaves fewer than a few pages', async () => {
    expect(await fewerWords(sentence, 3, countTogether)).toEqual([
      {
        query: 'sykehjemmet kommunene',
        label: '«sykehjemmet kommunene»',
        hits: 6,
        words: ['sykehjemmet', 'kommunene'],
        leftOut: ['rekruttering', 'vinterferien', 'satset', 'turnus'],
      },
    ]);
  });

  it('tries each word once, and names it once, as first typed', async () => {
    const twice = parseQuery('Sykehjemmet i vinterferien og turnus på sykehjemmet i Vinterferien med kommunene');
    const [offer] = await fewerWords(twice, 3, countTogether);
    expect(offer?.words).toEqual(['Sykehjemmet', 'kommunene']);
    expect(offer?.leftOut).toEqual(['vinterferien', 'turnus']);
  });

  it('offers nothing when no word finds a page', async () => {
    expect(await fewerWords(parseQuery('vinterferien'), 3, countTogether)).toEqual([]);
  });

  it('gives a long question\'s fewer words to show at once, and says so above their results', async () => {
    const fewer = await fewerWordsShown(sentence, 3, countTogether);
    expect(fewer?.query).toBe('sykehjemmet kommunene');
    // A pasted sentence that left out «sykmeldte» and «systematisk» did not say so.
    const leftOut = ' Ordene «rekruttering», «vinterferien», «satset» og «turnus» er utelatt.';
    expect(shownFewer(fewer!, 6)).toBe(`Ingen sider har alle ordene du søkte etter. Viser 6 treff på færre ord: «sykehjemmet kommunene».${leftOut}`);
    expect(shownFewer(fewer!, 7, 1)).toBe(`Bare én side har alle ordene du søkte etter. Viser også treff på færre ord: «sykehjemmet kommunene», 7 treff i alt.${leftOut}`);
    expect(shownFewer(fewer!, 8, 2)).toBe(`Bare 2 sider har alle ordene du søkte etter. Viser også treff på færre ord: «sykehjemmet kommunene», 8 treff i alt.${leftOut}`);
    // A short query that found nothing is no question: its words are offered one by one (wordByWord).
    expect(await fewerWordsShown(parseQuery('sykehjemmet rekruttering'), 3, countTogether)).toBe(undefined);
  });

  it('names the words left out, those on no page too, each once, the longest first; a paragraph\'s longest five and a count of the rest', async () => {
    const fewer = await fewerWordsShown(sentence, 3, countTogether);
    expect(shownFewer(fewer!, 6, 0, ['velferdsteknologi'])).toMatch(/ Ordene «velferdsteknologi», «rekruttering», «vinterferien», «satset» og «turnus» er utelatt\.$/);
    expect(leftOutWords(['sykmeldte'])).toBe(' Ordet «sykmeldte» er utelatt.');
    expect(leftOutWords(['sykmeldte', 'systematisk', 'Sykmeldte'])).toBe(' Ordene «systematisk» og «sykmeldte» er utelatt.');
    expect(leftOutWords(['a1', 'bbbbbb', 'ccccc', 'dddd', 'eee', 'ff', 'gg'])).toBe(' Ordene «bbbbbb», «ccccc», «dddd», «eee», «a1» og 2 andre ord er utelatt.');
    expect(leftOutWords(['a1', 'bbbbbb', 'ccccc', 'dddd', 'eee', 'ff', 'gg', 'hh'])).toBe(' Ordene «bbbbbb», «ccccc», «dddd», «eee», «a1» og 3 andre ord er utelatt.');
    expect(leftOutWords(['bbbbbb', 'ccccc', 'dddd', 'eee', 'ff', 'gg'])).toBe(' Ordene «bbbbbb», «ccccc», «dddd», «eee», «ff» og «gg» er utelatt.');
    expect(leftOutWords([])).toBe('');
  });

  // Fresh eyes: a pasted nynorsk sentence was said to leave out «ansatte», «turnus» and «planlegging», words not in it.
  it('names a word left out as typed, not as the words it was read as', async () => {
    const offer = { query: 'sykefraværet kommunen', label: '«sykefraværet kommunen»', hits: 3, words: ['sykefraværet', 'kommunen'], leftOut: ['planlegging', 'oppfølging', 'ansatte', 'turnus', 'leder'] };
    const readings = [
      { typed: 'sjukefråværet', read: 'sykefraværet' },
      { typed: 'tilsette', read: 'ansatte' },
      { typed: 'turnusplanlegging', read: 'turnus planlegging' },
      { typed: 'leiaroppfølging', read: 'leder oppfølging' },
    ];
    expect(shownFewer(offer, 3, 0, [], readings)).toMatch(/ Ordene «turnusplanlegging», «leiaroppfølging» og «tilsette» er utelatt\.$/);
    // A word whose other part was searched was not left out: its part left out is named.
    expect(asTypedLeftOut(['leder', 'ansatte'], [{ typed: 'leiaroppfølging', read: 'leder oppfølging' }, { typed: 'Tilsette', read: 'Ansatte' }])).toEqual(['leder', 'Tilsette']);
  });

  it('offers a long question\'s words left out, then those searched, each on its own, at most five, each that finds a page', async () => {
    const pagesOf: Record<string, number> = { rekruttering: 4, vinterferien: 0, satset: 7, turnus: 5, sykehjemmet: 20, kommunene: 30 };
    const fewer = await fewerWordsShown(sentence, 3, countTogether);
    const offers = await wordByWord(sentence, 9, async (term) => pagesOf[term] ?? 0, fewer);
    // Five tried: «vinterferien» is on no page alone; «kommunene» is the sixth.
    expect(offers).toEqual([
      { query: 'rekruttering', label: 'rekruttering', hits: 4 },
      { query: 'satset', label: 'satset', hits: 7 },
      { query: 'turnus', label: 'turnus', hits: 5 },
      { query: 'sykehjemmet', label: 'sykehjemmet', hits: 20 },
    ]);
    // Without fewer words shown, a sentence is not offered word by word (nineteen links filled a phone's screen).
    expect(await wordByWord(sentence, 0, async (term) => pagesOf[term] ?? 0)).toEqual([]);
  });

  it('counts a sentence long as typed, its words on no page left out: it ended with no hits', async () => {
    const typed = parseQuery('Vi vil rekruttere til sykehjemmet i kommunene med velferdsteknologi og robotstøvsugere og turnus');
    const left = { ...typed, words: typed.words.filter((word) => !['velferdsteknologi', 'robotstøvsugere', 'rekruttere'].includes(word)) };
    expect(isLong(left)).toBe(false);
    expect((await fewerWordsShown(left, 3, countTogether, typed))?.query).toBe('sykehjemmet kommunene');
  });

  it('puts the pages with more of the question\'s words first among the results for fewer words, ties in Pagefind\'s order', async () => {
    // The pages each word or phrase finds alone.
    const pagesOf: Record<string, string[]> = {
      sykehjemmet: ['a', 'b', 'c', 'd', 'e'],
      kommunene: ['a', 'b', 'c', 'd', 'e'],
      turnus: ['d', 'b'],
      rekruttering: ['d', 'e'],
      '"uønsket deltid"': ['c'],
    };
    const pagesWith = async (term: string) => pagesOf[term] ?? [];
    // Pagefind's order for «sykehjemmet kommunene».
    const results = ['a', 'b', 'c', 'd', 'e'].map((id) => ({ id }));
    const question = parseQuery('Hvordan har kommunene satset med rekruttering til turnus på sykehjemmet i vinterferien');
    // d has four of the words, b and e three (b first, as Pagefind had it), a and c two.
    expect((await mostWordsFirst(results, question, pagesWith)).map((r) => r.id)).toEqual(['d', 'b', 'e', 'a', 'c']);
    // A quoted phrase counts as one of the question's words.
    const withPhrase = parseQuery('«uønsket deltid» hos kommunene på sykehjemmet i helgene uten turnus');
    expect((await mostWordsFirst(results, withPhrase, pagesWith)).map((r) => r.id)).toEqual(['b', 'c', 'd', 'a', 'e']);
  });
});
