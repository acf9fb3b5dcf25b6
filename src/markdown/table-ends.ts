// Where a table typed in the CMS ends. Enter at the end of a table's row starts the next row (cms/body-breaks.ts),
// so a table is typed row by row; a line of text typed right after the last row would be one more row to Markdown
// (a GFM table takes every following line until an empty one), shown as a row on the page and in the e-mail. The
// CMS saves such a line as a paragraph of its own (cms/browser/saved-text.js): an empty line before it.

/**
 * `body` with an empty line put before each line of text that directly follows a table's row and has no «|» of its
 * own (no row, then, but the text after the table); fenced code, as `codeLines` (fenced-code.ts) finds it, as it is.
 * A table is a run of lines starting with «|» whose second line is its delimiter row («| --- | --- |»).
 * Self-contained, as the CMS page runs its source, with the page's fencedCodeLines.
 */
export function tablesEnded(body: string, codeLines: (lines: readonly string[]) => boolean[]): string {
  const lines = body.split('\n');
  const code = codeLines(lines);
  const row = /^ {0,3}\|/;
  const delimiterRow = /^ {0,3}\|?[ \t]*:?-+:?[ \t]*(?:\|[ \t]*:?-+:?[ \t]*)*\|?[ \t]*$/;
  const out: string[] = [];
  let inTable = false;
  lines.forEach((line, i) => {
    const isRow = !code[i] && row.test(line);
    if (isRow && !inTable) inTable = delimiterRow.test(lines[i + 1] ?? '');
    if (!isRow && inTable && !code[i] && line.trim() !== '' && !line.includes('|')) out.push('');
    if (!isRow) inTable = false;
    out.push(line);
  });
  return out.join('\n');
}
