// Where everything goes in a line chart: axes, ticks, one path per series and
// a dot per value. Pure geometry in SVG user units, so it can be tested and
// drawn by an Astro component at build time.
import { periodTime } from '../lib/periods.ts';
import { categoryPositions, gappedPath, round, valueScale, wrapText } from './scales.ts';

export interface Series {
  label: string;
  values: readonly (number | null)[];
}

export interface LineLayoutInput {
  /** Labels along the x axis, one per value. */
  categories: readonly string[];
  series: readonly Series[];
  width: number;
  height: number;
  format: (value: number) => string;
  /** Values the y axis must include besides the series' own, e.g. to share one scale between small charts. */
  domainValues?: readonly number[];
  zero?: boolean;
  /** Font size of the tick labels, used to estimate how much room they need. */
  fontSize?: number;
}

export interface LinePoint {
  x: number;
  y: number;
  value: number;
  category: string;
}

export interface LineLayout {
  width: number;
  height: number;
  plot: { left: number; right: number; top: number; bottom: number };
  /** A label's row: 0 right under the axis, 1 under that (`rowStep` further down), and so on. */
  xTicks: { x: number; lines: string[]; row: number }[];
  /** From a row of tick labels to the next: its lines and a gap, so the rows' letters never touch. */
  rowStep: number;
  yTicks: { y: number; label: string }[];
  series: { label: string; path: string; points: LinePoint[] }[];
  /**
   * Set when the value axis does not include zero (it starts above it, or ends
   * below it): the value at the axis's end nearest zero, and how it reads. The
   * chart must then say so visibly, since a cut axis makes small changes look large.
   */
  cutAxis?: { at: number; label: string } | undefined;
}

/** The value of a scale's domain end nearest zero, when the domain does not include zero. */
export function cutAxisAt([low, high]: readonly number[]): number | undefined {
  if (low === undefined || high === undefined) return undefined;
  if (low > 0) return low;
  if (high < 0) return high;
  return undefined;
}

/**
 * The width, in units and in px, of a line chart drawn for a phone: shown 1:1 in a 320 px phone's column (288 px),
 * its 12-unit text is 12 px (components/charts/LineChart.astro, StorySeries.astro).
 */
export const phoneChartWidth = 280;

/** Average width of a character relative to the font size, for estimating label room. */
const charWidth = 0.6;

/**
 * Where the categories go along the x axis. Quarters, or spans of quarters, that are not evenly
 * spaced in time («3. kv. 2006», «3. kv. 2007», «4. kv. 2008») stand at their
 * place in time (a span at its middle), so a year's gap looks longer than a quarter's; anything else
 * is spaced evenly, as categories.
 */
export function xPositions(categories: readonly string[], left: number, right: number): number[] {
  const even = categoryPositions(categories.length, left, right);
  const times = categories.map(periodTime);
  if (times.length < 3 || times.some((t) => t === undefined)) return even;
  const t = times as number[];
  const gaps = t.slice(1).map((v, i) => v - t[i]!);
  if (gaps.some((g) => g <= 0) || gaps.every((g) => g === gaps[0])) return even;
  const [first, last] = [even[0]!, even.at(-1)!];
  return t.map((v) => first + ((v - t[0]!) / (t.at(-1)! - t[0]!)) * (last - first));
}

/**
 * A category label in lines of about `width` characters. A range («4. kv. 2007 – 3. kv. 2008») breaks after its
 * dash first, so each end reads whole; a longer part is wrapped at spaces.
 */
export function wrapLabel(label: string, width: number): string[] {
  return label.split(/(?<=\s[–-])\s+/).flatMap((part) => (part.length <= width * 1.5 ? [part] : wrapText(part, width)));
}

/**
 * Tick labels on the row under the axis, or on the first row under that where they do not run into the one before
 * (at 320 px the middle of three periods was left out). Never left out: a point without a label could not be told
 * from its neighbours (a small chart of six quarters had five labels); a third row is added where two have no room.
 */
function placedLabels(xs: readonly number[], lines: readonly string[][], fontSize: number): { lines: string[]; row: number }[] {
  const lastEnd: number[] = [];
  return lines.map((label, i) => {
    const half = (Math.max(...label.map((l) => l.length), 0) * fontSize * charWidth) / 2;
    let row = 0;
    while (xs[i]! - half < (lastEnd[row] ?? -Infinity) + 4) row++;
    lastEnd[row] = xs[i]! + half;
    return { lines: [...label], row };
  });
}

export function lineLayout(input: LineLayoutInput): LineLayout {
  const { categories, series, width, height, format, fontSize = 12 } = input;
  const values = series.flatMap((s) => s.values.filter((v): v is number => v !== null));
  const allValues = [...values, ...(input.domainValues ?? [])];
  // A first scale to learn the tick labels, whose width decides the left margin.
  const probe = valueScale(allValues, [1, 0], { zero: input.zero ?? false });
  const tickLabels = probe.ticks(5).map(format);
  const left = Math.ceil(Math.max(...tickLabels.map((l) => l.length), 1) * fontSize * charWidth) + 10;
  const right = width - 8;
  const step = (right - left) / Math.max(categories.length, 1);
  const wrapAt = Math.max(6, Math.floor(step / (fontSize * charWidth)));
  const xLines = categories.map((c) => wrapLabel(c, wrapAt));
  const lineCount = Math.max(1, ...xLines.map((l) => l.length));
  const xs = xPositions(categories, left, right);
  const labels = placedLabels(xs, xLines, fontSize);
  const rows = Math.max(0, ...labels.map((l) => l.row)) + 1;
  const rowStep = (lineCount * 1.2 + 0.5) * fontSize;
  const top = Math.ceil(fontSize / 2) + 2;
  const bottom = height - ((rows - 1) * rowStep + lineCount * fontSize * 1.2 + 10);
  const y = valueScale(allValues, [bottom, top], { zero: input.zero ?? false });
  const cutAt = cutAxisAt(y.domain());
  return {
    cutAxis: cutAt === undefined ? undefined : { at: cutAt, label: format(cutAt) },
    width,
    height,
    plot: { left, right, top, bottom },
    xTicks: xs.map((x, i) => ({ x: round(x), lines: labels[i]?.lines ?? [], row: labels[i]?.row ?? 0 })),
    rowStep,
    yTicks: y.ticks(5).map((t) => ({ y: round(y(t)), label: format(t) })),
    series: series.map((s) => ({
      label: s.label,
      path: gappedPath(
        xs,
        s.values.map((v) => (v === null ? null : y(v))),
      ),
      points: s.values.flatMap((v, i) =>
        v === null ? [] : [{ x: round(xs[i]!), y: round(y(v)), value: v, category: categories[i] ?? '' }],
      ),
    })),
  };
}
