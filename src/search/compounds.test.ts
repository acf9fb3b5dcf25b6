import { describe, expect, it } from 'vitest';
import { compoundParts, vocabularyOf } from './compounds.ts';
import { words } from './words.ts';

const site = `Sykefravær og fravær. Syke medarbeidere. Omsorg og tjenesten. Foreldre og medvirkning.
  Arbeid med kvalitet. Barnehage og hage. Prosjekt for ledelse.`;
const vocabulary = vocabularyOf([words(site)]);

describe('compoundParts', () => {
  it('finds the tail of a compound, so «fravær» finds «sykefravær»', () => {
    expect(compoundParts('sykefravær', vocabulary)).toEqual(expect.arrayContaining(['fravær', 'syke']));
  });

  it('handles an inflected tail: «sykefraværet» has «fravær»', () => {
    expect(compoundParts('sykefraværet', vocabulary)).toEqual(expect.arrayContaining(['fravær']));
  });

  it('handles a linking s: «omsorgstjenesten» has «omsorg» and «tjenesten»', () => {
    expect(compoundParts('omsorgstjenesten', vocabulary)).toEqual(expect.arrayContaining(['omsorg', 'tjenesten']));
  });

  it('splits «foreldremedvirkning» into «foreldre» and «medvirkning»', () => {
    expect(compoundParts('foreldremedvirkning', vocabulary)).toEqual(expect.arrayContaining(['foreldre', 'medvirkning']));
  });

  it('splits three-part compounds', () => {
    expect(compoundParts('sykefraværsarbeid', vocabulary)).toEqual(expect.arrayContaining(['syke', 'fravær', 'arbeid']));
  });

  it('keeps a known head even when the rest is not a known word', () => {
    expect(compoundParts('prosjektleder', vocabulary)).toEqual(['prosjekt']);
  });

  it('leaves words that are not compounds of known words alone', () => {
    expect(compoundParts('kvalitet', vocabulary)).toEqual([]);
    expect(compoundParts('medarbeidere', vocabulary)).toEqual([]);
    expect(compoundParts('ledelse', vocabulary)).toEqual([]);
  });
});
