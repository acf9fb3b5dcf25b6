import { describe, expect, it } from 'vitest';
import { compoundSegments, vocabularyOf } from './compounds.ts';
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
