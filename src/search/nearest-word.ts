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

/**
 * The site's word the query word most likely means, or undefined. First the
 * same letters with æ, ø, å restored (most used wins), then as many edits
 * away as `allowedEdits` lets, or `max` (a swap of two letters is one) on the
 * folded letters, the nearest word winning and, of those, the most used.
 */
export function correction(word: string, words: WordCounts, max = allowedEdits(fold(word).length)): string | undefined {
  const folded = fold(word);
  let best: { word: string; distance: number; count: number } | undefined;
  for (const [known, count, foldedKnown] of foldedEntries(words)) {
    const distance = editDistance(folded, foldedKnown, max);
    if (distance > max) continue;
    if (!best || distance < best.distance || (distance === best.distance && count > best.count)) best = { word: known, distance, count };
  }
  return best?.word;
}
