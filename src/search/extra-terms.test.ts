import { describe, expect, it } from 'vitest';
import { vocabularyOf } from './compounds.ts';
import { splitCompounds } from './extra-terms.ts';
import { segmentJoiner, withoutSegmentJoiners } from './segment-joiner.ts';
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
});
