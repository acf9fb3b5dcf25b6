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
