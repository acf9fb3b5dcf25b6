import { describe, expect, it } from 'vitest';
import { csvNumber, formatNumber, parseNorwegianNumber, sharedDecimals, tableNumberFormat } from './number-format.ts';

describe('parseNorwegianNumber', () => {
  it.each([
    ['8,2', 8.2],
    ['8.2', 8.2],
    [' 12 ', 12],
    ['1 234,5', 1234.5],
    ['1\u00a0234,5', 1234.5],
    ['1.234,5', 1234.5],
    ['1.234.567', 1234567],
    ['-0,5', -0.5],
    ['\u22120,5', -0.5],
    // A column of changes («+1,5») was refused by the SPC tool.
    ['+1,5', 1.5],
    ['+ 0,5', 0.5],
    ['8,2%', 8.2],
    [',5', 0.5],
  ])('reads «%s» as %d', (text, value) => {
    expect(parseNorwegianNumber(text)).toBe(value);
  });

  it.each(['', 'abc', '8,2,1', '8,2x', '1-2', '%', '7..1', '1.23,4', '12.34.5', '+', '+-1', '++1'])('rejects «%s»', (text) => {
    expect(parseNorwegianNumber(text)).toBeUndefined();
  });
});

describe('formatting', () => {
  it('writes a decimal comma and a plain minus', () => {
    expect(formatNumber(8.25)).toBe('8,25');
    expect(formatNumber(-0.5)).toBe('-0,5');
    expect(formatNumber(9.876543, 2)).toBe('9,88');
    // A column of one decimal shows its whole number so too: the source's «11,0» read «11» among «10,8» (fresh eyes).
    expect(formatNumber(11, 2, sharedDecimals([10.1, 10.9, 11, null]))).toBe('11,0');
    expect(sharedDecimals([500, 800])).toBe(0);
    expect(sharedDecimals([0.125, 1])).toBe(2);
  });

  // Ullensaker's «11,0» was «11» in its chart's description, which formatted each number on its own.
  it('formats a table column by column, for the table and what is said about it', () => {
    const format = tableNumberFormat([{ values: [10.8, 500] }, { values: [11, null] }, { values: [] }]);
    expect(format(11, 0)).toBe('11,0');
    expect(format(500, 1)).toBe('500');
    expect(format(7.25, 2)).toBe('7,25');
  });

  it('writes CSV numbers without grouping', () => {
    expect(csvNumber(1234.56789)).toBe('1234,5679');
    expect(csvNumber(8)).toBe('8');
  });
});
