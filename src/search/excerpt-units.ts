// A result's excerpt keeps a number with its unit and the word before it on one line, as the page itself does
// (src/hyphenation/number-units.ts): Pagefind rebuilds the text with ordinary spaces, and «11 / prosent» and «s. /
// 39» parted across lines at 320 px (fresh eyes).
import { keepUnitsWithNumbers } from '../hyphenation/number-units.ts';

/** Pagefind's markup of an excerpt: its text, and a tag (<mark>, </mark>) of none. */
const parts = /<[^>]*>|[^<]+/g;

/**
 * The excerpt (Pagefind's escaped text with <mark> around the hits) with the spaces keepUnitsWithNumbers binds made
 * no-break spaces, across a mark too («<mark>11</mark> prosent»). It swaps one character for one, so the text read
 * without the tags lines up with the excerpt's.
 */
export function withUnitsKept(excerpt: string): string {
  const bound = keepUnitsWithNumbers(excerpt.replace(/<[^>]*>/g, ''));
  let at = 0;
  return excerpt.replace(parts, (part) => (part.startsWith('<') ? part : bound.slice(at, (at += part.length))));
}
