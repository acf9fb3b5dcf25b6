// A sentence or two that says what a chart shows, for readers who do not see
// it and for everyone who wants the gist. Built from the same numbers as the
// chart and table.
import type { Series } from './line-layout.ts';
import type { ColumnFormat } from '../lib/number-format.ts';
import { withUnit } from '../lib/with-unit.ts';
import { escapeRegExp } from '../lib/escape-regexp.ts';

/** Numbers as the chart's table writes them, by column (a value's index in its series; a bar's is 0). */
type Format = ColumnFormat;

interface Known {
  index: number;
  value: number;
}

function known(values: readonly (number | null)[]): Known[] {
  return values.flatMap((value, index) => (value === null ? [] : [{ index, value }]));
}

/** The note's sentences, split where a sentence ends and the next begins with a capital or a quote («3. kvartal» stays whole). */
function sentences(note: string): string[] {
  return note
    .trim()
    .split(/(?<=[.!?])\s+(?=[A-ZÆØÅ«])/u)
    .filter(Boolean);
}

/**
 * A summary must not state a figure more firmly than the table's note does:
 * every sentence of the note that names a figure the summary uses follows the
 * summary («Merk: Snittet i siste kolonne (9,6) er lavere …»). The note itself
 * stands under the table. (A pointer to it in every summary that names no
 * figure of it cost the first search more than its budget has room for.)
 */
export function withCaveat(text: string, figures: readonly string[], note?: string): string {
  if (!note?.trim()) return text;
  // A figure is a whole number in the note: not part of 19,6 or 10,65, nor an ordinal («3. kvartal»).
  const names = (figure: string) => new RegExp(`(?<![\\d,])${escapeRegExp(figure)}(?![\\d]|[,.]\\d|\\.\\s*\\p{Ll})`, 'u');
  const caveats = sentences(note).filter((sentence) => figures.some((figure) => names(figure).test(sentence)));
  return caveats.length ? `${text} Merk: ${caveats.join(' ')}` : text;
}

function list(names: string[]): string {
  return names.length <= 1 ? (names[0] ?? '') : `${names.slice(0, -1).join(', ')} og ${names.at(-1)}`;
}

/** «Kommuner i programmet: fra 10,3 (Q4 07–Q3 08) til 10,2 (Q4 08–Q3 09).» for each series. */
export function lineSummary(categories: readonly string[], series: readonly Series[], format: Format, note?: string): string {
  const figures: string[] = [];
  const text = series
    .map((s) => {
      const values = known(s.values);
      const first = values[0];
      const last = values.at(-1);
      if (!first || !last) return `${s.label}: ingen tall.`;
      figures.push(format(first.value, first.index), format(last.value, last.index));
      if (first === last) return `${s.label}: bare ett tall, ${format(first.value, first.index)} (${categories[first.index]}).`;
      return `${s.label}: fra ${format(first.value, first.index)} (${categories[first.index]}) til ${format(last.value, last.index)} (${categories[last.index]}).`;
    })
    .join(' ');
  return withCaveat(text, figures, note);
}

/**
 * For small multiples: how many rows went down, up or stayed level from their
 * first to their last known value, named, and which have only one value.
 */
export function changeSummary(series: readonly Series[], format: Format, reference?: Series, note?: string): string {
  const figures: string[] = [];
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
    if (first && last && first !== last) {
      figures.push(format(first.value, first.index), format(last.value, last.index));
      text += ` ${reference.label} gikk fra ${format(first.value, first.index)} til ${format(last.value, last.index)}.`;
    }
  }
  return withCaveat(text, figures, note);
}

/** «Størst: Grunnskole (110). Minst: Gjennomgående (23).» */
export function barSummary(rows: readonly { label: string; value: number | null }[], format: Format, lowerBounds = false, note?: string): string {
  const withValues = rows.filter((r): r is { label: string; value: number } => r.value !== null);
  if (withValues.length === 0) return withCaveat('Ingen av tallene er bevart i kilden.', [], note);
  const sorted = [...withValues].sort((a, b) => b.value - a.value);
  const shown = (r: { value: number }) => `${lowerBounds ? 'over ' : ''}${format(r.value, 0)}`;
  const largest = sorted[0]!;
  const smallest = sorted.at(-1)!;
  const figures = [format(largest.value, 0), format(smallest.value, 0)];
  if (sorted.length === 1) return withCaveat(`${largest.label}: ${shown(largest)}.`, figures, note);
  const ties = (v: number) => list(sorted.filter((r) => r.value === v).map((r) => r.label));
  // «Sykefraværskonferansene 2010, over 900 (fem konferanser til sammen)», not «… (fem konferanser til sammen) (over 900)».
  return withCaveat(`Størst: ${withUnit(ties(largest.value), shown(largest))}. Minst: ${withUnit(ties(smallest.value), shown(smallest))}.`, figures, note);
}

/** The visible note under a line chart whose value axis does not start at zero (its axis shows a break). */
export function cutAxisNote(start: string): string {
  return `Merk: Den loddrette aksen starter på ${start}, ikke på null (se bruddet nederst på aksen), så forskjellene ser større ut enn i et diagram som starter på null.`;
}
