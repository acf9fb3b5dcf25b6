import { expect, it } from 'vitest';
import { spcNumber, typedDecimals } from './numbers.ts';

// Fresh eyes: the table said «−786,789» and the summary «-786,79»; one format for both.
it('writes a number with a decimal comma, a no-break space between thousands and a true minus sign', () => {
  expect(spcNumber(-786.789, 2)).toBe('\u2212786,79');
  expect(spcNumber(1104.647, 2)).toBe('1\u00A0104,65');
  expect(spcNumber(12, 2)).toBe('12');
});

it('shows as many decimals as the most precise number typed, at least two', () => {
  expect(typedDecimals([8.2, 7.9])).toBe(2);
  expect(typedDecimals([0.125, 8])).toBe(3);
  expect(typedDecimals([1e-12])).toBe(10);
});
