import { expect, it } from 'vitest';
import { runInfo, sizeResult } from './fixtures.ts';
import { report, times, verdict } from './report.ts';

it('writes ratios with two decimals and a dash for what cannot be divided', () => {
  expect(times(1.234)).toBe('1.23×');
  expect(times(undefined)).toBe('—');
});

it('names each verdict', () => {
  expect([verdict({ pass: true }), verdict({ pass: false }), verdict({ pass: undefined })]).toEqual(['pass', 'FAIL', 'not measured']);
});

it('reports the machine, the targets, the ratios against Starlight and bare Astro, and every build', () => {
  const text = report([sizeResult(300, { ours: 60, rebuild: 20, starlight: 30, bareUnified: 20 })], runInfo);
  expect(text).toContain('**Machine:** 2 cores (Test CPU), 8.00 GiB memory, Node v24.21.0, linux; load average 1.5 at the start and 2.3 at the end');
  expect(text).toContain('3 paired rounds');
  expect(text).toMatch(/\| cold build CPU ≤ 1\.5 × Starlight \| 300 \| 2\.00× \| 1\.50× \| FAIL \|/);
  expect(text).toMatch(/\| first search ≤ 200 KB at 10 000 stories \|  \| not measured \(no 10 000-story run\) \|  \| not measured \|/);
  // cold CPU ours ÷ Starlight, wall ours ÷ Starlight, rebuild ÷ Starlight, ours ÷ bare (remark)
  expect(text).toMatch(/\| 300 \| 2\.00× \| 1\.75× \| 0\.67× \| 3\.00× \|/);
  for (const name of ['ours, cold', 'ours, rebuild after one edit', 'Starlight, cold', 'bare Astro, remark', 'bare Astro, satteri'])
    expect(text).toContain(`| 300 | ${name} |`);
  expect(text).toMatch(/\| 300 \| ours \| 5\.0 KB \| 15\.0 KB \| 0\.0 KB \| 20\.0 KB \| 40\.0 KB \| 150\.0 KB \| 500 ms \|/);
});
