// The arithmetic of the benchmark: medians over paired runs and ratios between
// builds. Pure functions, so the report's figures can be tested without a build.
import type { BuildMeasurement } from './measure-build.ts';

/** The median of `values` (the mean of the middle two for an even count); NaN for none. */
export function median(values: readonly number[]): number {
  if (values.length === 0) return NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? (sorted[middle] as number) : ((sorted[middle - 1] as number) + (sorted[middle] as number)) / 2;
}

/** `a ÷ b`; undefined when either is missing or `b` is not positive. */
export function ratio(a: number | undefined, b: number | undefined): number | undefined {
  return a === undefined || b === undefined || Number.isNaN(a) || Number.isNaN(b) || b <= 0 ? undefined : a / b;
}

/** Repeated builds of one kind: median wall and CPU seconds, the largest peak memory. */
export interface BuildSummary {
  runs: number;
  seconds: number;
  /** Undefined where GNU time was missing in any run. */
  cpuSeconds: number | undefined;
  peakBytes: number;
}

export function summarize(runs: readonly Pick<BuildMeasurement, 'seconds' | 'cpuSeconds' | 'peakBytes'>[]): BuildSummary {
  const cpu = runs.map((r) => r.cpuSeconds);
  return {
    runs: runs.length,
    seconds: median(runs.map((r) => r.seconds)),
    cpuSeconds: cpu.length > 0 && cpu.every((c) => c !== undefined) ? median(cpu as number[]) : undefined,
    peakBytes: Math.max(0, ...runs.map((r) => r.peakBytes)),
  };
}
