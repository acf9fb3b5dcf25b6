import { describe, expect, it } from 'vitest';
import { vocabularyOf } from './compounds.ts';
import { extraTerms } from './extra-terms.ts';
import { asciiSpellings } from './folding.ts';
import { synonymsIn } from './synonyms.ts';
import { words } from './words.ts';

describe('synonymsIn', () => {
  it('adds the other words of a group the text mentions', () => {
    expect(synonymsIn('Kurs i SPC for kommunene')).toEqual(['statistisk prosesskontroll']);
    expect(synonymsIn('Statistisk prosesskontroll er et måleverktøy')).toEqual(['spc']);
    expect(synonymsIn('Mer nærvær på jobben').sort()).toEqual(['fravær', 'sykefravær']);
  });

  it('matches whole words only', () => {
    expect(synonymsIn('Specialrådgiver i Iasi')).toEqual([]);
  });
});

describe('asciiSpellings', () => {
  it('spells æ, ø and å the ways people type them without a Norwegian keyboard', () => {
    expect(asciiSpellings('sykefravær')).toEqual(['sykefravaer']);
    expect(asciiSpellings('omdømme')).toEqual(['omdomme', 'omdoemme']);
    expect(asciiSpellings('nåtid')).toEqual(['natid', 'naatid']);
    expect(asciiSpellings('kvalitet')).toEqual([]);
  });
});

describe('extraTerms', () => {
  it('combines compound parts, synonyms and ASCII spellings, without the page’s own words', () => {
    const text = 'Sykefraværet gikk ned etter at omsorgstjenesten satset på nærvær.';
    const vocabulary = vocabularyOf([words(text), words('fravær omsorg')]);
    const extra = extraTerms(text, vocabulary);
    expect(extra).toEqual(expect.arrayContaining(['fravær', 'omsorg', 'sykefravær', 'sykefravaer', 'naervaer']));
    expect(extra).not.toContain('nærvær');
  });
});
