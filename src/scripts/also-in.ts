// The «Også i: …» line under a result on a page of several parts (/tall/'s tables): the page is one result, and
// «10,2» showed Vedlegg 6 only, not Tabell 4.6. For a table number no table has («tabell 4»), the line says so and
// lists the tables numbered under it. Loaded by the search page only for such a result.
import type { Anchor, Part } from '../search/best-part.ts';
import { otherParts, tablesUnder } from '../search/page-parts.ts';
import { withPageBreaks } from '../search/segment-joiner.ts';

/**
 * Appends to the result `item` a line with a link to each of the page's other parts (`parts`: Pagefind's sub-results)
 * that has all of `query`'s words (page-parts.ts `otherParts`), if any; or, for a table number no table has, the tables
 * numbered under it (`tablesUnder`).
 */
export function alsoIn(item: HTMLElement, parts: Part[] | undefined, query: string, page: { url: string; content: string; anchors?: Anchor[] | undefined }): void {
  // A table number no table has («tabell 4»): said so, and the tables numbered under it offered, each (page-parts.ts).
  const under = tablesUnder(query, page);
  const others = under?.tables ?? otherParts(parts, query, page);
  if (!others.length) return;
  const also = document.createElement('p');
  also.className = 'also meta';
  also.append(under?.said ?? 'Også i: ');
  others.forEach((other, i) => {
    const link = document.createElement('a');
    link.className = 'ds-link';
    link.href = other.url;
    link.textContent = withPageBreaks(other.title);
    also.append(...(i ? [', ', link] : [link]));
  });
  item.append(also);
}
