import { expect, it } from 'vitest';
import { plainText } from './words.ts';

it('makes words hyphenated for line breaking whole again, and odd spaces plain', () => {
  expect(plainText('lønns\u00ADforhandlings\u00ADkalenderen')).toBe('lønnsforhandlingskalenderen');
  expect(plainText('10\u00A0prosent og 3\u202F000')).toBe('10 prosent og 3 000');
  expect(plainText('kvalitets\u200Bkommune')).toBe('kvalitetskommune');
});

it('takes out the other invisible characters text from Word and PDFs carries inside words', () => {
  expect(plainText('syke\u200Cfra\u200Dvær\uFEFF')).toBe('sykefravær');
});
