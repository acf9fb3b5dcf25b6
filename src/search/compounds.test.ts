import { describe, expect, it } from 'vitest';
import { asTwoWords, compoundSegments, vocabularyOf } from './compounds.ts';
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

describe('asTwoWords', () => {
  const site = new Set(['leder', 'ledere', 'oppfølging', 'sykefravær', 'syke', 'fravær', 'foreldre', 'møte', 'kvalitet']);
  const siteWord = async (part: string) => (site.has(part) ? part : undefined);

  it.each([
    ['lederoppfølging', ['leder', 'oppfølging']],
    ['sykefraværsoppfølging', ['sykefraværs', 'oppfølging']],
    ['Foreldremøte', ['foreldre', 'møte']],
  ])('reads «%s» as two words of the site, the longest head first', async (word, parts) => {
    expect(await asTwoWords(word, siteWord)).toEqual(parts);
  });

  it('gives the parts in the letters the site spells them with', async () => {
    const folded = new Map([...site].map((w) => [fold(w), w]));
    expect(await asTwoWords('Lederoppfolging', async (part) => folded.get(fold(part)))).toEqual(['leder', 'oppfølging']);
  });

  it('leaves a word whose parts are not both site words, or too short to be parts', async () => {
    expect(await asTwoWords('lederskap', siteWord)).toBeUndefined();
    expect(await asTwoWords('kvalitetsarbeid', siteWord)).toBeUndefined();
    expect(await asTwoWords('sykefravær', async (part) => (['syk', 'efravær'].includes(part) ? part : undefined))).toBeUndefined();
  });
});
