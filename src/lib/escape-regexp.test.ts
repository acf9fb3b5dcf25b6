import { expect, it } from 'vitest';
import { escapeRegExp } from './escape-regexp.ts';

it('matches the text literally, every special character of a regular expression included', () => {
  const text = 'a.b*c+d?e^f$g{h}i(j)k|l[m]n\\o';
  expect(new RegExp(`^${escapeRegExp(text)}$`).test(text)).toBe(true);
  expect(new RegExp(escapeRegExp('../media/foto.jpg')).test('../media/fotoxjpg')).toBe(false);
});
