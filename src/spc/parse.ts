// Reads a pasted column of numbers: one measurement a line, with an optional
// label first («jan 2024; 8,2»). Cells are separated by tabs (as pasted from
// Excel), by semicolons (Norwegian CSV) or, failing both, by spaces, in which
// case the last number(s) on the line are the values (spaces between thousands
// allowed: «1 234») and the rest is the label. Nothing is dropped or guessed
// without a word: only a first line of words (or a year over percentages) is
// taken for headings; an empty line between the data, or a period whose number
// is left empty (months to come at the foot of a year's sheet), is skipped and
// said in a note; a column too many, a count without its denominator or a line
// that is no measurement is named as a problem. Problems are collected for every
// line, in Norwegian, so the user can fix them all at once.
import { invisibleInWords } from '../lib/invisible-characters.ts';
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
  /**
   * What was skipped without being wrong, in Norwegian, for the user to know: empty lines between the data, and
   * periods without a number. Fresh eyes: an empty line, which a copy from Excel often has, was refused.
   */
  notes: string[];
}

interface Row {
  line: number;
  label: string | undefined;
  /** The value cells, as written; an empty string for a cell left empty. */
  numbers: string[];
  /** All the line's cells, for the header and for saying what a line has. */
  cells: string[];
  /** Columns separated by tabs or semicolons, or (false) words separated by spaces. */
  columns: boolean;
}

/** Characters a copy from a web page or a document can carry unseen, which no number has. */
const invisible = new RegExp(`[${invisibleInWords}]`, 'g');

/**
 * A line of words separated by spaces, read as a label and `width` numbers
 * from its end. A number may be written with spaces between its thousands
 * («1 234», «12 500 000»): from the end, each number takes as many groups of
 * three digits as it can, so «jan 2024 131 1 520» is jan 2024, 131 and 1 520
 * (unless `thousands` is false: see periodNumbers).
 */
function splitWords(text: string, width: number, thousands = true): { label: string[]; numbers: string[] } {
  // «8,2 %» is one value, not a value and a label.
  const words = text.replace(/\s+%/g, '%').split(/\s+/).filter(Boolean);
  const numbers: string[] = [];
  let end = words.length;
  while (numbers.length < width && end > 0) {
    let start = end - 1;
    if (parseNorwegianNumber(words[start] ?? '') === undefined) break;
    // Thousands: the groups before the last are three digits, the first one to three.
    if (thousands && /^\d{3}([,.]\d+)?%?$/.test(words[start] ?? '')) {
      let first = start;
      while (first > 0 && /^\d{3}$/.test(words[first - 1] ?? '')) first--;
      if (first > 0 && /^[-\u2212\u2013]?\d{1,3}$/.test(words[first - 1] ?? '')) start = first - 1;
      else if (first < start && /^\d{3}$/.test(words[first] ?? '')) start = first;
    }
    numbers.unshift(words.slice(start, end).join(' '));
    end = start;
  }
  // A minus sign set apart from its number («− 1,5», «- 1,5» on a line of its own) was read as a label, and the
  // number as positive. A hyphen or dash after a label may part it from the number («jan – 8,2»), so only U+2212 is
  // always a minus.
  const [firstNumber] = numbers;
  if (firstNumber !== undefined && end > 0 && (words[end - 1] === '\u2212' || (end === 1 && /^[-\u2013]$/.test(words[0] ?? '')))) {
    numbers[0] = `-${firstNumber}`;
    end--;
  }
  // Fewer numbers than needed: the last word stands where a number should.
  if (numbers.length === 0 && end > 0) numbers.unshift(words[--end] ?? '');
  return { label: words.slice(0, end), numbers };
}

/**
 * Whether lines separated by spaces number their periods just before the
 * value («uke 1 120», «uke 2 131» …): read as thousands they would be 1 120,
 * 2 131 …, whose leading groups count 1, 2, 3. Two such lines or more, each
 * one more than the last, are period numbers; «1 234», «1 310» are thousands.
 */
function periodNumbers(lines: readonly string[], width: number): boolean {
  const heads = lines
    .filter((line) => line.trim() !== '' && !/[\t;]/.test(line))
    .flatMap((line) => {
      const grouped = splitWords(line.trim(), width).numbers[0];
      const plain = splitWords(line.trim(), width, false).numbers[0];
      return grouped !== undefined && grouped !== plain ? [Number(grouped.split(' ')[0])] : [];
    });
  return heads.length >= 2 && heads.every((head, i) => i === 0 || head === (heads[i - 1] ?? 0) + 1);
}

/**
 * The lines that have content, each split into a label and (at most) `width`
 * value cells. Cells are separated by tabs (as pasted from Excel) or
 * semicolons; a line with neither is read by splitWords. Empty cells after the
 * last one with content are dropped (a selection one column too wide).
 */
function rows(lines: readonly string[], width: number): Row[] {
  const thousands = !periodNumbers(lines, width);
  return lines.flatMap((clean, i): Row[] => {
    if (clean.trim() === '') return [];
    const line = i + 1;
    const separator = clean.includes('\t') ? '\t' : clean.includes(';') ? ';' : undefined;
    if (separator === undefined) {
      const { label, numbers } = splitWords(clean.trim(), width, thousands);
      return [{ line, label: label.length > 0 ? label.join(' ') : undefined, numbers, cells: [...(label.length ? [label.join(' ')] : []), ...numbers], columns: false }];
    }
    const cells = clean.split(separator).map((c) => c.trim());
    let emptied = 0;
    while (cells.length > 1 && cells.at(-1) === '') {
      cells.pop();
      emptied++;
    }
    // A label and the values; a line with one cell fewer has no label. A label
    // whose value cells were left empty («mar 2024⇥») lacks its numbers.
    if (emptied > 0 && cells.length <= width && parseNorwegianNumber(cells[0] ?? '') === undefined)
      return [{ line, label: cells[0], numbers: [...cells.slice(1), ...Array<string>(width - cells.length + 1).fill('')], cells, columns: true }];
    const labelled = cells.length > width;
    return [{ line, label: labelled ? cells[0] || undefined : undefined, numbers: cells.slice(labelled ? 1 : 0), cells, columns: true }];
  });
}

/**
 * Whether the first line holds column headings: no value cell is a number or
 * looks like one gone wrong («+-1,5», «jan,8.2» are data, named as wrong), or
 * its one value is a year («Måned⇥2024», «Sykefravær 2024») over measurements
 * below 100 (a percentage, a rate).
 */
function isHeader(row: Row, index: number, all: readonly Row[]): boolean {
  if (index !== 0) return false;
  const looksNumeric = (cell: string) => parseNorwegianNumber(cell) !== undefined || /^[^\p{L}]*\d[^\p{L}]*$/u.test(cell) || csvLike.test(cell);
  if (!row.numbers.some(looksNumeric)) return true;
  const [value] = row.numbers;
  const year = row.numbers.length === 1 && /^(19|20)\d\d$/.test(value ?? '') && /\p{L}/u.test(row.label ?? '');
  const others = all.slice(1).map((r) => Math.abs(parseNorwegianNumber(r.numbers.at(-1) ?? '') ?? 0));
  return year && others.length > 0 && others.every((v) => v < 100);
}

/** «jan,8.2»: a comma between the columns, as English programs write CSV. */
const csvLike = /^[^\d]*\p{L}[^,]*,\s*-?\d/u;

function notANumber(row: Row, cell: string): ParseProblem {
  const hint = !row.columns && csvLike.test(cell) ? ' Skill perioden og tallet med tabulator eller semikolon (;).' : ' Skriv for eksempel 8,2.';
  return { line: row.line, message: `Linje ${row.line}: «${cell}» er ikke et tall.${hint}` };
}

/** Rows of totals: «Sum», «Gjennomsnitt» under a column from Excel are no measurement. */
const totals = /^(sum|totalt?|i alt|gjennomsnitt|snitt|middelverdi|median)\b/iu;

/**
 * What makes a line no measurement, whatever its numbers: a total, two
 * numbers where one was meant («8,2 7,9»), or «1.234», which may be 1,234 or
 * 1 234. Undefined for a line that may be read.
 */
function notAMeasurement(row: Row): ParseProblem | undefined {
  const { line, label } = row;
  if (label && totals.test(label))
    return { line, message: `Linje ${line} («${label}») ser ut som en sum eller et gjennomsnitt, ikke en måling. Slett linjen.` };
  // A label of numbers only is several measurements on one line, not a period, where one of them has decimals or
  // there are three or more («10 11 12 13» was drawn as the point 13 labelled «10 11 12»: fresh eyes); a period may
  // be one number («1 8,2») or a year and a number («2024 1 8,2»).
  const labelWords = label?.split(' ') ?? [];
  const measurements =
    !row.columns &&
    labelWords.length > 0 &&
    labelWords.every((word) => parseNorwegianNumber(word) !== undefined) &&
    (labelWords.some((word) => /\d[,.]\d/.test(word)) || labelWords.length > 2 || (labelWords.length === 2 && !year.test(labelWords[0] ?? '')));
  if (measurements) {
    const all = [...labelWords, ...row.numbers];
    const said = all.length === 2 ? `to tall, «${all[0]}» og «${all[1]}»` : `${all.length} tall, «${all.join(' ')}»`;
    return { line, message: `Linje ${line} har ${said}. Skriv ett tall på hver linje, eller skill perioden og tallet med tabulator eller semikolon (;).` };
  }
  const dotted = row.numbers.find((cell) => /^-?[1-9]\d{0,2}\.\d{3}$/.test(cell));
  if (dotted)
    return { line, message: `Linje ${line}: «${dotted}» kan bety ${dotted.replace('.', ',')} eller ${dotted.replace('.', ' ')}. Skriv det med komma eller mellomrom.` };
  return undefined;
}

/** The same problem on many lines (a column of rates for a p-chart) is said once, with how many more lines have it. */
function sayOnce(problems: ParseProblem[]): ParseProblem[] {
  const byText = new Map<string, ParseProblem[]>();
  for (const problem of problems) {
    const text = problem.message.replace(/^Linje \d+:/, '');
    byText.set(text, [...(byText.get(text) ?? []), problem]);
  }
  return [...byText.values()].flatMap((same) => {
    const [first] = same;
    if (!first || same.length < 3) return same;
    return [{ line: first.line, message: first.message.replace(/^Linje (\d+):/, `Linje $1 (og ${same.length - 1} linjer til):`) }];
  });
}

/** Lines left empty between lines of data (those before and after the data change nothing). */
function emptyLines(lines: readonly string[], first: number, last: number): number[] {
  return lines.flatMap((line, i) => (i + 1 > first && i + 1 < last && line.trim() === '' ? [i + 1] : []));
}

/** Line numbers as Norwegian reads them: «linje 4», «linje 4 og 9», «linje 11–13», «linje 2, 5 og 11–13». */
export function lineList(lines: readonly number[]): string {
  const runs: [number, number][] = [];
  for (const line of lines) {
    const run = runs.at(-1);
    if (run && line === run[1] + 1) run[1] = line;
    else runs.push([line, line]);
  }
  const texts = runs.map(([from, to]) => (from === to ? String(from) : `${from}–${to}`));
  return `linje ${texts.length === 1 ? texts[0] : `${texts.slice(0, -1).join(', ')} og ${texts.at(-1)}`}`;
}

const capitalised = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

/**
 * The notes on what was skipped: empty lines between the data, and lines with a period but no number (months to
 * come at the foot of a year's sheet, or a month not counted), with at most three of the periods named.
 */
function skippedNotes(empty: readonly number[], unnumbered: readonly Row[]): string[] {
  const notes: string[] = [];
  if (empty.length > 0 && empty.length <= 3) notes.push(`${capitalised(lineList(empty))} var ${empty.length === 1 ? 'tom' : 'tomme'} og er hoppet over.`);
  else if (empty.length > 3) notes.push(`${empty.length} tomme linjer er hoppet over (den første er linje ${empty[0]}).`);
  if (unnumbered.length > 0) {
    const labels = unnumbered.slice(0, 3).map((row) => `«${row.label}»`);
    const more = unnumbered.length > 3 ? ` og ${unnumbered.length - 3} til` : '';
    const named = more ? `${labels.join(', ')}${more}` : labels.length === 1 ? labels[0] : `${labels.slice(0, -1).join(', ')} og ${labels.at(-1)}`;
    notes.push(`${capitalised(lineList(unnumbered.map((row) => row.line)))} (${named}) har ikke tall og er hoppet over.`);
  }
  return notes;
}

/** A period whose number cells were all left empty: skipped, with a note (a label with only some cells is a problem). */
const unnumbered = (row: Row) => row.columns && row.label !== undefined && row.numbers.length > 0 && row.numbers.every((cell) => cell === '');

/** A year, as the last word of a period's label («jan 2024») or a line's number. */
const year = /^(?:19|20)\d\d$/;

/** Whether two lines of words or more have periods that end in a year («jan 2024 8,2»). */
const periodsEndInYears = (rows: readonly Row[]) => rows.filter((row) => !row.columns && year.test(row.label?.split(' ').at(-1) ?? '')).length >= 2;

/**
 * A line of words that is a period without its number, where the periods end in a year (`yearPeriods`,
 * periodsEndInYears): «feb 2024» under «jan 2024 8,2» was read as «feb» with the value 2024. Returned as the row of the
 * period (label «feb 2024»), else undefined.
 */
function yearOnlyPeriod(row: Row, yearPeriods: boolean): Row | undefined {
  const [number] = row.numbers;
  if (!yearPeriods || row.columns || !row.label || /\d/.test(row.label) || row.numbers.length !== 1 || !number || !year.test(number)) return undefined;
  return { ...row, label: `${row.label} ${number}`, numbers: [''] };
}

/** Too many columns for the chart: said once, for the first such line, with how many more there are. */
function tooManyColumns(rows: Row[], most: number, what: string): ParseProblem[] {
  const wide = rows.filter((row) => row.columns && row.cells.length > most);
  const [first] = wide;
  if (!first) return [];
  const others = wide.length > 1 ? ` (og ${wide.length - 1} ${wide.length === 2 ? 'linje' : 'linjer'} til)` : '';
  return [
    {
      line: first.line,
      message: `Linje ${first.line}${others} har ${first.cells.length} kolonner. Lim inn ${what}, ikke flere kolonner.`,
    },
  ];
}

/**
 * The pasted text as rows of data, the heading line if there is one, and the
 * problems of the whole paste: empty lines between the data, and more than
 * `most` columns (`what` says what to paste instead).
 */
function readRows(text: string, width: number, most: number, what: string): { data: Row[]; header: ParseResult<unknown>['header']; layout: ParseProblem[]; empty: number[] } {
  const lines = text.split(/\r\n|\r|\n/).map((raw) => raw.replace(invisible, ''));
  const all = rows(lines, width);
  const data = all.filter((row, index) => !isHeader(row, index, all));
  const header = data.length < all.length && all[0] ? { line: all[0].line, cells: all[0].cells } : undefined;
  const [first, last] = [data[0], data.at(-1)];
  const layout = first && last ? tooManyColumns(data, most, what) : [];
  return { data, header, layout, empty: first && last ? emptyLines(lines, first.line, last.line) : [] };
}

/** Periods were pasted without their numbers, and nothing else: the column of numbers was not copied. */
function onlyPeriods(skipped: readonly Row[]): ParseProblem[] {
  const [first] = skipped;
  return first
    ? [{ line: first.line, message: `Ingen av linjene har tall, bare perioder (for eksempel «${first.label}»). Lim inn kolonnen med tallene også.` }]
    : [];
}

/**
 * A series laid across instead of down, as one column: a row of numbers copied from a spreadsheet
 * («8,5\t9,1\t7,8») or typed with semicolons («8,5; 9,1; 7,8») or spaces, with or without a row of periods above it
 * («jan;feb;mar» over the numbers). Undefined for anything else, which is read line by line.
 */
function acrossAsColumn(text: string): string | undefined {
  const lines = text
    .replace(invisible, '')
    .split(/\r\n|\r|\n/)
    .filter((line) => line.trim() !== '');
  const cells = (line: string) => line.split(/\t|;/).map((cell) => cell.trim());
  // One line of numbers with spaces between («10,3 9,8 11,2», typed on a phone, was one point labelled «10,3 9,8»),
  // where no number after the first could be a group of thousands («1 234»).
  const spaced = lines.length === 1 && !/[\t;]/.test(lines[0] ?? '') ? (lines[0] ?? '').trim().split(/\s+/) : [];
  if (spaced.length >= 3 && spaced.every((word) => parseNorwegianNumber(word) !== undefined) && !spaced.slice(1).some((word) => /^\d{3}$/.test(word))) return spaced.join('\n');
  const numbers = lines.at(-1) === undefined ? [] : cells(lines.at(-1) ?? '');
  if (lines.length > 2 || numbers.length < 3 || !numbers.every((cell) => parseNorwegianNumber(cell) !== undefined)) return undefined;
  const labels = lines.length === 2 ? cells(lines[0] ?? '') : undefined;
  if (labels && (labels.length !== numbers.length || labels.every((cell) => parseNorwegianNumber(cell) !== undefined))) return undefined;
  return numbers.map((number, i) => (labels ? `${labels[i]}\t${number}` : number)).join('\n');
}

/** One value a line, for run charts and I-charts; a series laid across is read as one laid down (acrossAsColumn). */
export function parseValues(text: string): ParseResult<ValuePoint> {
  const points: ValuePoint[] = [];
  const problems: ParseProblem[] = [];
  const { data, header, layout, empty } = readRows(acrossAsColumn(text) ?? text, 1, 2, 'perioden og én kolonne med tall');
  const skipped: Row[] = [];
  const yearPeriods = periodsEndInYears(data);
  for (const row of data) {
    if (row.columns && row.cells.length > 2) continue;
    const period = unnumbered(row) ? row : yearOnlyPeriod(row, yearPeriods);
    if (period) {
      skipped.push(period);
      continue;
    }
    const cell = row.numbers[0] ?? '';
    const value = parseNorwegianNumber(cell);
    const unreadable = notAMeasurement(row);
    if (unreadable) problems.push(unreadable);
    else if (cell === '') problems.push({ line: row.line, message: `Linje ${row.line}: mangler tall${row.label ? ` for «${row.label}»` : ''}.` });
    else if (value === undefined) problems.push(notANumber(row, cell));
    else points.push({ line: row.line, label: row.label, value });
  }
  if (points.length === 0 && problems.length === 0) problems.push(...onlyPeriods(skipped));
  return { points, problems: [...layout, ...sayOnce(problems)].sort((a, b) => a.line - b.line), header, notes: skippedNotes(empty, skipped) };
}

/**
 * A count and its denominator a line (for example sick days and possible
 * working days, or falls and bed-days), for p-charts.
 */
export function parseProportions(text: string): ParseResult<ProportionPoint> {
  const points: ProportionPoint[] = [];
  const problems: ParseProblem[] = [];
  const { data, header, layout, empty } = readRows(text, 2, 3, 'perioden, antallet og nevneren');
  const skipped: Row[] = [];
  for (const row of data) {
    const { line } = row;
    if (row.columns && row.cells.length > 3) continue;
    if (unnumbered(row)) {
      skipped.push(row);
      continue;
    }
    const unreadable = notAMeasurement(row);
    if (unreadable) {
      problems.push(unreadable);
      continue;
    }
    // A label and one number («jan;8,2 %»): a column of rates, not counts and denominators.
    const [countCell = '', denominatorCell = ''] = row.numbers.length === 2 && parseNorwegianNumber(row.numbers[0] ?? '') === undefined && row.numbers[0] !== '' ? ['', ''] : row.numbers;
    if (row.numbers.length < 2 || (countCell === '' && denominatorCell === '')) {
      problems.push({
        line,
        message: `Linje ${line}: mangler nevner. Skriv antall og nevner på hver linje, for eksempel «12;250». Har du bare én kolonne med tall (for eksempel prosent), velg I-diagram.`,
      });
      continue;
    }
    if (countCell === '' || denominatorCell === '') {
      problems.push({ line, message: `Linje ${line}: mangler ${countCell === '' ? 'antall' : 'nevner'}.` });
      continue;
    }
    const count = parseNorwegianNumber(countCell);
    const denominator = parseNorwegianNumber(denominatorCell);
    if (count === undefined || denominator === undefined) {
      if (count === undefined) problems.push(notANumber(row, countCell));
      if (denominator === undefined) problems.push(notANumber(row, denominatorCell));
      continue;
    }
    // Counts of days, falls, patients: a share or a decimal here is a rate in the wrong chart.
    const fraction = [countCell, denominatorCell].find((cell) => cell.includes('%') || !Number.isInteger(parseNorwegianNumber(cell)));
    if (fraction) {
      problems.push({
        line,
        message: `Linje ${line}: antall og nevner må være hele tall, ikke «${fraction}». Har du prosent eller andeler, velg I-diagram.`,
      });
      continue;
    }
    if (count < 0) problems.push({ line, message: `Linje ${line}: antallet kan ikke være negativt.` });
    else if (denominator <= 0) problems.push({ line, message: `Linje ${line}: nevneren må være større enn null.` });
    else if (count > denominator)
      problems.push({
        line,
        message: `Linje ${line}: antallet (${countCell}) kan ikke være større enn nevneren (${denominatorCell}).`,
      });
    else points.push({ line, label: row.label, count, denominator });
  }
  if (points.length === 0 && problems.length === 0) problems.push(...onlyPeriods(skipped));
  return { points, problems: [...layout, ...sayOnce(problems)].sort((a, b) => a.line - b.line), header, notes: skippedNotes(empty, skipped) };
}
