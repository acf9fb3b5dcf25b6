// A table in the newsletter's text part: its columns padded to line up, each aligned as on the page. html-to-text's
// own table («dataTable») aligns every cell left, and a column of numbers then read ragged («9,6 %» over «10,2 %»).
// The alignment is the cell's class: from the Markdown («| ---: |», rehype-table-align-classes.ts), or `number` for a
// column of numbers (rehype-table-regions.ts), which the page and the e-mail's HTML set right too.
import type { DomNode, FormatCallback } from 'html-to-text';
import type { TablePrinterCell } from 'html-to-text/lib/block-text-builder';
import { padCell, type ColumnAlign } from '../lib/plain-text.ts';

/** Spaces between two columns. */
const gap = 3;

function alignOf(cell: DomNode): ColumnAlign {
  const classes = String(cell.attribs?.['class'] ?? '').split(/\s+/);
  if (classes.includes('align-right') || classes.includes('number')) return 'right';
  if (classes.includes('align-center')) return 'center';
  return 'left';
}

/** Rows of cells as lines: each column as wide as its widest line, each cell padded as its column is aligned. */
function printed(rows: TablePrinterCell[][], aligns: ColumnAlign[][]): string {
  const lines = rows.map((row) => row.map((cell) => cell.text.split('\n')));
  const widths: number[] = [];
  for (const row of lines) row.forEach((cell, c) => (widths[c] = Math.max(widths[c] ?? 0, ...cell.map((line) => [...line].length))));
  return lines
    .flatMap((row, r) => {
      const height = Math.max(1, ...row.map((cell) => cell.length));
      return Array.from({ length: height }, (_, l) =>
        row
          .map((cell, c) => padCell(cell[l] ?? '', widths[c] ?? 0, aligns[r]?.[c]))
          .join(' '.repeat(gap))
          .trimEnd(),
      );
    })
    .join('\n');
}

/** html-to-text's formatter for a table of the text (Markdown tables have no spanning cells). */
export const alignedTable: FormatCallback = (elem, walk, builder, options) => {
  const aligns: ColumnAlign[][] = [];
  const cellsOf = (node: DomNode): DomNode[] => (node.children ?? []).filter((child) => child.type === 'tag');
  builder.openTable();
  const rows = cellsOf(elem).flatMap((part) => (part.name === 'tr' ? [part] : ['thead', 'tbody', 'tfoot'].includes(part.name ?? '') ? cellsOf(part).filter((row) => row.name === 'tr') : []));
  for (const row of rows) {
    builder.openTableRow();
    const cells = cellsOf(row).filter((cell) => cell.name === 'td' || cell.name === 'th');
    aligns.push(cells.map(alignOf));
    for (const cell of cells) {
      builder.openTableCell({ maxColumnWidth: options.maxColumnWidth });
      walk(cell.children ?? [], builder);
      builder.closeTableCell();
    }
    builder.closeTableRow();
  }
  builder.closeTable({ tableToString: (cells) => printed(cells, aligns), leadingLineBreaks: options.leadingLineBreaks, trailingLineBreaks: options.trailingLineBreaks });
};
