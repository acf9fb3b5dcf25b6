import { expect, it } from 'vitest';
import { median, ratio, summarize } from './stats.ts';

it('takes the middle value, or the mean of the middle two', () => {
  expect(median([3, 1, 2])).toBe(2);
  expect(median([4, 1, 3, 2])).toBe(2.5);
  expect(median([])).toBeNaN();
});

it('divides only what can be divided', () => {
  expect(ratio(3, 2)).toBe(1.5);
  expect(ratio(3, 0)).toBeUndefined();
  expect(ratio(undefined, 2)).toBeUndefined();
  expect(ratio(NaN, 2)).toBeUndefined();
});

it('summarizes runs by their median time and their largest peak memory', () => {
  const summary = summarize([
    { seconds: 10, cpuSeconds: 8, peakBytes: 100 },
    { seconds: 30, cpuSeconds: 20, peakBytes: 300 },
    { seconds: 20, cpuSeconds: 12, peakBytes: 200 },
  ]);
  expect(summary).toEqual({ runs: 3, seconds: 20, cpuSeconds: 12, peakBytes: 300 });
  expect(summarize([{ seconds: 1, cpuSeconds: undefined, peakBytes: 1 }]).cpuSeconds).toBeUndefined();
});
