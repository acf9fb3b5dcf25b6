import { expect, it } from 'vitest';
import { countForms, withDigits } from './number-words.ts';

// Fresh eyes: «10 punkter» put «Ti punkter for et redusert sykefravær» third.
it('reads number words as digits, bokmål and nynorsk', () => {
  expect(withDigits('Ti punkter for et redusert sykefravær')).toBe('10 punkter for et redusert sykefravær');
  expect(withDigits('tolv kommunar, sju eller syv, åtte og elleve')).toBe('12 kommunar, 7 eller 7, 8 og 11');
  expect(withDigits('tiltak, nivå og tiende')).toBe('tiltak, nivå og tiende');
});

it('files a count in its other form, not a unit, a date or a decimal', () => {
  expect(countForms('Ti punkter for et redusert sykefravær')).toEqual(['10']);
  expect(countForms('Kommunen laget 10 punkter')).toEqual(['ti']);
  expect(countForms('sju kommunar')).toEqual(['7', 'syv']);
  expect(countForms('10 % av 10. mars, 2,5 prosent og 30 kommuner, en plan')).toEqual([]);
});
