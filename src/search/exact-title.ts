// A query that is a page's whole title puts that page first. Pagefind matches
// every word as a prefix too, and a short name scores little above the longer
// names it begins: «Ås» ranked Åsnes first, «Re» Rendalen, and «as» (no å)
// left Ås fifth, behind Askim and Askøy. Compared as fold() compares words,
// so «as», «aas» and «Ås» all name Ås.
import { withoutSegmentJoiners } from './segment-joiner.ts';
import { fold } from './spelling.ts';

/** A title or query as compared: folded letters, the index's segment joiners, soft hyphens and punctuation gone, single spaces. */
function comparable(text: string): string {
  return fold(withoutSegmentJoiners(text).replace(/[\u00AD\u200B]/g, ''))
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/**
 * `results` with the first whose title (`titles[i]`, for as many results as
 * there are titles) is the query moved to the front; the others keep their
 * order. Unchanged when no title is the query.
 */
export function exactTitleFirst<R>(results: readonly R[], titles: readonly (string | undefined)[], query: string): R[] {
  // «Ås kommune» names the page «Ås».
  const wanted = new Set([comparable(query), comparable(query).replace(/ kommunes?$/, '')].filter(Boolean));
  const at = wanted.size > 0 ? titles.findIndex((title) => title !== undefined && wanted.has(comparable(title))) : -1;
  const found = results[at];
  if (at <= 0 || found === undefined) return [...results];
  return [found, ...results.slice(0, at), ...results.slice(at + 1)];
}
