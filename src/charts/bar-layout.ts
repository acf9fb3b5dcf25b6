// Where everything goes in a horizontal bar chart. Bar lengths are percentages
// of the chart's width and heights are fixed, so the SVG stretches to any width
// without scaling its text: labels stay readable at 320 px. Labels go above
// their bars, wrapped between words. Rows named «Gruppe: navn» are grouped
// under a heading.
import { round, valueScale, wrapText } from './scales.ts';

export interface BarRow {
  label: string;
  value: number | null;
}

export interface BarLayoutOptions {
  format: (value: number) => string;
  /** The figures are lower bounds, printed as «over N». */
  lowerBounds?: boolean;
  /** Characters a label line may hold; long enough for 14 px text in 280 px. */
  wrapAt?: number;
}

export type BarItem =
  | { kind: 'group'; y: number; text: string }
  | {
      kind: 'bar';
      label: string;
      labelLines: { y: number; text: string }[];
      barY: number;
      /** Length in per cent of the chart's width; 0 for a lost value. */
      widthPct: number;
      valueLabel: string;
      /** Long bars carry their value inside, short ones just after their end. */
      valueInside: boolean;
    };

export interface BarLayout {
  height: number;
  barHeight: number;
  items: BarItem[];
}

const lineHeight = 18;
const barHeight = 20;
const gap = 14;

/** «System: Kvalitetssystem» → ['System', 'Kvalitetssystem'] when every row has a group. */
function groupsOf(rows: readonly BarRow[]): (readonly [string, string])[] | undefined {
  const split = rows.map((r) => /^([^:]+):\s+(.+)$/.exec(r.label));
  if (split.some((m) => m === null)) return undefined;
  return split.map((m) => [m![1]!, m![2]!] as const);
}

export function barLayout(rows: readonly BarRow[], { format, lowerBounds = false, wrapAt = 34 }: BarLayoutOptions): BarLayout {
  const values = rows.flatMap((r) => (r.value === null ? [] : [r.value]));
  const scale = valueScale(values, [0, 100], { zero: true });
  const groups = groupsOf(rows);
  const items: BarItem[] = [];
  let y = 0;
  let currentGroup: string | undefined;
  rows.forEach((row, i) => {
    const [group, name] = groups?.[i] ?? [undefined, row.label];
    if (group !== undefined && group !== currentGroup) {
      currentGroup = group;
      y += lineHeight;
      items.push({ kind: 'group', y, text: group });
      y += 4;
    }
    const labelLines = wrapText(name, wrapAt).map((text) => {
      y += lineHeight;
      return { y, text };
    });
    const barY = y + 6;
    const widthPct = row.value === null ? 0 : round(scale(row.value));
    items.push({
      kind: 'bar',
      label: row.label,
      labelLines,
      barY,
      widthPct,
      valueLabel: row.value === null ? 'tapt i kilden' : `${lowerBounds ? 'over ' : ''}${format(row.value)}`,
      valueInside: widthPct > 60,
    });
    y = barY + barHeight + gap;
  });
  return { height: y, barHeight, items };
}
