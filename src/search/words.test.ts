import { expect, it } from 'vitest';
import { invisibleInWords } from '../lib/invisible-characters.ts';
import { plainText } from './words.ts';

it('makes words hyphenated for line breaking whole again, and odd spaces plain', () => {
  expect(plainText('lønns\u00ADforhandlings\u00ADkalenderen')).toBe('lønnsforhandlingskalenderen');
  expect(plainText('10\u00A0prosent og 3\u202F000')).toBe('10 prosent og 3 000');
  expect(plainText('kvalitets\u200Bkommune')).toBe('kvalitetskommune');
});

it('takes out exactly the characters lib/invisible-characters.ts lists as splitting words', () => {
  for (const character of invisibleInWords) expect(plainText(`syke${character}fravær`), character.codePointAt(0)?.toString(16)).toBe('sykefravær');
  const others = Array.from({ length: 0x3000 }, (_, code) => String.fromCharCode(code)).filter((c) => !invisibleInWords.includes(c) && !/[\u00A0\u202F\u2007]/.test(c));
  expect(others.filter((c) => plainText(`a${c}b`) !== `a${c}b`)).toEqual([]);
});

it('takes out the other invisible characters text from Word and PDFs carries inside words', () => {
  expect(plainText('syke\u200Cfra\u200Dvær\uFEFF')).toBe('sykefravær');
});
