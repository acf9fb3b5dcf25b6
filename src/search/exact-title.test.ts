import { describe, expect, it } from 'vitest';
import { exactTitleFirst } from './exact-title.ts';

const results = ['Åsnes', 'Askim', 'Askøy', 'Ås', 'Sørum'];

describe('exactTitleFirst', () => {
  it.each(['Ås', 'ås', 'as', 'aas', ' Ås ', 'Ås kommune', 'ås kommunes'])('puts Ås first for «%s», the others in their order', (query) => {
    expect(exactTitleFirst(results, results, query)).toEqual(['Ås', 'Åsnes', 'Askim', 'Askøy', 'Sørum']);
  });

  it('compares titles without soft hyphens, segment joiners or punctuation', () => {
    const titles = ['Rendalen', 'Kvalitets\u2060-formelen – K = O/F', 'Hæge\u00ADbostad'];
    expect(exactTitleFirst(titles, titles, 'haegebostad')[0]).toBe('Hæge\u00ADbostad');
    expect(exactTitleFirst(titles, titles, 'kvalitetsformelen k o f')[0]).toBe(titles[1]);
  });

  it('changes nothing when no title is the query, or the first already is', () => {
    expect(exactTitleFirst(results, results, 'Åsn')).toEqual(results);
    expect(exactTitleFirst(results, results, 'Åsnes')).toEqual(results);
    expect(exactTitleFirst(results, results, '')).toEqual(results);
  });

  it('puts titles that begin with a phrase of several words next, then titles that have it, each in their order', () => {
    const titles = ['Trepartssamarbeid', 'SPC', 'Om de ti punkter', 'Ti punkter for et redusert sykefravær', 'Særtrykk: Ti punkter', 'Punkter ti'];
    expect(exactTitleFirst(titles, titles, '"ti punkter"')).toEqual([
      'Ti punkter for et redusert sykefravær', 'Om de ti punkter', 'Særtrykk: Ti punkter', 'Trepartssamarbeid', 'SPC', 'Punkter ti',
    ]);
    // The whole title still comes before one that begins with the query.
    expect(exactTitleFirst([...titles, 'Ti punkter'], [...titles, 'Ti punkter'], 'ti punkter')[0]).toBe('Ti punkter');
  });

  it('moves no title for one word that is only part of it (Pagefind ranks those)', () => {
    const titles = ['Askim', 'Ås og Askim', 'Ås'];
    expect(exactTitleFirst(titles, titles, 'Askim')).toEqual(titles);
    expect(exactTitleFirst(['Sykefravær i Molde', 'Lederen', 'Ti punkter'], ['Sykefravær i Molde', 'Lederen', 'Ti punkter'], 'punkter')).toEqual(['Sykefravær i Molde', 'Lederen', 'Ti punkter']);
  });

  it('does not take a phrase inside a word for the phrase', () => {
    const titles = ['Molde', 'Tiltak: ti punktene'];
    expect(exactTitleFirst(titles, titles, 'ti punkt')).toEqual(titles);
  });

  it('looks only at the results it has titles for', () => {
    expect(exactTitleFirst(results, results.slice(0, 3), 'Ås')).toEqual(results);
  });
});

// Fresh eyes: «10 punkter» put «Ti punkter for et redusert sykefravær» third.
it('reads a number in digits and in words as one, in the title and in the query', () => {
  const titles = ['Særtrykk: tiltak', 'Nyhetsbrev nr. 10', 'Ti punkter for et redusert sykefravær'];
  expect(exactTitleFirst(titles, titles, '10 punkter')[0]).toBe('Ti punkter for et redusert sykefravær');
  expect(exactTitleFirst(['Kommunen laget 12 punkter', 'Tolv punkter'], ['Kommunen laget 12 punkter', 'Tolv punkter'], 'tolv punkter')[0]).toBe('Tolv punkter');
});

// Fresh eyes (a journalist): «vedlegg 6» had /tall/, whose table is «Vedlegg 6: Sykefravær i Innsatskommunene», at hit 115 of 125.
it('ranks a page of parts by the best of its parts’ titles, also beyond the first results', () => {
  const results = ['Nome', 'Mandal', 'Vennesla', 'Tall og tabeller'];
  const titles = ['Nome', 'Mandal', undefined, ['Tall og tabeller', 'Deltakere på programmets konferanser', 'Vedlegg 6: Sykefravær i Innsatskommunene']];
  expect(exactTitleFirst(results, titles, 'vedlegg 6')[0]).toBe('Tall og tabeller');
  expect(exactTitleFirst(results, titles, 'Tabell 4.6')).toEqual(results);
  expect(exactTitleFirst(results, [...titles.slice(0, 3), ['Tabell 4.6: Utviklingen i sykefraværet']], 'Tabell 4.6')[0]).toBe('Tall og tabeller');
});
