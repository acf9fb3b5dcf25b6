import { describe, expect, it } from 'vitest';
import { dictionaryText } from './language-forms.ts';
import { properNames } from './proper-names.ts';

describe('properNames', () => {
  const dic = ['7', 'Tønsberg/J', 'Nord-Fron/', 'Ålesund/J', 'Per/', 'per', 'tønsberg-fly', 'Bydel Alna', 'NAV/J'].join('\n');

  it('has the headwords written only with a capital, by their folded first letter', () => {
    expect(properNames(dic)).toEqual({ t: ['Tønsberg'], n: ['Nord-Fron'], a: ['Ålesund'] });
  });

  it('has the places of the real bokmål dictionary, not a name that is a word too', () => {
    const names = Object.values(properNames(dictionaryText('dictionary-nb'))).flat();
    for (const place of ['Tønsberg', 'Larvik', 'Oppdal', 'Nord-Fron', 'Nøtterøy', 'Sandefjord']) expect(names).toContain(place);
    expect(names).not.toContain('Per');
  });
});
