// The site's word nearest to a query word that matches nothing («sykefravr» → «sykefravær», «Vensla» →
// «Vennesla»), by edit distance (spelling.ts does the rest of reading a word). Apart from spelling.ts so the
// search page loads it only for such a word, never for a first search of a common one (tests/budgets.spec.ts).
import { fold, foldedEntries, type WordCounts } from './spelling.ts';

/**
 * Edit distance counting a swap of two neighbouring letters as one edit
 * (optimal string alignment: «sykefarvær» is one from «sykefravær»), giving up
 * (returning max + 1) once it exceeds max.
 */
export function editDistance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  let beforePrevious: number[] = [];
  let previous = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    let best = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let value = Math.min((previous[j] ?? 0) + 1, (current[j - 1] ?? 0) + 1, (previous[j - 1] ?? 0) + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) value = Math.min(value, (beforePrevious[j - 2] ?? 0) + 1);
      current.push(value);
      best = Math.min(best, value);
    }
    if (best > max) return max + 1;
    beforePrevious = previous;
    previous = current;
  }
  return previous[b.length] ?? max + 1;
}

/**
 * How many edits a word of this length may be from the site's word: Elasticsearch's
 * «AUTO» fuzziness (none up to 2 letters, one for 3–5, two from 6), except that
 * 3-letter words are left alone: too many short words are one edit apart.
 */
export function allowedEdits(length: number): number {
  return length >= 6 ? 2 : length >= 4 ? 1 : 0;
}

/** The keyboard's letter rows, for which keys are neighbours (æ, ø and å are folded away: spelling.ts). */
const rows = ['qwertyuiop', 'asdfghjkl', 'zxcvbnm'];
const keyAt = new Map(rows.flatMap((row, r) => [...row].map((key, i) => [key, [r, i]] as const)));
/** Whether two letters are the same or neighbouring keys: a finger that slipped. */
function besideOnKeyboard(a: string | undefined, b: string | undefined): boolean {
  if (a === undefined || b === undefined) return false;
  if (a === b) return true;
  const [ra, ia] = keyAt.get(a) ?? [];
  const [rb, ib] = keyAt.get(b) ?? [];
  if (ra === undefined || rb === undefined || ia === undefined || ib === undefined) return false;
  // A row lies half a key to the right of the one above it.
  return (ra === rb && Math.abs(ia - ib) === 1) || (rb === ra + 1 && (ib === ia || ib === ia - 1)) || (ra === rb + 1 && (ia === ib || ia === ib - 1));
}

/**
 * Whether `typed` is one slip from `known` (both folded, one edit apart): a letter left out, two swapped, one
 * doubled, a neighbouring key pressed instead or as well, or one vowel for another. In a short word one edit is much of the word, and
 * any other edit is more likely another word than a typo: the English «leave» was read as the site's «lave».
 */
export function isSlip(typed: string, known: string): boolean {
  // A letter left out of the known word.
  if (typed.length < known.length) return true;
  let at = 0;
  while (at < typed.length && typed[at] === known[at]) at++;
  if (typed.length === known.length) {
    // Two letters swapped, one key for its neighbour, or one vowel for another: a word spelt as it sounds, or its
    // nynorsk form («born» for «barn»: the search then read it as «bjørn»).
    return typed[at + 1] === known[at] || besideOnKeyboard(typed[at], known[at]) || (vowel.test(typed[at] ?? '') && vowel.test(known[at] ?? ''));
  }
  // A letter too many: pressed twice, or with a key beside it.
  const extra = typed[at];
  return besideOnKeyboard(extra, typed[at - 1]) || besideOnKeyboard(extra, typed[at + 1]);
}

const vowel = /^[aeiouy]$/;

/** A word shorter than this is corrected only for a slip (isSlip). */
const shortWord = 6;

/**
 * The site's word the query word most likely means, or undefined. First the
 * same letters with æ, ø, å restored (most used wins), then as many edits
 * away as `allowedEdits` lets, or `max` (a swap of two letters is one) on the
 * folded letters, the nearest word winning and, of those, the most used; a short word only for a slip (isSlip).
 */
export function correction(word: string, words: WordCounts, max = allowedEdits(fold(word).length)): string | undefined {
  const folded = fold(word);
  let best: { word: string; distance: number; count: number } | undefined;
  for (const [known, count, foldedKnown] of foldedEntries(words)) {
    const distance = editDistance(folded, foldedKnown, max);
    if (distance > max || (distance === 1 && folded.length < shortWord && !isSlip(folded, foldedKnown))) continue;
    if (!best || distance < best.distance || (distance === best.distance && count > best.count)) best = { word: known, distance, count };
  }
  return best?.word;
}

/**
 * The site's word that is the word with two neighbouring letters swapped back («mandla» → «mandal»), compared folded,
 * the most used of several; undefined if none. For a word Pagefind matched by its start only (word-match.ts:
 * startOnly), which is read as another word only for this slip: a letter changed was too often another place
 * («Larvik» is one vowel from the site's «Lervik»).
 */
export function unswapped(word: string, words: WordCounts): string | undefined {
  const folded = fold(word);
  const swaps = new Set([...folded].slice(1).map((_, i) => `${folded.slice(0, i)}${folded[i + 1]}${folded[i]}${folded.slice(i + 2)}`));
  swaps.delete(folded);
  let best: { word: string; count: number } | undefined;
  for (const [known, count, foldedKnown] of foldedEntries(words)) if (swaps.has(foldedKnown) && (!best || count > best.count)) best = { word: known, count };
  return best?.word;
}
