// A query that is a page's whole title puts that page first, and a phrase a
// title begins with or has puts those pages next. Pagefind matches
// every word as a prefix too, and a short name scores little above the longer
// names it begins: «Ås» ranked Åsnes first, «Re» Rendalen, and «as» (no å)
// left Ås fifth, behind Askim and Askøy. Compared as fold() compares words,
// so «as», «aas» and «Ås» all name Ås.
import { withoutSegmentJoiners } from './segment-joiner.ts';
import { fold } from './spelling.ts';
import { withDigits } from './number-words.ts';

/**
 * A title or query as compared: folded letters, number words in digits («Ti punkter» is «10 punkter»), the index's
 * segment joiners, soft hyphens and punctuation gone, single spaces.
 */
export function comparable(text: string): string {
  return withDigits(fold(withoutSegmentJoiners(text).replace(/[\u00AD\u200B]/g, '')))
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/** The titles a query names, compared: itself, and without «kommune» after it («Ås kommune» names the page «Ås»). */
export function namedBy(query: string): Set<string> {
  const phrase = comparable(query);
  return new Set([phrase, phrase.replace(/ kommunes?$/, '')].filter(Boolean));
}

/**
 * `results` with those whose title (`titles[i]`, for as many results as there
 * are titles; several for a page of parts, the best counts) is the query moved to the front, then those whose title begins
 * with a query of two words or more, then those whose title has it inside;
 * the rest keep their order, as does each group. For a phrase such as
 * «"ti punkter"», Pagefind ranked the page «Ti punkter for et redusert
 * sykefravær» sixth, behind pages where the words stood apart.
 */
export function exactTitleFirst<R>(results: readonly R[], titles: readonly (string | readonly string[] | undefined)[], query: string): R[] {
  const phrase = comparable(query);
  const wanted = namedBy(query);
  const severalWords = phrase.includes(' ');
  const rank = (title: string | undefined): number => {
    if (title === undefined) return 3;
    const compared = comparable(title);
    if (wanted.has(compared)) return 0;
    if (severalWords && compared.startsWith(`${phrase} `)) return 1;
    if (severalWords && ` ${compared} `.includes(` ${phrase} `)) return 2;
    return 3;
  };
  // A page of parts has their titles too (best-part.ts): «vedlegg 6» names a table of /tall/, not «Tall og tabeller».
  const rankOf = (title: string | readonly string[] | undefined) => (typeof title === 'object' ? Math.min(3, ...title.map(rank)) : rank(title));
  const ranked = results.map((result, at) => ({ result, at, rank: at < titles.length ? rankOf(titles[at]) : 3 }));
  return ranked.sort((a, b) => a.rank - b.rank || a.at - b.at).map(({ result }) => result);
}
