import { expect, it } from 'vitest';
import { plainText } from './index-site.ts';

it('makes words hyphenated for line breaking whole again, and odd spaces plain', () => {
  expect(plainText('lønns\u00ADforhandlings\u00ADkalenderen')).toBe('lønnsforhandlingskalenderen');
  expect(plainText('10\u00A0prosent og 3\u202F000')).toBe('10 prosent og 3 000');
  expect(plainText('kvalitets\u200Bkommune')).toBe('kvalitetskommune');
});
