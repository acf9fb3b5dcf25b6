// Which points get a label under the SPC chart's x axis: at round steps, as a reader counts, and as close together as
// the labels' width allows without overlap. Fresh eyes: 200 points at 375 px were labelled «1 23 45 67 …».
//
// - Numbered points («1», «2» …, «uke 1», «uke 2» …, years): every 1st, 2nd, 5th, 10th, 20th, 25th, 50th, 100th …
//   number, and the first point where it has room: «1 50 100 150 200».
// - Months («jan 2024», «januar», «2024-01», «2024M01», «01.2024»), quarters («K1 2024», «1. kvartal 2024») and
//   tertials («1. tertial 2024», «T1 2024»): every 1, 2, 3, 6 or 12 months counted from a January (every 1 or 2
//   quarters, every tertial), then every 2, 5, 10 … years; and the first point where it has room.
// - Other labels: the first point and every 2nd, 5th, 10th … after it.
import { textWidth } from '../charts/label-placement.ts';

/** 1, 2, 5, 10, 20, 25, 50, 100, 200, 250, 500 … up to `most`. */
export function roundSteps(most: number): number[] {
  const steps = [1, 2, 5];
  for (let power = 10; steps.at(-1)! < most; power *= 10) steps.push(power, 2 * power, 2.5 * power, 5 * power);
  return steps;
}

const monthNames = ['jan', 'feb', 'mar', 'apr', 'ma[iy]', 'jun', 'jul', 'aug', 'sep', 'o[kc]t', 'nov', 'de[sc]'];
const monthName = new RegExp(`^(${monthNames.join('|')})\\p{L}*\\.?(?:[\\s.\\-/']*(\\d{4}|\\d{2}))?$`, 'iu');

/** A period in a yearly cycle: its place in the year (from 0) and its year, if written. */
interface Period {
  cycle: number;
  index: number;
  year: number | undefined;
}

const year = (text: string | undefined) => (text === undefined ? undefined : text.length === 2 ? 2000 + Number(text) : Number(text));

/** A month, a quarter or a tertial, as written in Norwegian reports, spreadsheets and SSB's tables. */
export function periodOf(label: string): Period | undefined {
  const text = label.trim().toLowerCase();
  const name = monthName.exec(text);
  if (name) return { cycle: 12, index: monthNames.findIndex((m) => new RegExp(`^${m}$`).test(name[1]!)), year: year(name[2]) };
  const yearFirst = /^(\d{4})\s*(?:[-/.]|m)\s*(\d{1,2})$/.exec(text);
  const yearLast = /^(\d{1,2})\s*[-/.]\s*(\d{4})$/.exec(text);
  const [y, m] = yearFirst ? [yearFirst[1], yearFirst[2]] : yearLast ? [yearLast[2], yearLast[1]] : [];
  if (y !== undefined && m !== undefined) return Number(m) >= 1 && Number(m) <= 12 ? { cycle: 12, index: Number(m) - 1, year: Number(y) } : undefined;
  const ordinal = /^([1-4])\.?\s*(kvartal|kv\.?|tertial)\s*(\d{4})?$/.exec(text);
  const lettered = /^(?:(\d{4})\s*)?([kqt])\s*([1-4])(?:\s*(\d{4}))?$/.exec(text);
  const [n, kind, written] = ordinal ? [ordinal[1], ordinal[2], ordinal[3]] : lettered ? [lettered[3], lettered[2], lettered[1] ?? lettered[4]] : [];
  if (n === undefined || kind === undefined) return undefined;
  const cycle = kind.startsWith('t') ? 3 : 4;
  return Number(n) <= cycle ? { cycle, index: Number(n) - 1, year: year(written) } : undefined;
}

/** The steps a reader expects for a cycle: its round parts, then whole years at round steps. */
function cycleSteps(cycle: number, most: number): number[] {
  const parts = { 12: [1, 2, 3, 6], 4: [1, 2], 3: [1] }[cycle] ?? [1];
  return [...parts, ...roundSteps(Math.ceil(most / cycle)).map((s) => s * cycle)].filter((s) => Number.isInteger(s));
}

/**
 * What each point counts as on the axis (a step shows the points whose count it divides), the steps to choose from,
 * and the year of each point where periods have one: months counted from January of year 0, numbered points by their
 * number, others by their place.
 */
function axis(labels: readonly string[]): { counts: number[]; steps: number[]; cycle?: number; years?: number[] } {
  const n = labels.length;
  const periods = labels.map(periodOf);
  const [first] = periods;
  if (first && periods.every((p) => p?.cycle === first.cycle)) {
    const dated = periods.every((p) => p!.year !== undefined);
    const counts: number[] = [];
    periods.forEach((p, i) => {
      const previous = counts[i - 1];
      // Without years, each period follows the one before (a year later where the same month comes again).
      counts.push(dated ? p!.year! * p!.cycle + p!.index : previous === undefined ? p!.index : previous + ((p!.index - periods[i - 1]!.index + p!.cycle) % p!.cycle || p!.cycle));
    });
    return { counts, steps: cycleSteps(first.cycle, n), cycle: first.cycle, ...(dated ? { years: periods.map((p) => p!.year!) } : {}) };
  }
  // The number that counts up by one from point to point (or starts again at 1, as weeks do at a new year).
  const numbers = labels.map((label) => (label.match(/\d+/g) ?? []).map(Number));
  const places = numbers[0]?.length ?? 0;
  for (let place = places - 1; place >= 0; place--) {
    const column = numbers.map((ns) => (ns.length === places ? ns[place] : undefined));
    if (column.every((v, i) => v !== undefined && (i === 0 || v === column[i - 1]! + 1 || (v <= 1 && column[i - 1]! > 1))))
      return { counts: column as number[], steps: roundSteps(n) };
  }
  return { counts: labels.map((_, i) => i), steps: roundSteps(n) };
}

export interface XLabel {
  /** The point it stands under. */
  index: number;
  text: string;
}

/**
 * The labels under the x axis, for labels centred under points `spacing` px apart: the shown points at the smallest
 * round step whose labels keep `gap` px between them, and the first point where it has room before the next one
 * shown. At steps of whole years the periods are named by their year («2022», not «jan 2022»), which takes a phone's
 * width half as much room; the first point, where it is no January, keeps its whole label.
 */
export function xLabels(labels: readonly string[], spacing: number, fontSize: number, gap = 8): XLabel[] {
  if (labels.length === 0) return [];
  const { counts, steps, cycle, years } = axis(labels);
  for (const step of steps) {
    const byYear = years !== undefined && cycle !== undefined && step % cycle === 0;
    const shown = counts.flatMap((count, i) => (((count % step) + step) % step === 0 ? [{ index: i, text: byYear ? String(years[i]) : labels[i]! }] : []));
    const fits = (a: XLabel, b: XLabel) => (b.index - a.index) * spacing >= (textWidth(a.text, fontSize) + textWidth(b.text, fontSize)) / 2 + gap;
    if (shown.length === 0 || !shown.every((label, k) => k === 0 || fits(shown[k - 1]!, label))) continue;
    const start = { index: 0, text: labels[0]! };
    return shown[0]!.index === 0 || !fits(start, shown[0]!) ? shown : [start, ...shown];
  }
  return [{ index: 0, text: labels[0]! }];
}
