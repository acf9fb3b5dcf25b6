import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { dictionaryText } from './language-forms.ts';
import { compoundFlag, properNames } from './proper-names.ts';

describe('properNames', () => {
  const dic = ['9', 'Tønsberg/J', 'Nord-Fron/', 'Ålesund/J', 'Per/', 'per', 'tønsberg-fly', 'Bydel Alna', 'NAV/J', 'Kongsvinger/J', 'kongsvinger/z'].join('\n');

  it('has the headwords written only with a capital, by their folded first letter', () => {
    expect(properNames(dic)).toEqual({ t: ['Tønsberg'], n: ['Nord-Fron'], a: ['Ålesund'], k: ['Kongsvinger'] });
  });

  it('counts a lower-case headword that only begins compounds as no word («kongsvinger/z»), by the dictionary\'s own compound flag', () => {
    const aff = readFileSync(join(dirname(createRequire(import.meta.url).resolve('dictionary-nb')), 'index.aff'), 'utf8');
    expect(aff).toMatch(new RegExp(`^COMPOUNDFLAG ${compoundFlag}$`, 'm'));
  });

  it('has the places of the real bokmål dictionary, not a name that is a word too', () => {
    const names = Object.values(properNames(dictionaryText('dictionary-nb'))).flat();
    for (const place of ['Tønsberg', 'Larvik', 'Oppdal', 'Nord-Fron', 'Nøtterøy', 'Sandefjord', 'Kongsvinger', 'Kongsberg', 'Østfold']) expect(names).toContain(place);
    expect(names).not.toContain('Per');
  });
});
