// The chart's numbers as rows and columns: shown as a table on the page and
// saved as CSV. One definition, so the two never disagree.
import { toCsv as csvFile } from '../lib/csv.ts';
import type { ChartPoint, ChartResult } from './charts.ts';
import { spcNumber, typedDecimals } from './numbers.ts';
import type { Signal } from './rules.ts';

type Cell = number | string | undefined;

export interface Column {
  header: string;
  /** Numbers are kept as numbers so each output can format them its own way. */
  cell: (point: ChartPoint, index: number) => Cell;
  /** Decimals shown on the page. */
  decimals?: number;
}

const ruleNames: Record<Signal['rule'], string> = {
  'outside-limits': 'utenfor grensene',
  shift: 'skift',
  trend: 'trend',
  'long-run': 'uvanlig lang serie',
  'few-crossings': 'for få kryssinger',
};

/**
 * For each point, the names of the signals it is part of, each name once: a point where a rising trend turns into
 * a falling one is in two trends, and read «utenfor grensene, trend, trend».
 */
export function signalsByPoint(result: ChartResult): string[][] {
  const names: string[][] = result.points.map(() => []);
  for (const signal of result.signals)
    for (const i of signal.points) if (!names[i]!.includes(ruleNames[signal.rule])) names[i]!.push(ruleNames[signal.rule]);
  return names;
}

export function columns(result: ChartResult): Column[] {
  const signals = signalsByPoint(result);
  // The numbers the user typed are shown as typed («0,125», not «0,13»), and so are their differences, the mean and
  // the limits, as the summary shows them (explain.ts: displayValue); a median of two can need one decimal more.
  const typed = typedDecimals(result.points.map((p) => p.count ?? p.value));
  const percent = (v: number | undefined) => (v === undefined ? undefined : v * 100);
  const first: Column[] = [
    { header: 'Nr.', cell: (_, i) => i + 1 },
    { header: 'Periode', cell: (p) => p.label },
  ];
  const last: Column[] = [
    { header: 'Grunnlag', cell: (p) => (p.inBaseline ? 'ja' : 'nei') },
    { header: 'Signal', cell: (_, i) => signals[i]!.join(', ') },
  ];
  if (result.type === 'run')
    return [
      ...first,
      { header: 'Verdi', cell: (p) => p.value, decimals: typed },
      { header: 'Median', cell: (p) => p.centre, decimals: Math.min(typed + 1, 10) },
      ...last,
    ];
  if (result.type === 'i')
    return [
      ...first,
      { header: 'Verdi', cell: (p) => p.value, decimals: typed },
      { header: 'Glidende variasjonsbredde', cell: (p) => p.movingRange, decimals: typed },
      { header: 'Midtlinje', cell: (p) => p.centre, decimals: typed },
      { header: 'Nedre grense', cell: (p) => p.lower, decimals: typed },
      { header: 'Øvre grense', cell: (p) => p.upper, decimals: typed },
      ...last,
    ];
  return [
    ...first,
    { header: 'Antall', cell: (p) => p.count, decimals: typed },
    { header: 'Nevner', cell: (p) => p.denominator, decimals: typed },
    { header: 'Andel (%)', cell: (p) => percent(p.value) },
    { header: 'Midtlinje (%)', cell: (p) => percent(p.centre) },
    { header: 'Nedre grense (%)', cell: (p) => percent(p.lower) },
    { header: 'Øvre grense (%)', cell: (p) => percent(p.upper) },
    ...last,
  ];
}

/**
 * The table as text cells for the page, its numbers written as everywhere in the tool (numbers.ts: «−3,26»); the
 * CSV keeps the hyphen, which Excel reads as a negative number.
 */
export function displayRows(result: ChartResult): { headers: string[]; rows: string[][] } {
  const cols = columns(result);
  return {
    headers: cols.map((c) => c.header),
    rows: result.points.map((p, i) =>
      cols.map((c) => {
        const v = c.cell(p, i);
        return typeof v === 'number' ? spcNumber(v, c.decimals ?? 2) : (v ?? '');
      }),
    ),
  };
}

/** The chart's table as CSV for Norwegian Excel (src/lib/csv.ts). */
export function toCsv(result: ChartResult): string {
  const cols = columns(result);
  return csvFile([cols.map((c) => c.header), ...result.points.map((p, i) => cols.map((c) => c.cell(p, i)))]);
}
