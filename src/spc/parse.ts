// Reads a pasted column of numbers: one measurement a line, with an optional
// label first («jan 2024; 8,2»). Cells are separated by tabs (as pasted from
// Excel), by semicolons (Norwegian CSV) or, failing both, by spaces, in which
// case the last number(s) on the line are the values and the rest is the label.
// Problems are collected for every line, in Norwegian, so the user can fix
// them all at once.
import { parseNorwegianNumber } from '../lib/number-format.ts';

export interface ValuePoint {
  /** Line number in the pasted text, from 1. */
  line: number;
  label: string | undefined;
  value: number;
}

export interface ProportionPoint {
  line: number;
  label: string | undefined;
  count: number;
  denominator: number;
}

export interface ParseProblem {
  line: number;
  message: string;
}

export interface ParseResult<P> {
  points: P[];
  problems: ParseProblem[];
  /** The first line, when it holds column headings instead of numbers. */
  header: { line: number; cells: string[] } | undefined;
}

interface Row {
  line: number;
  label: string | undefined;
  numbers: string[];
}

function splitCells(text: string): string[] {
  if (text.includes('\t')) return text.split('\t');
  if (text.includes(';')) return text.split(';');
  // «8,2 %» is one value, not a value and a label.
  return text.replace(/\s+%/g, '%').split(/\s+/);
}

/** The lines that have content, each split into a label and `width` number cells. */
function rows(text: string, width: number): Row[] {
  return text.split(/\r\n|\r|\n/).flatMap((raw, i) => {
    const cells = splitCells(raw.trim())
      .map((c) => c.trim())
      .filter((c) => c !== '');
    if (cells.length === 0) return [];
    const cut = Math.max(0, cells.length - width);
    // With spaces as separators a label like «jan 2024» spans several cells, so only
    // trailing cells that are numbers count as values.
    const label = cells.slice(0, cut).join(' ');
    return [{ line: i + 1, label: label === '' ? undefined : label, numbers: cells.slice(cut) }];
  });
}

function isHeader(row: Row, index: number): boolean {
  return index === 0 && row.numbers.every((cell) => parseNorwegianNumber(cell) === undefined);
}

function notANumber(line: number, cell: string): ParseProblem {
  return { line, message: `Linje ${line}: «${cell}» er ikke et tall. Skriv for eksempel 8,2.` };
}

/** One value a line, for run charts and I-charts. */
export function parseValues(text: string): ParseResult<ValuePoint> {
  const points: ValuePoint[] = [];
  const problems: ParseProblem[] = [];
  let header: ParseResult<ValuePoint>['header'];
  rows(text, 1).forEach((row, index) => {
    if (isHeader(row, index)) {
      header = { line: row.line, cells: [...(row.label ? [row.label] : []), ...row.numbers] };
      return;
    }
    const cell = row.numbers[0] ?? '';
    const value = parseNorwegianNumber(cell);
    if (value === undefined) problems.push(notANumber(row.line, cell));
    else points.push({ line: row.line, label: row.label, value });
  });
  return { points, problems, header };
}

/**
 * A count and its denominator a line (for example sick days and possible
 * working days, or falls and bed-days), for p-charts.
 */
export function parseProportions(text: string): ParseResult<ProportionPoint> {
  const points: ProportionPoint[] = [];
  const problems: ParseProblem[] = [];
  let header: ParseResult<ProportionPoint>['header'];
  rows(text, 2).forEach((row, index) => {
    const { line } = row;
    if (isHeader(row, index)) {
      header = { line, cells: [...(row.label ? [row.label] : []), ...row.numbers] };
      return;
    }
    if (row.numbers.length < 2) {
      problems.push({
        line,
        message: `Linje ${line}: mangler nevner. Skriv antall og nevner på hver linje, for eksempel «12;250».`,
      });
      return;
    }
    const [countCell = '', denominatorCell = ''] = row.numbers;
    const count = parseNorwegianNumber(countCell);
    const denominator = parseNorwegianNumber(denominatorCell);
    if (count === undefined || denominator === undefined) {
      if (count === undefined) problems.push(notANumber(line, countCell));
      if (denominator === undefined) problems.push(notANumber(line, denominatorCell));
      return;
    }
    if (count < 0) problems.push({ line, message: `Linje ${line}: antallet kan ikke være negativt.` });
    else if (denominator <= 0) problems.push({ line, message: `Linje ${line}: nevneren må være større enn null.` });
    else if (count > denominator)
      problems.push({
        line,
        message: `Linje ${line}: antallet (${countCell}) kan ikke være større enn nevneren (${denominatorCell}).`,
      });
    else points.push({ line, label: row.label, count, denominator });
  });
  return { points, problems, header };
}
