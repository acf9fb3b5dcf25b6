import { describe, expect, it } from 'vitest';
import { shortCapitalisedWords, shortNameOf, shortPlaceNamed } from './place-name.ts';

const page = (title: string, type = 'Kommune') => ({ meta: { title, type } });

describe('shortCapitalisedWords', () => {
  it('finds short capitalised words, each once, not the start of a longer word', () => {
    expect(shortCapitalisedWords('Hå kommune og Re. Håndbok for Hå, «Sel» og Hålogaland; RE-prosjekt Ås-Ski')).toEqual(['Hå', 'Re', 'Sel', 'Ås', 'Ski']);
  });
});

describe('shortPlaceNamed', () => {
  it.each(['Hå', 'hå', 'ha', ' Hå ', 'HÅ', 'Hå kommune'])('names Hå for «%s» when Hå’s page is first', (query) => {
    expect(shortPlaceNamed(query, page('Hå'))).toBe('Hå');
  });

  it('names nothing for a longer name, another query, or a first result that is no municipality', () => {
    expect(shortPlaceNamed('Hamarøy', page('Hamarøy'))).toBeUndefined();
    expect(shortPlaceNamed('Hål', page('Hå'))).toBeUndefined();
    expect(shortPlaceNamed('Hå turnus', page('Hå'))).toBeUndefined();
    expect(shortPlaceNamed('SPC', page('SPC', 'Verktøy'))).toBeUndefined();
    expect(shortPlaceNamed('Hå', undefined)).toBeUndefined();
  });
});

describe('shortNameOf', () => {
  it('is a short name, or the short name before « i »', () => {
    expect(shortNameOf('Hå')).toBe('Hå');
    expect(shortNameOf('Os i Østerdalen')).toBe('Os');
    expect(shortNameOf('Hægebostad')).toBeUndefined();
    expect(shortNameOf('Nord-Fron')).toBeUndefined();
  });

  it.each(['Os', 'os', 'Os kommune'])('names Os for «%s» when Os i Østerdalen’s page is first', (query) => {
    expect(shortPlaceNamed(query, page('Os i Østerdalen'))).toBe('Os');
  });
});
