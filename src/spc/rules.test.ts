import { describe, expect, it } from 'vitest';
import { anhojSignals, pointsOutsideLimits, runsAnalysis, shifts, trends } from './rules.ts';

const flat = (n: number, c: number) => Array.from({ length: n }, () => c);

describe('rule 1: points outside the limits', () => {
  it('finds points above and below, not on, the limits', () => {
    const signals = pointsOutsideLimits([5, 11, 10, 0, 1], flat(5, 1), flat(5, 10));
    expect(signals).toEqual([
      { rule: 'outside-limits', points: [1], side: 'above' },
      { rule: 'outside-limits', points: [3], side: 'below' },
    ]);
  });

  it('ignores a missing limit', () => {
    expect(pointsOutsideLimits([-5], [undefined], [undefined])).toEqual([]);
  });
});

describe('rule 2: shifts', () => {
  it('finds 8 points in a row on one side, and not 7', () => {
    const eight = [6, 4, 4, 4, 4, 4, 4, 4, 4, 6];
    expect(shifts(eight, flat(10, 5))).toEqual([{ rule: 'shift', points: [1, 2, 3, 4, 5, 6, 7, 8], side: 'below' }]);
    expect(shifts([6, 4, 4, 4, 4, 4, 4, 4, 6], flat(9, 5))).toEqual([]);
  });

  it('lets a point on the centre line neither break nor add to a shift', () => {
    const values = [6, 6, 6, 6, 5, 6, 6, 6, 6];
    expect(shifts(values, flat(9, 5))).toEqual([{ rule: 'shift', points: [0, 1, 2, 3, 5, 6, 7, 8], side: 'above' }]);
    expect(shifts([6, 6, 6, 5, 6, 6, 6, 6], flat(8, 5))).toEqual([]);
  });
});

describe('rule 3: trends', () => {
  it('finds 6 points going the same way, and not 5', () => {
    expect(trends([1, 2, 3, 4, 5, 6])).toEqual([{ rule: 'trend', points: [0, 1, 2, 3, 4, 5], direction: 'up' }]);
    expect(trends([9, 8, 7, 6, 5, 6])).toEqual([]);
  });

  it('counts equal neighbours once: they neither make nor break a trend', () => {
    // Six distinct steps down (9, 8, 7, 6, 5, 4) with a repeated 7.
    expect(trends([9, 8, 7, 7, 6, 5, 4])).toEqual([{ rule: 'trend', points: [0, 1, 2, 3, 4, 5, 6], direction: 'down' }]);
    // Only five distinct values: no trend, however many repeats.
    expect(trends([1, 2, 2, 3, 3, 4, 5])).toEqual([]);
  });

  it('finds a trend that starts where the previous one ends', () => {
    const signals = trends([1, 2, 3, 4, 5, 6, 5, 4, 3, 2, 1]);
    expect(signals.map((s) => [s.points[0], s.points.at(-1)])).toEqual([
      [0, 5],
      [5, 10],
    ]);
  });
});

describe('Anhøj rules', () => {
  // Critical values from Anhøj & Olesen 2014 (PLOS ONE 9(11):e113825), as the
  // formulas round(log2(n) + 3) and qbinom(0.05, n − 1, 0.5), checked by hand:
  //   n = 10: log2(10) + 3 = 6.32 → 6;  qbinom(0.05, 9, ½) = 2 (see stats.test.ts)
  //   n = 24: log2(24) + 3 = 7.58 → 8;  qbinom(0.05, 23, ½) = 8
  it('finds too few crossings in a steadily rising series', () => {
    const values = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10];
    const centre = flat(10, 5.5);
    expect(runsAnalysis(values, centre)).toEqual({ useful: 10, longestRun: 5, longestRunLimit: 6, crossings: 1, crossingsLimit: 2 });
    expect(anhojSignals(values, centre)).toEqual([{ rule: 'few-crossings', points: [], crossings: 1, limit: 2 }]);
  });

  it('finds an unusually long run and leaves points on the median out', () => {
    // 24 useful points: 3 alternating, then 9 above (with one on the median between them), then 12 alternating.
    const values = [4, 6, 4, 6, 6, 6, 6, 5, 6, 6, 6, 6, 6, 4, 6, 4, 6, 4, 6, 4, 6, 4, 6, 4, 6];
    const centre = flat(values.length, 5);
    const analysis = runsAnalysis(values, centre);
    expect(analysis).toEqual({ useful: 24, longestRun: 9, longestRunLimit: 8, crossings: 15, crossingsLimit: 8 });
    expect(anhojSignals(values, centre)).toEqual([
      { rule: 'long-run', points: [3, 4, 5, 6, 8, 9, 10, 11, 12], side: 'above', length: 9, limit: 8 },
    ]);
  });

  it('finds nothing in a series that alternates around the median', () => {
    const values = [4, 6, 4, 6, 4, 6, 4, 6, 4, 6, 4, 6];
    expect(anhojSignals(values, flat(12, 5))).toEqual([]);
  });
});
