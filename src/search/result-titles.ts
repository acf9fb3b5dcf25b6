// A search result is named by its page's heading (Pagefind's title). Two
// pages with the same heading could not be told apart in the results: the
// ten points (/sykefravaer/) and their særtrykk (/sykefravaer/saertrykk/) were
// both «Ti punkter for et redusert sykefravær». Such a page is named by its
// own document title instead («Særtrykk: Ti punkter for et redusert sykefravær»).
// A result that links to one table of /tall/ is named by that table (tableTitle), not «Tall og tabeller».
import type { HTMLElement } from 'node-html-parser';
import { escapeMarkup } from '../lib/escape-markup.ts';

/** The document title without the site's name after its last dash («Særtrykk: Ti punkter … – Kompetansebanken»). */
export function withoutSiteName(documentTitle: string): string {
  return documentTitle.replace(/\s+–\s+[^–]*$/, '').trim();
}

/**
 * Per page, the title its result should show where its heading is another
 * page's heading too and its document title says more; undefined where the
 * heading serves (the page with the plain title keeps it).
 */
export function distinctTitles(pages: readonly { heading?: string | undefined; title?: string | undefined }[]): (string | undefined)[] {
  const uses = new Map<string, number>();
  for (const { heading } of pages) if (heading) uses.set(heading, (uses.get(heading) ?? 0) + 1);
  return pages.map(({ heading, title }) => (heading && title && title !== heading && (uses.get(heading) ?? 0) > 1 ? title : undefined));
}

/** The content type of the page of figure tables (/tall/; schemas/collections.ts: its `searchType`), a filter value. */
export const tablesType = 'Tall og tabeller';

/** The words a table's number follows in its title (tableTitle). */
export const tableWords = 'Tabell|Vedlegg|Figur';

/**
 * Whether a query names a table by its number («vedlegg 6», «Tabell 4.6»): the page of tables is then looked for
 * among all the results, not the first ten (scripts/search.ts): «vedlegg 6» had the table at hit 115 of 125.
 */
export function namesTable(query: string): boolean {
  return new RegExp(`(?:^|[^\\p{L}])(?:${tableWords})\\s+\\d`, 'iu').test(query);
}

/**
 * A figure table's title for a result that links to it: its heading after the number the caption gives it in the
 * source («Tabell 4.6: Utviklingen i sykefraværet», from «Tabell 4.6 i sluttrapporten: …»), a journalist's way to
 * cite it; the heading alone where the caption gives none.
 */
export function tableTitle(heading: string, caption: string): string {
  const number = new RegExp(`^(?:${tableWords}) \\d+(?:\\.\\d+)*(?![\\d.]*\\d)`, 'u').exec(caption.trim())?.[0];
  return number ? `${number}: ${heading}` : heading;
}

/**
 * Gives each figure table's heading in the index copy its table's title (tableTitle): Pagefind names a part of the
 * page by its heading, and the search page names a result that links to the part so (scripts/search.ts; fresh eyes:
 * each was «Tall og tabeller»). In place.
 */
export function indexTableTitles(body: HTMLElement): void {
  for (const section of body.querySelectorAll('.figure-table')) {
    const heading = section.querySelector('h2');
    const caption = section.querySelector('.caption');
    if (heading && caption) heading.set_content(escapeMarkup(tableTitle(heading.textContent.replace(/\s+/g, ' ').trim(), caption.textContent.replace(/\s+/g, ' '))));
  }
}
