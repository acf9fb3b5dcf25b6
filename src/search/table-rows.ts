// A figure table's rows in the search index (components/FigureTable.astro on /tall/). Each cell was indexed on its own,
// and a result's excerpt was bare numbers: «Nøtterøy. 8,7. 9,3. 9,2.», with neither period nor unit, and a journalist
// could not tell what 8,7 was (fresh eyes). In the index copy (index-site.ts) each row is one sentence saying what each
// figure is, «Nøtterøy: 8,7 % (4. kv. 2005 – 3. kv. 2006), 9,3 % (…)», so the page itself carries no extra markup.
import type { HTMLElement } from 'node-html-parser';
import { escapeMarkup } from '../lib/escape-markup.ts';

/** How a unit stands after a figure in the index copy: «8,7 %»; a count has none, its column says what it counts. */
const unitSymbols: Record<string, string> = { prosent: '%', antall: '' };

/**
 * The unit a table's caption ends with, as lib/with-unit.ts puts it there: «… perioder. Prosent.», «… (prosent)» or
 * «…, prosent (KS’ PAI-statistikk)». Undefined for a caption without one.
 */
export function captionUnit(caption: string): string | undefined {
  const text = caption.replace(/\s+/g, ' ').trim();
  const unit =
    /[.!?] (\p{Lu}[^.!?()]*)\.$/u.exec(text)?.[1] ?? /, ([^,()]+) \([^()]*\)$/u.exec(text)?.[1] ?? /\(([^()]+)\)$/u.exec(text)?.[1];
  return unit?.toLocaleLowerCase('nb');
}

/** «Deltakere» as a word inside a sentence, «deltakere»; «SPC» as it is. */
const inSentence = (heading: string) => (/^\p{Lu}\p{Ll}/u.test(heading) ? heading.charAt(0).toLocaleLowerCase('nb') + heading.slice(1) : heading);

/** A cell's text on one line. */
const textOf = (cell: HTMLElement) => cell.textContent.replace(/\s+/g, ' ').trim();

/**
 * «Nøtterøy: 8,7 % (4. kv. 2005 – 3. kv. 2006), tapt i kilden (…)»: the row's label, then each cell with its unit
 * (none for a lost figure) and its column's heading.
 */
export function rowSentence(label: string, cells: readonly { text: string; lost: boolean }[], columns: readonly string[], unit: string | undefined): string {
  const symbol = unit === undefined ? '' : (unitSymbols[unit] ?? unit);
  const figures = cells.map(({ text, lost }, i) => {
    // A heading's own brackets become a comma: «(4. kv. 2006 – 3. kv. 2007, rekonstruert)».
    const column = columns[i] ? ` (${inSentence(columns[i]).replace(/\s*\(([^()]*)\)$/u, ', $1')})` : '';
    return `${text}${symbol && !lost ? ` ${symbol}` : ''}${column}`;
  });
  return `${label}: ${figures.join(', ')}`;
}

/**
 * Makes each row of the body's figure tables one cell saying what its figures are (rowSentence), and takes the
 * tables' column headings out, which every row now names, and their charts' panel titles, which repeat the rows'
 * labels without a figure: a result for «Nøtterøy» showed «Ringerike. Nøtterøy. Mandal.», the small charts' names,
 * not the row. In place; other tables are left as they are.
 */
export function indexTableRows(body: HTMLElement): void {
  for (const section of body.querySelectorAll('.figure-table')) {
    const table = section.querySelector('table');
    const caption = section.querySelector('.caption');
    if (!table || !caption) continue;
    const unit = captionUnit(caption.textContent);
    const columns = table.querySelectorAll('thead th').map(textOf);
    for (const row of table.querySelectorAll('tbody tr')) {
      const label = row.querySelector('th');
      if (!label) continue;
      const cells = row.querySelectorAll('td').map((cell) => ({ text: textOf(cell), lost: cell.classList.contains('lost') }));
      row.set_content(`<td>${escapeMarkup(rowSentence(textOf(label), cells, columns, unit))}</td>`);
    }
    table.querySelector('thead')?.remove();
    for (const title of section.querySelectorAll('.panel-title')) title.remove();
  }
}

/**
 * Where a row sentence (rowSentence) begins: after a sentence's end or the text's start, a label with no point or
 * colon in it, «: » and a figure, or a figure lost in the source («tapt i kilden»).
 */
const rowStart = /(?:^|(?<=[.!?] ))(\p{Lu}[^.:]*?): (?=[\d−-]|tapt\b)/gu;

/**
 * The row sentence (rowSentence) of a text that holds `at` (a place in the text): its label, and where its figures
 * begin and the row ends; undefined where `at` is in none. A result's excerpt for a figure in a long row began inside
 * it, without the row's label: «2008, startkvartal fra tabell 4.6), 9,2 % (…), 10,2 % (…)», Vaksdal's (fresh eyes).
 */
export function rowAt(text: string, at: number): { label: string; figures: number; end: number } | undefined {
  const starts = [...text.matchAll(rowStart)];
  const row = starts.filter((start) => start.index <= at).at(-1);
  if (!row?.[1]) return undefined;
  const figures = row.index + row[0].length;
  const next = starts.find((start) => start.index > row.index)?.index ?? text.length;
  // A row ends with its last figure's bracket and a point, before a sentence that starts with a capital letter.
  const close = /\)\.(?= \p{Lu}|$)/u.exec(text.slice(figures));
  const end = Math.min(next, close ? figures + close.index + 2 : text.length);
  return at < end ? { label: row[1], figures, end } : undefined;
}
