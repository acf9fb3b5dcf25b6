import { expect, it } from 'vitest';
import { fencedCodeLines } from './fenced-code.ts';

const code = (text: string) => fencedCodeLines(text.split('\n'));

it('marks a fence and the lines inside it, at any indentation, as the site (MDX) reads them', () => {
  expect(code('Tekst\n```js\nkode\n```\nTekst')).toEqual([false, true, true, true, false]);
  expect(code('    ~~~\n    kode\n    ~~~\n    tekst')).toEqual([true, true, true, false]);
});

it('closes a fence only with its own marker, as long or longer, alone on its line', () => {
  expect(code('````\n```\n~~~~\n``` ikke slutt\n`````\ntekst')).toEqual([true, true, true, true, true, false]);
});

it('takes no ``` with a ` in its info string for a fence', () => {
  expect(code('```a`b\ntekst')).toEqual([false, false]);
});
