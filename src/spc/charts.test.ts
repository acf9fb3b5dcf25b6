import { describe, expect, it } from 'vitest';
import { ChartInputError, iChart, pChart, percentBounds, runChart } from './charts.ts';
import { parseProportions, parseValues, type ValuePoint } from './parse.ts';
import { sickLeaveExample } from './sick-leave-example.ts';

const values = (...xs: number[]): ValuePoint[] => xs.map((value, i) => ({ line: i + 1, label: undefined, value }));
const sickLeave = parseValues(sickLeaveExample).points;

// The 24-month example, checked by hand.
//
// Baseline = the first 12 months (2022):
//   8.4 7.9 8.6 8.1 8.8 8.2 7.8 8.5 8.0 8.7 8.0 8.6      sum 99.6, mean 99.6 / 12 = 8.3
//   moving ranges 0.5 0.7 0.5 0.7 0.6 0.4 0.7 0.5 0.7 0.7 0.6   sum 6.6, average 6.6 / 11 = 0.6
//   limits 8.3 ± 2.66 × 0.6 = 8.3 ± 1.596 → 6.704 and 9.896; moving-range limit 3.268 × 0.6 = 1.9608
//   median: sorted 7.8 7.9 8.0 8.0 8.1 8.2 | 8.4 8.5 8.6 8.6 8.7 8.8 → (8.2 + 8.4) / 2 = 8.3
// 2023: 7.9 7.6 8.0 7.4 7.7 7.2 7.5 7.1 6.6 7.3 7.0 7.4, all below 8.3, and 6.6 (sep 2023) below 6.704.
// Together with nov 2022 (8.0, below) and dec 2022 (8.6, above), the run below the centre is the 12 months of 2023.
describe('I-chart (XmR) of 24 months of sick leave', () => {
  const chart = iChart(sickLeave, 12);

  it('takes centre and limits from the baseline and applies them to every month', () => {
    expect(chart.centre).toBeCloseTo(8.3, 10);
    expect(chart.averageMovingRange).toBeCloseTo(0.6, 10);
    expect(chart.upperRangeLimit).toBeCloseTo(1.9608, 10);
    for (const point of chart.points) {
      expect(point.lower).toBeCloseTo(6.704, 10);
      expect(point.upper).toBeCloseTo(9.896, 10);
    }
    expect(chart.points.filter((p) => p.inBaseline)).toHaveLength(12);
    expect(chart.points[0]).toMatchObject({ label: 'jan 2022', value: 8.4, movingRange: undefined });
    expect(chart.points[20]?.movingRange).toBeCloseTo(0.5, 10);
  });

  it('finds the point below the lower limit and the shift after the measure, and no trend', () => {
    expect(chart.signals).toEqual([
      { rule: 'outside-limits', points: [20], side: 'below' },
      { rule: 'shift', points: [12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23], side: 'below' },
    ]);
    expect(chart.points[20]?.label).toBe('sep 2023');
  });

  it('warns that 12 baseline points give provisional limits', () => {
    expect(chart.warnings.join(' ')).toMatch(/færre enn 20 punkter/);
  });

  // With all 24 months as baseline: sum 99.6 + 88.7 = 188.3, mean 7.845833…;
  // moving ranges of 2023 (incl. dec 2022 → jan 2023 = 0.7): 0.7 0.3 0.4 0.6 0.3 0.5 0.3 0.4 0.5 0.7 0.3 0.4 = 5.4,
  // so the average is (6.6 + 5.4) / 23 = 12 / 23 = 0.521739…; limits 7.845833 ± 1.387826 → 6.458007 and 9.233659.
  it('uses every point as baseline when none is chosen', () => {
    const all = iChart(sickLeave);
    expect(all.baselineLength).toBe(24);
    expect(all.centre).toBeCloseTo(188.3 / 24, 10);
    expect(all.averageMovingRange).toBeCloseTo(12 / 23, 10);
    expect(all.points[0]?.lower).toBeCloseTo(188.3 / 24 - (2.66 * 12) / 23, 10);
    expect(all.points[0]?.upper).toBeCloseTo(188.3 / 24 + (2.66 * 12) / 23, 10);
    expect(all.warnings).toEqual([]);
  });

  it('warns when the baseline has no variation, and marks every point that differs', () => {
    const flat = iChart(values(5, 5, 5, 5, 6), 4);
    expect(flat.averageMovingRange).toBe(0);
    expect(flat.points[0]).toMatchObject({ lower: 5, upper: 5 });
    expect(flat.signals).toContainEqual({ rule: 'outside-limits', points: [4], side: 'above' });
    expect(flat.warnings.join(' ')).toMatch(/Alle verdiene i grunnlagsperioden er like/);
  });
});

describe('run chart of 24 months of sick leave', () => {
  // Median 8.3 from the baseline (see above). No month equals 8.3, so all 24 are useful;
  // the longest run is the 12 months of 2023 (limit round(log2 24 + 3) = 8), and there are
  // 11 crossings (12 runs: 11 short ones in 2022 and the long one), not fewer than 8.
  it('finds the unusually long run after the measure, by the Anhøj rules', () => {
    const chart = runChart(sickLeave, 12);
    expect(chart.centre).toBeCloseTo(8.3, 10);
    expect(chart.runs).toEqual({ useful: 24, longestRun: 12, longestRunLimit: 8, crossings: 11, crossingsLimit: 8 });
    expect(chart.signals).toEqual([
      { rule: 'long-run', points: [12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23], side: 'below', length: 12, limit: 8 },
    ]);
    expect(chart.points[0]?.lower).toBeUndefined();
  });

  it('warns that very short series rarely give a signal', () => {
    expect(runChart(values(1, 2, 3)).warnings.join(' ')).toMatch(/færre enn 10/);
  });
});

describe('p-chart with varying denominators', () => {
  // p̄ = (10 + 20 + 15 + 35) / (100 + 200 + 100 + 200) = 80 / 600 = 0.13333…; p̄(1 − p̄) = 26/225 = 0.115556
  //   n = 100: 3·√(0.115556 / 100) = 3 × 0.0339935 = 0.1019804 → 0.0313529 and 0.2353137
  //   n = 200: 3·√(0.115556 / 200) = 3 × 0.0240370 = 0.0721110 → 0.0612223 and 0.2054443
  //   n = 5:   3·√(0.115556 / 5)   = 3 × 0.1520234 = 0.4560702 → below 0, so 0, and 0.5894035
  const data = parseProportions('10;100\n20;200\n15;100\n35;200\n1;5\n5;200').points;
  const chart = pChart(data, 4);

  it('pools the baseline and gives each point limits for its own denominator', () => {
    expect(chart.centre).toBeCloseTo(80 / 600, 10);
    expect(chart.points[0]?.lower).toBeCloseTo(0.0313529, 6);
    expect(chart.points[0]?.upper).toBeCloseTo(0.2353137, 6);
    expect(chart.points[1]?.lower).toBeCloseTo(0.0612223, 6);
    expect(chart.points[1]?.upper).toBeCloseTo(0.2054443, 6);
    expect(chart.points[4]?.lower).toBe(0);
    expect(chart.points[4]?.upper).toBeCloseTo(0.5894035, 6);
    expect(chart.points[2]).toMatchObject({ value: 0.15, count: 15, denominator: 100 });
  });

  it('marks a proportion below its lower limit', () => {
    // 5/200 = 0.025 < 0.0612223
    expect(chart.signals).toEqual([{ rule: 'outside-limits', points: [5], side: 'below' }]);
  });

  it('handles a baseline with no events (p̄ = 0)', () => {
    const none = pChart(parseProportions('0;50\n0;60\n0;40\n2;50').points, 3);
    expect(none.centre).toBe(0);
    expect(none.points[0]).toMatchObject({ lower: 0, upper: 0 });
    expect(none.signals).toEqual([{ rule: 'outside-limits', points: [3], side: 'above' }]);
    expect(none.warnings.join(' ')).toMatch(/0 prosent/);
  });
});

describe('bad input', () => {
  it('needs at least two points and a baseline that fits the series', () => {
    expect(() => iChart(values(5))).toThrow(ChartInputError);
    expect(() => iChart(values(5))).toThrow('Diagrammet trenger minst 2 målinger; du har lagt inn 1.');
    expect(() => runChart(values())).toThrow(ChartInputError);
    expect(() => iChart(values(1, 2, 3), 4)).toThrow('Grunnlagsperioden må være et helt antall punkter fra 2 til 3.');
    expect(() => iChart(values(1, 2, 3), 1)).toThrow(ChartInputError);
    expect(() => pChart([], 1)).toThrow(ChartInputError);
  });

  it('numbers the points when there are no labels', () => {
    expect(runChart(values(1, 2)).points.map((p) => p.label)).toEqual(['1', '2']);
  });
});

// Fresh eyes: sick leave in per cent had «Nedre grense −786,79»; a percentage cannot be below 0, nor can its limit.
describe('a lower limit below what the measure can be', () => {
  const percentages = values(2, 9, 1, 10, 2, 8);

  it('is set to the floor the I-chart is given, and the computed limit is kept for the summary', () => {
    const result = iChart(percentages, undefined, percentBounds);
    const unfloored = iChart(percentages);
    expect(unfloored.points[0]!.lower).toBeLessThan(0);
    expect(unfloored.floor).toBeUndefined();
    expect(result.points.map((p) => p.lower)).toEqual([0, 0, 0, 0, 0, 0]);
    expect(result.points[0]!.upper).toBe(unfloored.points[0]!.upper);
    expect(result.floor).toEqual({ value: 0, computed: unfloored.points[0]!.lower });
  });

  it('is left alone where it is above the floor', () => {
    expect(iChart(sickLeave, 12, percentBounds).floor).toBeUndefined();
    expect(iChart(sickLeave, 12, percentBounds).points[0]!.lower).toBeCloseTo(6.704, 10);
  });

  it('is 0 on a p-chart, which says so', () => {
    const result = pChart(parseProportions('a;1;10\nb;2;10\nc;1;200\nd;3;200').points);
    expect(result.points[0]!.lower).toBe(0);
    expect(result.floor).toEqual({ value: 0 });
    expect(pChart(parseProportions('a;100;1000\nb;110;1000\nc;95;1000').points).floor).toBeUndefined();
  });
});

// Fresh eyes: a share near 100 per cent had «Øvre grense 118,04»; a percentage cannot be above 100, nor can its limit.
describe('an upper limit above what the measure can be', () => {
  const nearlyAll = values(95, 99, 88, 100, 91, 98);

  it('is set to the ceiling the I-chart is given, and the computed limit is kept for the summary', () => {
    const result = iChart(nearlyAll, undefined, percentBounds);
    const uncapped = iChart(nearlyAll);
    expect(uncapped.points[0]!.upper).toBeGreaterThan(100);
    expect(uncapped.ceiling).toBeUndefined();
    expect(result.points.map((p) => p.upper)).toEqual([100, 100, 100, 100, 100, 100]);
    expect(result.points[0]!.lower).toBe(uncapped.points[0]!.lower);
    expect(result.ceiling).toEqual({ value: 100, computed: uncapped.points[0]!.upper });
    expect(result.floor).toBeUndefined();
  });

  it('is left alone where it is below the ceiling', () => {
    expect(iChart(sickLeave, 12, percentBounds).ceiling).toBeUndefined();
    expect(iChart(sickLeave, 12, percentBounds).points[0]!.upper).toBeCloseTo(9.896, 10);
  });

  // Fresh eyes: 1 234,5 and more pasted as sick leave in per cent got «kontrollgrensene er 1 108,3 og 100».
  it('is left as computed, as is the lower, where the values cannot be percentages at all', () => {
    for (const result of [iChart(values(1234.5, 1300, 1250.25), undefined, percentBounds), iChart(values(-5, -7, -6), undefined, percentBounds)]) {
      expect(result.ceiling).toBeUndefined();
      expect(result.floor).toBeUndefined();
      expect(result.points[0]!.lower).toBeLessThan(result.points[0]!.upper!);
    }
  });

  // Fresh eyes: 95–110 as a percentage got «kontrollgrensene er 83,45 og 100», the centre line (100,3) above the upper
  // limit and four false signals; −0,66 on average got a floor of 0 and five.
  it('is left as computed where some values are past the bound, so the centre line stays between the limits', () => {
    const over = iChart(values(95, 102, 98, 105, 99, 101, 97, 110, 100, 96), undefined, percentBounds);
    expect(over.ceiling).toBeUndefined();
    expect(over.signals).toEqual([]);
    const under = iChart(values(1, -2, 0.5, -1, 2, -0.5, -3, 1, -1.5, 0.2), undefined, percentBounds);
    expect(under.floor).toBeUndefined();
    for (const { lower, centre, upper } of [over.points[0]!, under.points[0]!]) expect([lower! < centre, centre < upper!]).toEqual([true, true]);
  });

  it('is 100 per cent on a p-chart, which says so', () => {
    const result = pChart(parseProportions('a;9;10\nb;8;10\nc;199;200\nd;197;200').points);
    expect(result.points[0]!.upper).toBe(1);
    expect(result.ceiling).toEqual({ value: 1 });
    expect(pChart(parseProportions('a;100;1000\nb;110;1000\nc;95;1000').points).ceiling).toBeUndefined();
  });
});
