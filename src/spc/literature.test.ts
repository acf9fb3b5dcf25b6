// A worked example with a published answer, beside the hand-worked ones in
// charts.test.ts: Montgomery's p-chart for orange-juice cans.
import { describe, expect, it } from 'vitest';
import { pChart } from './charts.ts';

// D. C. Montgomery, «Introduction to Statistical Quality Control» (the fraction
// nonconforming chart for 6-oz frozen orange juice concentrate cans): 30
// samples of n = 50 cans, nonconforming cans per sample. Published answer:
// p̄ = 347/1500 = 0,2313, UCL = 0,4102, LCL = 0,0524, and samples 15 and 23
// plot above the upper limit.
const nonconforming = [12, 15, 8, 10, 4, 7, 16, 9, 14, 10, 5, 6, 17, 12, 22, 8, 10, 5, 13, 11, 20, 18, 24, 15, 9, 12, 7, 13, 9, 6];
const samples = nonconforming.map((count, i) => ({ line: i + 1, label: String(i + 1), count, denominator: 50 }));

describe('p-chart, Montgomery’s orange-juice cans', () => {
  const result = pChart(samples);

  it('has the published centre line and limits', () => {
    expect(result.centre).toBeCloseTo(0.2313, 4);
    expect(result.points[0]?.upper).toBeCloseTo(0.4102, 4);
    expect(result.points[0]?.lower).toBeCloseTo(0.0524, 4);
  });

  it('finds samples 15 and 23 above the upper limit, and no other point outside the limits', () => {
    const outside = result.signals.filter((s) => s.rule === 'outside-limits');
    expect(outside.flatMap((s) => s.points.map((i) => i + 1))).toEqual([15, 23]);
  });
});
