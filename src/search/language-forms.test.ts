import { describe, expect, it } from 'vitest';
import { loadDictionaries, otherForms } from './language-forms.ts';

const dictionaries = loadDictionaries();

describe('otherForms', () => {
  it('gives the nynorsk forms of bokmål words across the vocabulary', () => {
    expect(otherForms('sykefravær', 'nn', dictionaries)).toContain('sjukefråvær');
    expect(otherForms('ansatte', 'nn', dictionaries)).toContain('tilsette');
    expect(otherForms('leder', 'nn', dictionaries)).toContain('leiar');
    expect(otherForms('arbeidsgiver', 'nn', dictionaries)).toContain('arbeidsgjevar');
    expect(otherForms('ikke', 'nn', dictionaries)).toEqual(['ikkje']);
    expect(otherForms('brukermedvirkning', 'nn', dictionaries)).toContain('brukarmedverknad');
    expect(otherForms('oppfølging', 'nn', dictionaries)).toContain('oppfylging');
    expect(otherForms('sykefraværsoppfølging', 'nn', dictionaries)).toContain('sjukefråværsoppfylging');
    expect(otherForms('utvalg', 'nn', dictionaries)).toContain('utval');
    expect(otherForms('arbeidsmiljøutvalg', 'nn', dictionaries)).toContain('arbeidsmiljøutval');
    // Fresh eyes: «Heiltidskultur» was read as a typo of «heltid kultur».
    expect(otherForms('heltid', 'nn', dictionaries)).toContain('heiltid');
    // «førebygging» was read as «føre bygg ingen»: the site's «forebygge» had no nynorsk form.
    expect(otherForms('forebygge', 'nn', dictionaries)).toContain('førebygge');
    expect(otherForms('foreslå', 'nn', dictionaries)).toContain('føreslå');
  });

  it('gives bokmål forms of nynorsk words only when the bokmål dictionary knows them', () => {
    expect(otherForms('sjukefråvær', 'nb', dictionaries)).toContain('sykefravær');
    expect(otherForms('leiing', 'nb', dictionaries)).toContain('ledelse');
    expect(otherForms('kva', 'nb', dictionaries)).toEqual(['hva']);
    expect(otherForms('oppfylging', 'nb', dictionaries)).toContain('oppfølging');
    expect(otherForms('utval', 'nb', dictionaries)).toContain('utvalg');
  });

  it('leaves names, codes and words without a counterpart alone', () => {
    expect(otherForms('kvalitet', 'nn', dictionaries)).toEqual([]);
    expect(otherForms('S002', 'nn', dictionaries)).toEqual([]);
    // Anchored correspondences: «søke» is not respelled as if it began with «øk».
    expect(otherForms('søke', 'nn', dictionaries)).toEqual([]);
  });
});
