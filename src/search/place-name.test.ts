import { describe, expect, it } from 'vitest';
import { shortCapitalisedWords, shortNameOf, shortPlaceNamed, wholeWordFirst, wholeWordNamed } from './place-name.ts';

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

describe('wholeWordNamed', () => {
  const filter = new Set(['NAV', 'KS']);
  const hasPages = async (name: string) => filter.has(name);

  it('is the short place name first', async () => {
    expect(await wholeWordNamed('Hå', ['Hå'], page('Hå'), hasPages)).toEqual({ name: 'Hå', kind: 'stedsnavnet' });
  });

  it.each(['NAV', 'nav', 'Nav'])('is the abbreviation NAV for «%s», in any case', async (word) => {
    expect(await wholeWordNamed(word, [word], page('Samarbeid med andre aktører', 'Verktøy'), hasPages)).toEqual({ name: 'NAV', kind: 'forkortelsen' });
  });

  it('is an abbreviation of two letters only as typed in capitals («LO», not «lo» or «Lo» on the way to «lokal»)', async () => {
    const lo = async (name: string) => name === 'LO';
    expect(await wholeWordNamed('LO', ['LO'], undefined, lo)).toEqual({ name: 'LO', kind: 'forkortelsen' });
    expect(await wholeWordNamed('lo', ['lo'], undefined, lo)).toBeUndefined();
    expect(await wholeWordNamed('Lo', ['Lo'], undefined, lo)).toBeUndefined();
  });

  it('is nothing for a word no page has whole, several words, or a word with a digit', async () => {
    expect(await wholeWordNamed('navn', ['navn'], undefined, hasPages)).toBeUndefined();
    expect(await wholeWordNamed('NAV KS', ['NAV', 'KS'], undefined, hasPages)).toBeUndefined();
    expect(await wholeWordNamed('KS2', ['KS2'], undefined, async () => true)).toBeUndefined();
  });
});

describe('wholeWordFirst', () => {
  const result = (id: string, score: number, content: string) => ({ id, score, data: async () => ({ content }) });

  it('ranks the first results by the score the abbreviation itself earns, and leaves the rest as they are', async () => {
    const results = [
      result('pressemelding', 8.9, 'Navn, navn, [Navn] og samarbeid med NAV.'),
      result('nav', 7.2, 'Samarbeid med NAV. NAV og kommunen.'),
      result('dialog', 6.3, 'NAV deltar.'),
      result('later', 9, 'navn navn NAV'),
    ];
    expect((await wholeWordFirst(results, 'NAV', 3)).map((r) => r.id)).toEqual(['nav', 'dialog', 'pressemelding', 'later']);
  });
});
