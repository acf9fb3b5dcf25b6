// Rules for telling special-cause variation from common-cause variation.
//
// Control charts (I-chart, p-chart) use rules 1–3 of the five recommended in
// Provost LP, Murray SK. The Health Care Data Guide: Learning from Data for
// Improvement. Jossey-Bass, 2011, chapter 4:
//   1. a point outside the control limits;
//   2. a shift: 8 or more points in a row on the same side of the centre line
//      (a point exactly on the line neither breaks nor adds to the shift);
//   3. a trend: 6 or more points in a row all going up or all going down
//      (equal neighbours count once and neither make nor break a trend).
// Rules 4 and 5 (points in the outer and inner thirds) are left out on purpose:
// they add false alarms for little gain with short monthly series.
//
// Run charts use the Anhøj rules: Anhøj J, Olesen AV. Run charts revisited: a
// simulation study of run chart rules for detection of non-random variation in
// health care processes. PLoS ONE 2014;9(11):e113825. Points on the median are
// left out; with n remaining ("useful") points, the signals are
//   - an unusually long run: the longest run is longer than round(log2(n) + 3);
//   - too few crossings: the series crosses the median fewer times than the
//     5th percentile of the binomial distribution with n − 1 trials and p = ½.
import { binomialQuantileHalf } from './stats.ts';

export const shiftLength = 8;
export const trendLength = 6;

export type Side = 'above' | 'below';
export type Direction = 'up' | 'down';

export type Signal =
  | { rule: 'outside-limits'; points: [number]; side: Side }
  | { rule: 'shift'; points: number[]; side: Side }
  | { rule: 'trend'; points: number[]; direction: Direction }
  | { rule: 'long-run'; points: number[]; side: Side; length: number; limit: number }
  | { rule: 'few-crossings'; points: []; crossings: number; limit: number };

/** Rule 1: each point above its upper or below its lower limit. */
export function pointsOutsideLimits(
  values: readonly number[],
  lower: readonly (number | undefined)[],
  upper: readonly (number | undefined)[],
): Signal[] {
  return values.flatMap((v, i): Signal[] => {
    const up = upper[i];
    const low = lower[i];
    if (up !== undefined && v > up) return [{ rule: 'outside-limits', points: [i], side: 'above' }];
    if (low !== undefined && v < low) return [{ rule: 'outside-limits', points: [i], side: 'below' }];
    return [];
  });
}

interface Run {
  side: Side;
  /** Indices of the points in the run, not counting points on the centre line. */
  points: number[];
}

/** Runs of points on the same side of the centre; points on the centre are skipped. */
export function runsAroundCentre(values: readonly number[], centre: readonly number[]): Run[] {
  const runs: Run[] = [];
  values.forEach((v, i) => {
    const c = centre[i]!;
    if (v === c) return;
    const side: Side = v > c ? 'above' : 'below';
    const last = runs.at(-1);
    if (last && last.side === side) last.points.push(i);
    else runs.push({ side, points: [i] });
  });
  return runs;
}

/** Rule 2: runs of at least `length` points on one side of the centre line. */
export function shifts(values: readonly number[], centre: readonly number[], length = shiftLength): Signal[] {
  return runsAroundCentre(values, centre)
    .filter((run) => run.points.length >= length)
    .map((run) => ({ rule: 'shift', points: run.points, side: run.side }));
}

/** Rule 3: at least `length` points in a row going the same way; equal neighbours count once. */
export function trends(values: readonly number[], length = trendLength): Signal[] {
  // Groups of equal neighbours: each group is one step in a trend.
  const groups: { value: number; points: number[] }[] = [];
  values.forEach((v, i) => {
    const last = groups.at(-1);
    if (last && last.value === v) last.points.push(i);
    else groups.push({ value: v, points: [i] });
  });
  const found: Signal[] = [];
  let start = 0;
  while (start < groups.length - 1) {
    const direction: Direction = groups[start + 1]!.value > groups[start]!.value ? 'up' : 'down';
    let end = start + 1;
    while (end + 1 < groups.length && (groups[end + 1]!.value > groups[end]!.value) === (direction === 'up')) end++;
    if (end - start + 1 >= length)
      found.push({ rule: 'trend', points: groups.slice(start, end + 1).flatMap((g) => g.points), direction });
    // The last point of one trend can be the first of the next one, the other way.
    start = end;
  }
  return found;
}

export interface RunsAnalysis {
  /** Points not on the centre line. */
  useful: number;
  longestRun: number;
  longestRunLimit: number;
  crossings: number;
  crossingsLimit: number;
}

/** The Anhøj rules' numbers for a series and its centre line. */
export function runsAnalysis(values: readonly number[], centre: readonly number[]): RunsAnalysis {
  const runs = runsAroundCentre(values, centre);
  const useful = runs.reduce((n, run) => n + run.points.length, 0);
  return {
    useful,
    longestRun: Math.max(0, ...runs.map((run) => run.points.length)),
    longestRunLimit: useful > 0 ? Math.round(Math.log2(useful) + 3) : 0,
    crossings: Math.max(0, runs.length - 1),
    crossingsLimit: useful > 0 ? binomialQuantileHalf(0.05, useful - 1) : 0,
  };
}

/** The Anhøj rules' signals: unusually long runs and too few crossings. */
export function anhojSignals(values: readonly number[], centre: readonly number[]): Signal[] {
  const analysis = runsAnalysis(values, centre);
  const signals: Signal[] = runsAroundCentre(values, centre)
    .filter((run) => run.points.length > analysis.longestRunLimit)
    .map((run) => ({
      rule: 'long-run',
      points: run.points,
      side: run.side,
      length: run.points.length,
      limit: analysis.longestRunLimit,
    }));
  if (analysis.crossings < analysis.crossingsLimit)
    signals.push({ rule: 'few-crossings', points: [], crossings: analysis.crossings, limit: analysis.crossingsLimit });
  return signals;
}
