// The three charts: a run chart, an I-chart (XmR) and a p-chart. The centre line
// and limits come from a baseline period (the first k points) and are applied
// to every point, so that later points can be judged against the baseline.
//
// I-chart: centre = mean of the baseline; limits = mean ± 2.66 × the average
// moving range of the baseline. 2.66 = 3 / d2 with d2 = 1.128 for moving ranges
// of two points; the upper limit for a moving range is 3.268 × the average
// (D4 for n = 2). Wheeler DJ. Understanding Variation: The Key to Managing
// Chaos. 2nd ed. SPC Press, 2000.
//
// p-chart: centre p̄ = sum of the counts / sum of the denominators in the
// baseline; each point gets its own limits p̄ ± 3·√(p̄(1 − p̄)/nᵢ), clamped to
// [0, 1]. Provost & Murray, The Health Care Data Guide (2011).
//
// A lower limit below the lowest value the measure can have is set to that value, as Provost and Murray do, and an
// upper limit above the highest to that: 0 and 1 for a p-chart, and 0 and 100 for an I-chart of a percentage (the tool
// gives iChart the bounds). Fresh eyes: sick leave in per cent had «Nedre grense −786,79», and a share near 100 per
// cent «Øvre grense 118,04».
import type { ProportionPoint, ValuePoint } from './parse.ts';
import { anhojSignals, pointsOutsideLimits, runsAnalysis, shifts, trends, type RunsAnalysis, type Signal } from './rules.ts';
import { mean, median, movingRanges } from './stats.ts';

export type ChartType = 'run' | 'i' | 'p';

export const iChartFactor = 2.66;
export const movingRangeFactor = 3.268;

/** Fewer baseline points than this give limits that should be treated as provisional. */
export const provisionalBelow = 20;

export interface ChartPoint {
  label: string;
  /** The plotted value: the measurement, or for p-charts the proportion (0–1). */
  value: number;
  count?: number;
  denominator?: number;
  /** I-chart: |value − previous value|; undefined for the first point. */
  movingRange?: number | undefined;
  centre: number;
  lower?: number;
  upper?: number;
  inBaseline: boolean;
}

export interface ChartResult {
  type: ChartType;
  points: ChartPoint[];
  centre: number;
  baselineLength: number;
  /** I-chart only. */
  averageMovingRange?: number;
  upperRangeLimit?: number;
  /** Run chart only. */
  runs?: RunsAnalysis;
  signals: Signal[];
  /** Things the user should know, in Norwegian. */
  warnings: string[];
  /**
   * The lowest value the measure can have, where a computed lower limit below it was set to it; with the limit as
   * computed for an I-chart (a p-chart's limits differ from point to point).
   */
  floor?: LimitBound;
  /** The highest value the measure can have, where a computed upper limit above it was set to it; as `floor`. */
  ceiling?: LimitBound;
}

export interface LimitBound {
  value: number;
  computed?: number;
}

/** The lowest and highest values a measure can have. */
export interface Bounds {
  lowest: number;
  highest: number;
}

/** A percentage is from 0 to 100. */
export const percentBounds: Bounds = { lowest: 0, highest: 100 };

export class ChartInputError extends Error {}

function baselineLength(requested: number | undefined, total: number, minimum: number): number {
  if (total < minimum) throw new ChartInputError(`Diagrammet trenger minst ${minimum} målinger; du har lagt inn ${total}.`);
  if (requested === undefined) return total;
  if (!Number.isInteger(requested) || requested < minimum || requested > total)
    throw new ChartInputError(`Grunnlagsperioden må være et helt antall punkter fra ${minimum} til ${total}.`);
  return requested;
}

function labelOf(point: { label: string | undefined }, index: number): string {
  return point.label ?? String(index + 1);
}

function provisionalWarning(k: number): string[] {
  return k < provisionalBelow
    ? [
        `Grunnlagsperioden har ${k} punkter. Med færre enn ${provisionalBelow} punkter er midtlinjen og grensene usikre og bør regnes som foreløpige; regn dem ut på nytt når dere har flere målinger.`,
      ]
    : [];
}

/** Control-chart rules 1–3 (Provost & Murray) for a finished set of points. */
function controlChartSignals(points: ChartPoint[]): Signal[] {
  const values = points.map((p) => p.value);
  return [
    ...pointsOutsideLimits(
      values,
      points.map((p) => p.lower),
      points.map((p) => p.upper),
    ),
    ...shifts(
      values,
      points.map((p) => p.centre),
    ),
    ...trends(values),
  ];
}

/** Run chart: the median of the baseline, judged by the Anhøj rules. */
export function runChart(data: readonly ValuePoint[], baseline?: number): ChartResult {
  const k = baselineLength(baseline, data.length, 2);
  const centre = median(data.slice(0, k).map((p) => p.value));
  const points = data.map((p, i) => ({ label: labelOf(p, i), value: p.value, centre, inBaseline: i < k }));
  const values = points.map((p) => p.value);
  const centres = points.map(() => centre);
  const runs = runsAnalysis(values, centres);
  const warnings: string[] = [];
  if (runs.useful < 10)
    warnings.push(
      `${runs.useful === 0 ? 'Alle punktene ligger på medianen' : `Bare ${runs.useful} ${runs.useful === 1 ? 'punkt ligger' : 'punkter ligger'} utenfor medianen`}. Med færre enn 10 punkter utenfor medianen kan reglene for seriediagram sjelden vise et signal.`,
    );
  return { type: 'run', points, centre, baselineLength: k, runs, signals: anhojSignals(values, centres), warnings };
}

/**
 * I-chart (XmR): the mean of the baseline ± 2.66 × its average moving range. `bounds` are the lowest and highest values
 * the measure can have (0 and 100 for a percentage): a lower limit below the lowest is set to it, an upper limit above
 * the highest to that.
 */
export function iChart(data: readonly ValuePoint[], baseline?: number, bounds?: Bounds): ChartResult {
  const k = baselineLength(baseline, data.length, 2);
  const baseValues = data.slice(0, k).map((p) => p.value);
  const centre = mean(baseValues);
  const averageMovingRange = mean(movingRanges(baseValues));
  const computedLower = centre - iChartFactor * averageMovingRange;
  const computedUpper = centre + iChartFactor * averageMovingRange;
  // A bound is the measure's only where every value keeps within it (the tool warns of the others): with 1 234,5 as a
  // percentage an upper limit set to 100 stood below the lower («kontrollgrensene er 1 108,3 og 100»), and with 101
  // and 110 below the centre line, each such value then a signal (fresh eyes).
  const values = data.map((p) => p.value);
  const floored = bounds !== undefined && computedLower < bounds.lowest && values.every((value) => value >= bounds.lowest);
  const capped = bounds !== undefined && computedUpper > bounds.highest && values.every((value) => value <= bounds.highest);
  const lower = floored ? bounds.lowest : computedLower;
  const upper = capped ? bounds.highest : computedUpper;
  const ranges = movingRanges(values);
  const points = data.map((p, i) => ({
    label: labelOf(p, i),
    value: p.value,
    movingRange: i === 0 ? undefined : ranges[i - 1],
    centre,
    lower,
    upper,
    inBaseline: i < k,
  }));
  const warnings = provisionalWarning(k);
  if (averageMovingRange === 0)
    warnings.push(
      'Alle verdiene i grunnlagsperioden er like, så gjennomsnittlig variasjonsbredde er 0 og grensene faller sammen med midtlinjen. Da blir hvert punkt som avviker, markert. Sjekk tallene, eller velg et seriediagram.',
    );
  return {
    type: 'i',
    points,
    centre,
    baselineLength: k,
    averageMovingRange,
    upperRangeLimit: movingRangeFactor * averageMovingRange,
    signals: controlChartSignals(points),
    warnings,
    ...(floored ? { floor: { value: bounds.lowest, computed: computedLower } } : {}),
    ...(capped ? { ceiling: { value: bounds.highest, computed: computedUpper } } : {}),
  };
}

/** p-chart: the pooled proportion of the baseline, with limits for each point's denominator. */
export function pChart(data: readonly ProportionPoint[], baseline?: number): ChartResult {
  const k = baselineLength(baseline, data.length, 2);
  const base = data.slice(0, k);
  const centre = base.reduce((s, p) => s + p.count, 0) / base.reduce((s, p) => s + p.denominator, 0);
  let floored = false;
  let capped = false;
  const points = data.map((p, i) => {
    const sigma = Math.sqrt((centre * (1 - centre)) / p.denominator);
    if (centre - 3 * sigma < 0) floored = true;
    if (centre + 3 * sigma > 1) capped = true;
    return {
      label: labelOf(p, i),
      value: p.count / p.denominator,
      count: p.count,
      denominator: p.denominator,
      centre,
      lower: Math.max(0, centre - 3 * sigma),
      upper: Math.min(1, centre + 3 * sigma),
      inBaseline: i < k,
    };
  });
  const warnings = provisionalWarning(k);
  if (centre === 0 || centre === 1)
    warnings.push(
      `Andelen i grunnlagsperioden er ${centre === 0 ? '0' : '100'} prosent, så grensene faller sammen med midtlinjen. Da blir hvert punkt som avviker, markert. Sjekk tallene.`,
    );
  return {
    type: 'p',
    points,
    centre,
    baselineLength: k,
    signals: controlChartSignals(points),
    warnings,
    ...(floored ? { floor: { value: 0 } } : {}),
    ...(capped ? { ceiling: { value: 1 } } : {}),
  };
}
