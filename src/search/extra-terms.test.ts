import { describe, expect, it } from 'vitest';
import { vocabularyOf } from './compounds.ts';
import { splitCompounds } from './extra-terms.ts';
import { segmentJoiner, slashBreak, withoutSegmentJoiners } from './segment-joiner.ts';
import { synonymsIn } from './synonyms.ts';
import { words } from './words.ts';

describe('synonymsIn', () => {
  it('adds the other words of a group the text mentions', () => {
    expect(synonymsIn('Kurs i SPC for kommunene')).toEqual(['statistisk prosesskontroll']);
    expect(synonymsIn('Statistisk prosesskontroll er et måleverktøy')).toEqual(['spc']);
    expect(synonymsIn('Mer nærvær på jobben')).toEqual(['sykefravær']);
    expect(synonymsIn('Kommunen har en IA-avtale')).toEqual(['inkluderende arbeidsliv']);
  });

  it('matches whole words only', () => {
    expect(synonymsIn('Specialrådgiver i Iasi')).toEqual([]);
  });
});

describe('splitCompounds', () => {
  it('marks the compounds in a text and leaves the rest as written', () => {
    const text = 'Sykefraværet gikk ned i omsorgstjenesten.';
    const vocabulary = vocabularyOf([words(text), words('fravær omsorg syke')]);
    const indexed = splitCompounds(text, vocabulary);
    expect(indexed).toBe(`Syke${segmentJoiner}fraværet gikk ned i omsorgs${segmentJoiner}tjenesten.`);
    expect(withoutSegmentJoiners(indexed)).toBe(text);
  });

  // Fresh eyes: «omsorgsarbeidere», on Gjesdal's page as «hjelpepleiere/omsorgsarbeidere», found 37 pages with «omsorg» first.
  it('breaks words joined by a slash where a compound beside it is split, so each is a word of the index', () => {
    const text = 'mange hjelpepleiere/omsorgsarbeidere og lege/sykepleier.';
    const vocabulary = vocabularyOf([words('hjelpe pleiere omsorg arbeidere')]);
    const indexed = splitCompounds(text, vocabulary);
    expect(indexed).toBe(`mange hjelpe${segmentJoiner}pleiere/${slashBreak}omsorgs${segmentJoiner}arbeidere og lege/sykepleier.`);
    expect(withoutSegmentJoiners(indexed)).toBe(text);
    // Pagefind marks the word before the break with it: the break goes, the mark stays.
    expect(withoutSegmentJoiners(`<mark>hjelpe${segmentJoiner}pleiere/\u2060</mark> omsorgs${segmentJoiner}arbeidere`)).toBe('<mark>hjelpepleiere/</mark>omsorgsarbeidere');
  });
});
