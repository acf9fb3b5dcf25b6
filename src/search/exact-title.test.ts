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

  it('looks only at the results it has titles for', () => {
    expect(exactTitleFirst(results, results.slice(0, 3), 'Ås')).toEqual(results);
  });
});
