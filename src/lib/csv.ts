// CSV for Norwegian Excel, which opens a file by double-click only if it has
// semicolons between cells (comma is the decimal sign), decimal commas, and a
// byte order mark so that æøå survive. Lines end in CRLF.
import { csvNumber } from './number-format.ts';

/** A number, text, or nothing (an empty cell, e.g. a figure lost in the source). */
export type CsvCell = number | string | null | undefined;

export function csvCell(v: CsvCell): string {
  if (v === undefined || v === null) return '';
  if (typeof v === 'number') return csvNumber(v);
  return /[";\r\n]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v;
}

/** The whole file: BOM, one line per row, CRLF after each. */
export function toCsv(lines: readonly (readonly CsvCell[])[]): string {
  return `\ufeff${lines.map((cells) => cells.map(csvCell).join(';')).join('\r\n')}\r\n`;
}

/** A table of figures: a header row with the columns, then one row per label. Lost values are empty cells. */
export function tableCsv(columns: readonly string[], rows: readonly { label: string; values: readonly (number | null)[] }[], corner = ''): string {
  return toCsv([[corner, ...columns], ...rows.map((r) => [r.label, ...r.values])]);
}
