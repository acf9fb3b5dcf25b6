// Numbers as Norwegians write them: decimal comma, space (or none) between
// thousands. Reading accepts a decimal point too, since data pasted from other
// programs often has one.

/**
 * Reads «8,2», «8.2», «1 234,5», «1.234,5», «-0,5» or «+0,5» (a trailing «%» is
 * allowed and ignored; a plus sign, as a column of changes has it, too). Returns undefined for anything that is not a number.
 * A single point is read as a decimal point: «1.234» is 1,234, not 1234.
 */
export function parseNorwegianNumber(text: string): number | undefined {
  let s = text
    .trim()
    .replace(/%$/, '')
    .replace(/[\s\u00a0\u202f]/g, '')
    .replace(/^[\u2212\u2013]/, '-')
    .replace(/^\+(?=[\d.,])/, '');
  if (s === '') return undefined;
  const commas = s.split(',').length - 1;
  const points = s.split('.').length - 1;
  if (commas > 1) return undefined;
  // Points are thousands separators when there is also a comma, or more than one point.
  if (commas === 1 || points > 1) {
    if (points > 0 && !/^-?\d{1,3}(\.\d{3})+(,\d*)?$/.test(s)) return undefined;
    s = s.replace(/\./g, '').replace(',', '.');
  }
  if (!/^-?(\d+(\.\d*)?|\.\d+)$/.test(s)) return undefined;
  return Number(s);
}

/**
 * How a number is written with a decimal comma, at most `decimals` decimals and at least `atLeast`. Self-contained:
 * the CMS's preview of a figure table runs it from its source (start-script.ts).
 */
export function numberFormatter(decimals: number, atLeast: number): (value: number) => string {
  const format = new Intl.NumberFormat('nb-NO', { minimumFractionDigits: Math.min(atLeast, decimals), maximumFractionDigits: decimals });
  // Intl writes minus as U+2212; a plain hyphen reads the same and survives copying.
  return (value) => format.format(value).replace('\u2212', '-');
}

const formatters = new Map<string, (value: number) => string>();

/** A number for display, with a decimal comma and at most `decimals` decimals, at least `atLeast` («11,0» in a column of «10,8»). */
export function formatNumber(value: number, decimals = 2, atLeast = 0): string {
  const key = `${atLeast}-${decimals}`;
  let format = formatters.get(key);
  if (!format) {
    format = numberFormatter(decimals, atLeast);
    formatters.set(key, format);
  }
  return format(value);
}

/**
 * How many decimals the most precise of `values` has, at most `decimals`: a column's numbers are shown alike.
 * Self-contained: the CMS's preview of a figure table runs it from its source (start-script.ts).
 */
export function sharedDecimals(values: readonly (number | null)[], decimals = 2): number {
  return Math.min(decimals, Math.max(0, ...values.map((value) => (value === null ? 0 : (/\.(\d+)$/.exec(String(value))?.[1]?.length ?? 0)))));
}

/** A number as a table's column shows it (`column` counts from 0). */
export type ColumnFormat = (value: number, column: number) => string;

/**
 * How a table writes its numbers, column by column: each column with its most precise number's decimals («11,0»
 * among «10,8»). One formatting for the table and everything said about it: a chart's description and summary, its bars' labels.
 */
export function tableNumberFormat(rows: readonly { values: readonly (number | null)[] }[], decimals = 2): ColumnFormat {
  const columns = Math.max(0, ...rows.map((row) => row.values.length));
  const shared = Array.from({ length: columns }, (_, i) => sharedDecimals(rows.map((row) => row.values[i] ?? null), decimals));
  return (value, column) => formatNumber(value, decimals, shared[column] ?? 0);
}

/** A number for a CSV file opened in Norwegian Excel: decimal comma, no grouping. */
export function csvNumber(value: number, decimals = 4): string {
  return String(Number(value.toFixed(decimals))).replace('.', ',');
}
