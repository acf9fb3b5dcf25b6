// The «Også i: …» line under a result on a page of several parts (/tall/'s tables): the page is one result, and
// «10,2» showed Vedlegg 6 only, not Tabell 4.6. Loaded by the search page only for such a result.
import type { Anchor, Part } from '../search/best-part.ts';
import { otherParts } from '../search/page-parts.ts';
import { withPageBreaks } from '../search/segment-joiner.ts';

/**
 * Appends to the result `item` a line with a link to each of the page's other parts (`parts`: Pagefind's sub-results)
 * that has all of `query`'s words (page-parts.ts `otherParts`), if any.
 */
export function alsoIn(item: HTMLElement, parts: Part[] | undefined, query: string, page: { url: string; content: string; anchors?: Anchor[] | undefined }): void {
  const others = otherParts(parts, query, page);
  if (!others.length) return;
  const also = document.createElement('p');
  also.className = 'also meta';
  also.append('Også i: ');
  others.forEach((other, i) => {
    const link = document.createElement('a');
    link.className = 'ds-link';
    link.href = other.url;
    link.textContent = withPageBreaks(other.title);
    also.append(...(i ? [', ', link] : [link]));
  });
  item.append(also);
}
