import { describe, expect, it } from 'vitest';
import { binomialQuantileHalf, mean, median, movingRanges } from './stats.ts';

describe('stats', () => {
  it('computes mean, median and moving ranges', () => {
    expect(mean([1, 2, 6])).toBe(3);
    expect(median([5, 1, 3])).toBe(3);
    expect(median([4, 1, 3, 2])).toBe(2.5);
    expect(movingRanges([8.2, 7.9, 8.4])).toEqual([expect.closeTo(0.3), expect.closeTo(0.5)]);
    expect(() => mean([])).toThrow(RangeError);
    expect(() => median([])).toThrow(RangeError);
  });

  // qbinom(0.05, n, 0.5) by hand: P(X ≤ k) = Σ C(n, i) / 2^n.
  //   n = 9:  P(X ≤ 1) = (1 + 9)/512 = 0.0195;  P(X ≤ 2) = (1 + 9 + 36)/512 = 0.0898  → 2
  //   n = 23: P(X ≤ 7) = (1 + 23 + 253 + 1771 + 8855 + 33649 + 100947 + 245157)/8388608 = 0.0466;
  //           P(X ≤ 8) adds 490314: 0.1050                                          → 8
  //   n = 0:  P(X ≤ 0) = 1                                                          → 0
  it('finds the 5th percentile of the binomial distribution with p = ½', () => {
    expect(binomialQuantileHalf(0.05, 9)).toBe(2);
    expect(binomialQuantileHalf(0.05, 23)).toBe(8);
    expect(binomialQuantileHalf(0.05, 0)).toBe(0);
    // Large n must not underflow; the normal approximation gives 2000 − 1.645·√1000 ≈ 1948.
    expect(binomialQuantileHalf(0.05, 4000)).toBeGreaterThan(1940);
    expect(binomialQuantileHalf(0.05, 4000)).toBeLessThan(1955);
  });
});
