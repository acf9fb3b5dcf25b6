import { describe, expect, it } from 'vitest';
import { abbreviationsIn, abbreviationsOf, beginningOthers, shortForms, wholeShare } from './abbreviations.ts';

describe('shortForms', () => {
  it('lists the short words as written, each once, beside punctuation and hyphens, not inside longer words', () => {
    expect(shortForms('NAV og navn. KS’ rolle, HMS-plan, NIBR/NOVA, NIBRs rapport, Fafo; Kvalitetskommuneprogrammet NAV')).toEqual([
      'NAV',
      'og',
      'navn',
      'KS',
      'rolle',
      'HMS',
      'plan',
      'NIBR',
      'NOVA',
      'NIBRs',
      'rapport',
      'Fafo',
    ]);
  });
});

describe('abbreviationsOf', () => {
  it('is the words more pages write in capitals than in lower case, a genitive s taken off', () => {
    const pages = [shortForms('NAV og KS. NIBRs rapport.'), shortForms('Kontakt NAV om navn og OG'), shortForms('IKT og FAFO'), shortForms('og mer og')];
    expect([...abbreviationsOf(pages)].sort()).toEqual(['FAFO', 'IKT', 'KS', 'NAV', 'NIBR']);
  });

  it('leaves out one letter, words longer than an abbreviation, and Roman numerals', () => {
    expect([...abbreviationsOf([shortForms('A og VELKOMMEN til IA i pulje II og IV')])]).toEqual(['IA']);
  });
});

describe('abbreviationsIn', () => {
  const site = new Set(['NAV', 'FAFO', 'NIBR', 'SPC']);
  it('finds the site’s abbreviations a page has as words, in any case, or as a synonym', () => {
    expect(abbreviationsIn(shortForms('Fafo og NIBRs rapport, navn'), ['spc'], site)).toEqual(['FAFO', 'NIBR', 'SPC']);
  });

  it('finds none in a page with the word only inside longer words', () => {
    expect(abbreviationsIn(shortForms('navn, navnet og navigasjon'), [], site)).toEqual([]);
  });
});

describe('beginningOthers', () => {
  it('is the abbreviations that begin other words or compound parts, compared folded', () => {
    const site = new Set(['NAV', 'KS', 'HMS', 'NIBR', 'IKT', 'AA']);
    const words = ['navn', 'ks', 'hms-plan', 'nibrs', 'over', 'ikten', 'åpen'];
    expect([...beginningOthers(site, words)].sort()).toEqual(['AA', 'IKT', 'NAV']);
  });
});

describe('wholeShare', () => {
  it('is the share of the words beginning with the abbreviation that are it, in any case, its genitive or a hyphenated compound', () => {
    expect(wholeShare('Skriv [Navn], navnet og NAV.', 'NAV')).toBe(1 / 3);
    expect(wholeShare('NAV, NAVs rolle og NAV-kontoret', 'NAV')).toBe(1);
    expect(wholeShare('overs\u2060-ikten og IKT', 'IKT')).toBe(1 / 2);
    expect(wholeShare('ingenting her', 'NAV')).toBe(0);
  });
});
