// A sentence or two that says what a chart shows, for readers who do not see
// it and for everyone who wants the gist. Built from the same numbers as the
// chart and table.
import type { Series } from './line-layout.ts';
import type { ColumnFormat } from '../lib/number-format.ts';
import { withUnit } from '../lib/with-unit.ts';

/** Numbers as the chart's table writes them, by column (a value's index in its series; a bar's is 0). */
type Format = ColumnFormat;

interface Known {
  index: number;
  value: number;
}

function known(values: readonly (number | null)[]): Known[] {
  return values.flatMap((value, index) => (value === null ? [] : [{ index, value }]));
}

function list(names: string[]): string {
  return names.length <= 1 ? (names[0] ?? '') : `${names.slice(0, -1).join(', ')} og ${names.at(-1)}`;
}

/** «Kommuner i programmet: fra 10,3 (Q4 07–Q3 08) til 10,2 (Q4 08–Q3 09).» for each series. */
export function lineSummary(categories: readonly string[], series: readonly Series[], format: Format): string {
  return series
    .map((s) => {
      const values = known(s.values);
      const first = values[0];
      const last = values.at(-1);
      if (!first || !last) return `${s.label}: ingen tall.`;
      if (first === last) return `${s.label}: bare ett tall, ${format(first.value, first.index)} (${categories[first.index]}).`;
      return `${s.label}: fra ${format(first.value, first.index)} (${categories[first.index]}) til ${format(last.value, last.index)} (${categories[last.index]}).`;
    })
    .join(' ');
}

/**
 * For small multiples: how many rows went down, up or stayed level from their
 * first to their last known value, named, and which have only one value.
 */
export function changeSummary(series: readonly Series[], format: Format, reference?: Series): string {
  const down: string[] = [];
  const up: string[] = [];
  const level: string[] = [];
  const single: string[] = [];
  for (const s of series) {
    const values = known(s.values);
    const first = values[0];
    const last = values.at(-1);
    if (!first || !last) continue;
    if (first === last) single.push(s.label);
    else if (last.value < first.value) down.push(s.label);
    else if (last.value > first.value) up.push(s.label);
    else level.push(s.label);
  }
  const counted = down.length + up.length + level.length;
  const parts = [
    `ned for ${down.length} av ${counted}${down.length ? ` (${list(down)})` : ''}`,
    `opp for ${up.length}${up.length ? ` (${list(up)})` : ''}`,
    ...(level.length ? [`var lik for ${level.length} (${list(level)})`] : []),
  ];
  let text = `Fra første til siste tall gikk verdien ${list(parts)}.`;
  if (single.length) text += ` ${list(single)} har bare ett tall som kan plasseres i tabellen.`;
  if (reference) {
    const values = known(reference.values);
    const first = values[0];
    const last = values.at(-1);
    if (first && last && first !== last) text += ` ${reference.label} gikk fra ${format(first.value, first.index)} til ${format(last.value, last.index)}.`;
  }
  return text;
}

/** «Størst: Grunnskole (110). Minst: Gjennomgående (23).» */
export function barSummary(rows: readonly { label: string; value: number | null }[], format: Format, lowerBounds = false): string {
  const withValues = rows.filter((r): r is { label: string; value: number } => r.value !== null);
  if (withValues.length === 0) return 'Ingen av tallene er bevart i kilden.';
  const sorted = [...withValues].sort((a, b) => b.value - a.value);
  const shown = (r: { value: number }) => `${lowerBounds ? 'over ' : ''}${format(r.value, 0)}`;
  const largest = sorted[0]!;
  const smallest = sorted.at(-1)!;
  if (sorted.length === 1) return `${largest.label}: ${shown(largest)}.`;
  const ties = (v: number) => list(sorted.filter((r) => r.value === v).map((r) => r.label));
  // «Sykefraværskonferansene 2010, over 900 (fem konferanser til sammen)», not «… (fem konferanser til sammen) (over 900)».
  return `Størst: ${withUnit(ties(largest.value), shown(largest))}. Minst: ${withUnit(ties(smallest.value), shown(smallest))}.`;
}

/** The visible note under a line chart whose value axis does not start at zero (its axis shows a break). */
export function cutAxisNote(start: string): string {
  return `Merk: Den loddrette aksen starter på ${start}, ikke på null (se bruddet nederst på aksen), så forskjellene ser større ut enn i et diagram som starter på null.`;
}
