import { expect, it } from 'vitest';
import { slashedNumbers } from './numerals.ts';

it('reads numbers joined by «/» alone, ranges and decimals too, as one text: no letter, no slash at either end', () => {
  for (const text of ['2007/094', '2008/2009', '1/2', '8,2/7,9/7,3', '9.6/10', '4-6/7-9']) expect(slashedNumbers.test(text), text).toBe(true);
  for (const text of ['2007', '2007/', '/2007', '2007//094', '2007/094a', 'k/o', 'O/F', '1/2/', '8,2 / 7,9']) expect(slashedNumbers.test(text), text).toBe(false);
});
