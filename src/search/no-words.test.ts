import { expect, it } from 'vitest';
import { noWords } from './no-words.ts';

it('says the query back as typed, and what to do', () => {
  expect(noWords(' <b> ')).toBe('Søket «<b>» har ingen ord å søke etter, bare tegn eller kode. Skriv ett eller flere ord som sier hva du leter etter.');
  expect(noWords('*'.repeat(80))).toMatch(/^Søket «\*{59}…» har/);
});
