// CSV for Norwegian Excel, which opens a file by double-click only if it has
// semicolons between cells (comma is the decimal sign), decimal commas, and a
// byte order mark so that æøå survive. Lines end in CRLF.
//
// A table's file is the table first (its header row on line 1, so an import
// reads it as usual), then, after a blank line, what a reader of the page also
// sees: the table's name, its note and its source, and the page's address. As
// Statistics Norway's tables do, the notes stand below the figures, one per
// row, with what they are in the first cell.
import { csvNumber } from './number-format.ts';
import { citeDocument, citedDocuments, type SourceRef } from './sources.ts';

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

/** A lost figure's cell, in the words the page's table uses. */
export const lostCell = 'tapt i kilden';

/** What goes below a table's figures: its name, note and source, and the page it is on. */
export interface CsvAbout {
  title: string;
  /** What the figures are, where and when (a figure table's caption). */
  caption?: string | undefined;
  note?: string | undefined;
  sources: readonly SourceRef[];
  /** A new story's own source in words (schemas/new-item.ts), where it cites no programme document. */
  sourceText?: string | undefined;
  /** The page's full address (with the site's domain), where the table is shown. */
  page: string;
}

/**
 * A table of figures: a header row with the columns, then one row per label
 * (a lost figure says «tapt i kilden», as on the page); then a blank line and
 * the table's name, note, source and page.
 */
export function tableCsv(
  columns: readonly string[],
  rows: readonly { label: string; values: readonly (number | null)[] }[],
  corner: string,
  about: CsvAbout,
): string {
  return toCsv([
    [corner, ...columns],
    ...rows.map((r) => [r.label, ...r.values.map((v) => v ?? lostCell)]),
    [],
    ['Tabell', about.title],
    ...(about.caption ? [['Tabelltekst', about.caption]] : []),
    ...(about.note ? [['Merknad', about.note]] : []),
    ...(rows.some((r) => r.values.includes(null)) ? [[lostCell, 'Tekstuttrekket av kilden har mistet tallet; vi har ikke gjettet.']] : []),
    ['Kilde', [...citedDocuments(about.sources).map(citeDocument), ...(about.sourceText?.trim() ? [about.sourceText.trim()] : [])].join('; ')],
    ['Side', about.page],
  ]);
}
