import { describe, expect, it } from 'vitest';
import { asPartsRead, asSiteWords, compoundSegments, vocabularyOf, withPartOnNoPage, wordWithPart } from './compounds.ts';
import { correction } from './nearest-word.ts';
import { fold } from './spelling.ts';
import { words } from './words.ts';

const site = `Sykefravær og fravær. Syke medarbeidere. Omsorg og tjenesten. Foreldre og medvirkning.
  Arbeid med kvalitet. Barnehage og hage. Prosjekt for ledelse.`;
const vocabulary = vocabularyOf([words(site)]);

describe('compoundSegments', () => {
  it('splits «sykefravær» so «fravær» finds it', () => {
    expect(compoundSegments('sykefravær', vocabulary)).toEqual(['syke', 'fravær']);
  });

  it('handles an inflected last segment: «sykefraværet»', () => {
    expect(compoundSegments('sykefraværet', vocabulary)).toEqual(['syke', 'fraværet']);
  });

  it('handles a linking s: «omsorgstjenesten»', () => {
    expect(compoundSegments('omsorgstjenesten', vocabulary)).toEqual(['omsorgs', 'tjenesten']);
  });

  it('splits «foreldremedvirkning»', () => {
    expect(compoundSegments('foreldremedvirkning', vocabulary)).toEqual(['foreldre', 'medvirkning']);
  });

  // The first known head, the shortest, read «brukerundersøkelse» as «bruke|runder|søkelse» on nine pages, and a search
  // for «undersøkelse» did not reach the user surveys; «fastsetter» as «fasts|etter», «lokalaviser» as «lokala|viser».
  it('takes the split of the fewest parts, whole words before inflected ones, then splits each part', () => {
    const pages = vocabularyOf([words('bruke bruker brukeren rund runder undersøkelse søkelse fast setter etter lokal avis viser arbeid arbeidsmiljø')]);
    expect(compoundSegments('brukerundersøkelser', pages)).toEqual(['bruker', 'undersøkelser']);
    expect(compoundSegments('fastsetter', pages)).toEqual(['fast', 'setter']);
    expect(compoundSegments('lokalaviser', pages)).toEqual(['lokal', 'aviser']);
    expect(compoundSegments('sykefraværsarbeid', vocabulary)).toEqual(['syke', 'fraværs', 'arbeid']);
  });

  it('splits three-part compounds', () => {
    expect(compoundSegments('sykefraværsarbeid', vocabulary)).toEqual(['syke', 'fraværs', 'arbeid']);
  });

  it('keeps the word’s capitals', () => {
    expect(compoundSegments('Foreldremedvirkning', vocabulary)).toEqual(['Foreldre', 'medvirkning']);
  });

  it('accepts an unknown word-sized ending after a known head', () => {
    expect(compoundSegments('prosjektleder', vocabulary)).toEqual(['prosjekt', 'leder']);
  });

  it('leaves words that are not compounds of known words alone', () => {
    expect(compoundSegments('kvalitet', vocabulary)).toBeUndefined();
    expect(compoundSegments('medarbeidere', vocabulary)).toBeUndefined();
    expect(compoundSegments('ledelse', vocabulary)).toBeUndefined();
  });
});

describe('asSiteWords', () => {
  const site = new Set(['leder', 'ledere', 'oppfølging', 'sykefravær', 'syke', 'fravær', 'foreldre', 'møte', 'kvalitet', 'arbeidsmiljø', 'utvalg', 'barnehage']);
  const siteWord = async (part: string) => (site.has(part) ? part : undefined);
  const counts = Object.fromEntries([...site].map((word) => [word, 1]));
  const nearWord = async (part: string) => (part.length >= 7 ? correction(part, counts, 1) : undefined);

  it.each([
    ['lederoppfølging', ['leder', 'oppfølging']],
    ['sykefraværsoppfølging', ['sykefravær', 'oppfølging']],
    ['Foreldremøte', ['foreldre', 'møte']],
  ])('reads «%s» as two words of the site, the longest head first', async (word, parts) => {
    expect(await asSiteWords(word, siteWord)).toEqual(parts);
  });

  // «arbeidsmiljøutvalgsmøte» gave «23 treff på «arbeidsmiljøutvalgsmøte»»: Pagefind had matched «arbeidsmiljø» alone.
  it.each([
    ['arbeidsmiljøutvalgsmøte', ['arbeidsmiljø', 'utvalg', 'møte']],
    ['barnehageforeldremøte', ['barnehage', 'foreldre', 'møte']],
  ])('reads «%s» as three words of the site, where no page has two of them together', async (word, parts) => {
    expect(await asSiteWords(word, siteWord)).toEqual(parts);
  });

  // «arbeidsmiljøutvalgsmøte» was searched as «arbeidsmiljø utvalgs møte»: «utvalgs» is no word one would type.
  it('gives a part before another as the word, without the linking «s» or «e», even where the site has that form', async () => {
    const withGenitive = async (part: string) => (site.has(part) || part === 'utvalgs' || part === 'sykefraværs' ? part : undefined);
    expect(await asSiteWords('arbeidsmiljøutvalgsmøte', withGenitive)).toEqual(['arbeidsmiljø', 'utvalg', 'møte']);
    expect(await asSiteWords('sykefraværsoppfølging', withGenitive)).toEqual(['sykefravær', 'oppfølging']);
    // A head that is a word with its «e» keeps it («syke», not «syk»); a last part keeps its inflection.
    expect(await asSiteWords('sykeoppfølging', siteWord)).toEqual(['syke', 'oppfølging']);
    expect(await asSiteWords('foreldremøtes', siteWord)).toEqual(['foreldre', 'møtes']);
  });

  it('gives the parts in the letters the site spells them with', async () => {
    const folded = new Map([...site].map((w) => [fold(w), w]));
    expect(await asSiteWords('Lederoppfolging', async (part) => folded.get(fold(part)))).toEqual(['leder', 'oppfølging']);
  });

  it('leaves a word whose parts are not all site words, or too short to be parts', async () => {
    expect(await asSiteWords('lederskap', siteWord)).toBeUndefined();
    expect(await asSiteWords('kvalitetsarbeid', siteWord)).toBeUndefined();
    expect(await asSiteWords('sykefravær', async (part: string) => (['syk', 'efravær'].includes(part) ? part : undefined))).toBeUndefined();
  });

  // «foreldrmøte» found one page: it was corrected to the whole word «foreldremøter».
  it('reads a typo inside a compound as the nearest site word, once, only where no split without one exists', async () => {
    expect(await asSiteWords('foreldrmøte', siteWord)).toBeUndefined();
    expect(await asSiteWords('foreldrmøte', siteWord, nearWord)).toEqual(['foreldre', 'møte']);
    expect(await asSiteWords('barnehageforeldrmøte', siteWord, nearWord)).toEqual(['barnehage', 'foreldre', 'møte']);
    expect(await asSiteWords('barnhageforeldremøte', siteWord, nearWord)).toEqual(['barnehage', 'foreldre', 'møte']);
    expect(await asSiteWords('barnhageforeldrmøte', siteWord, nearWord)).toBeUndefined();
    expect(await asSiteWords('lederoppfølging', siteWord, nearWord)).toEqual(['leder', 'oppfølging']);
  });
});

describe('withPartOnNoPage', () => {
  const site = new Set(['sykefravær', 'syke', 'fravær', 'arbeidsmiljø', 'møte', 'foreldre']);
  const siteWord = async (part: string) => (site.has(part) ? part : undefined);

  // «blåbærsykefravær» found nothing.
  it('reads the site’s words of a compound whose start or end is on no page, and says where that part is', async () => {
    expect(await withPartOnNoPage('blåbærsykefravær', siteWord)).toEqual({ known: ['sykefravær'], unknown: { from: 0, to: 6 } });
    expect(await withPartOnNoPage('arbeidsmiljøqqq', siteWord)).toEqual({ known: ['arbeidsmiljø'], unknown: { from: 12, to: 15 } });
    expect(await withPartOnNoPage('blåbærsykefraværsmøte', siteWord)).toEqual({ known: ['sykefravær', 'møte'], unknown: { from: 0, to: 6 } });
  });

  // «søknadsfrist» said «16 treff på «søknads»».
  // The site has no «mestring»: «mestringsledelse» was «mest ring ledelse»; it is «ledelse», «mestring» on no page.
  it('reads a known end two thirds as long as the start on no page, which is named without its linking «s»', async () => {
    const words = new Set(['ledelse', 'mest', 'fravær']);
    const onSite = async (part: string) => (words.has(part) ? part : undefined);
    expect(await withPartOnNoPage('mestringsledelse', onSite)).toEqual({ known: ['ledelse'], unknown: { from: 0, to: 8 } });
    expect(await withPartOnNoPage('qqqqqqqqqqfravær', onSite)).toBeUndefined();
    expect(await withPartOnNoPage('fraværqqqqqqqq', onSite)).toBeUndefined();
  });

  it('gives a known start as the word, without the linking letter before the part on no page', async () => {
    expect(await withPartOnNoPage('sykefraværsfrist', siteWord)).toEqual({ known: ['sykefravær'], unknown: { from: 11, to: 16 } });
    expect(await withPartOnNoPage('foreldremøtesqqqq', siteWord)).toEqual({ known: ['foreldre', 'møte'], unknown: { from: 13, to: 17 } });
  });

  it('needs a known part of six letters or more, as long as the part on no page, which has three or more', async () => {
    expect(await withPartOnNoPage('blåbærmøte', siteWord)).toBeUndefined();
    expect(await withPartOnNoPage('tyttebærsyke', siteWord)).toBeUndefined();
    expect(await withPartOnNoPage('foreldrex', siteWord)).toBeUndefined();
    expect(await withPartOnNoPage('qqqqqqqqqqqqfravær', siteWord)).toBeUndefined();
  });
});

// «søknadsfrist» said «Ordet «frist» står ikke på noen side», though a page has «tidsfrist».
describe('wordWithPart', () => {
  it('finds a site word the part is inside, not the part itself', () => {
    expect(wordWithPart('Frist', ['frist', 'sykefravær', 'tidsfristen', 'tidsfrist'])).toBe('tidsfristen');
    expect(wordWithPart('blåbær', ['sykefravær', 'tidsfrist'])).toBeUndefined();
    // «helgearbeid»: «helge» was said to stand only inside longer words, «som «helges»», the name of a business.
    expect(wordWithPart('helge', ['helges', 'helgeen'])).toBeUndefined();
    expect(wordWithPart('frist', ['fristen', 'tidsfrist'])).toBe('tidsfrist');
  });
});

describe('asPartsRead', () => {
  const site = new Set(['leder', 'oppfølging', 'sykefravær', 'syke', 'fravær', 'rutinene', 'sykefraværsoppfølging']);
  const siteWord = async (part: string) => (site.has(part) ? part : undefined);
  const common = new Set(['sykefravær', 'syke']);
  const isCommon = async (word: string) => common.has(word);
  const asParts = (word: string): Promise<string | undefined> => asPartsRead(word, siteWord, async () => undefined, isCommon);

  it('reads a rare compound as its parts, a space between them', async () => {
    expect(await asPartsRead('lederoppfølging', siteWord, asParts, isCommon)).toBe('leder oppfølging');
  });

  it('reads a head that is a compound itself as its parts too', async () => {
    const head = async (word: string) => (word === 'sykefraværsoppfølging' ? 'sykefravær oppfølging' : undefined);
    expect(await asPartsRead('sykefraværsoppfølgingsrutinene', siteWord, head, isCommon)).toBe('sykefravær oppfølging rutinene');
  });

  // «sjuke|fråvær» was searched as «syke fravær», not the word many pages have.
  it('reads parts that make a word many pages have as that word', async () => {
    expect(await asPartsRead('sykefravær', async (part) => (part === 'sykefravær' ? undefined : siteWord(part)), asParts, isCommon)).toBe('sykefravær');
  });

  // The site has no «mestring»: «mestringsledelse» was «mest ring ledelse», «ring» from one page.
  it('takes a part of four letters only where it is a common word', async () => {
    const words: Record<string, number> = { mest: 12, ring: 1, ledelse: 71, leder: 40, møte: 30 };
    const onSite = async (part: string) => (part in words ? part : undefined);
    const many = async (word: string) => (words[word] ?? 0) >= 3;
    expect(await asPartsRead('mestringsledelse', onSite, async () => undefined, many)).toBeUndefined();
    expect(await asPartsRead('ledermøte', onSite, async () => undefined, many)).toBe('leder møte');
  });

  it('reads a word of no parts of the site as undefined', async () => {
    expect(await asPartsRead('kvalitetsarbeid', siteWord, asParts, isCommon)).toBeUndefined();
  });
});
