import { describe, expect, it } from 'vitest';
import { measureRangeWarnings } from './plausibility.ts';

const points = (...values: number[]) => values.map((value, i) => ({ line: i + 1, label: undefined, value }));

describe('measureRangeWarnings', () => {
  // Fresh eyes: «1 234,5» and «-3» as «Sykefravær (%)» drew a lower limit of −1 105,88 without a word.
  it('names the lines whose value a percentage cannot have', () => {
    const [warning] = measureRangeWarnings(points(6.1, 1234.5, 5.9, -3), 'Sykefravær (%)');
    expect(warning).toContain('«Sykefravær (%)» er en prosent');
    expect(warning).toContain('linje 2 (1\u00A0234,5) og linje 4 (\u22123)');
    expect(warning).toContain('«Hva som måles»');
  });

  it('counts the lines after the third', () => {
    const [warning] = measureRangeWarnings(points(101, 102, 103, 104, 105), 'Andel i prosent');
    expect(warning).toContain('linje 1 (101), linje 2 (102), linje 3 (103) og 2 til ligger utenfor');
  });

  it('says nothing of values from 0 to 100, or where the measure is no percentage or may be negative', () => {
    expect(measureRangeWarnings(points(0, 6.5, 100), 'Sykefravær (%)')).toEqual([]);
    expect(measureRangeWarnings(points(1234.5, -3), 'Antall fraværsdager')).toEqual([]);
    expect(measureRangeWarnings(points(-3, 2), 'Endring i sykefravær (%)')).toEqual([]);
    expect(measureRangeWarnings(points(-3, 2), 'Prosentpoeng')).toEqual([]);
  });
});
