// Query words that match nothing on the site are read as the site's own word
// they most likely mean: typed without æ, ø and å («notteroy», «haegebostad»,
// «bomlo»), or with a small typo («sykefravr»). Used by the search page with a
// word list the build writes (see vocabulary.ts); shared with the build so both
// fold letters the same way.

/** The word with æ, ø, å and their keyboard spellings (ae, oe, aa) folded to plain letters. */
export function fold(word: string): string {
  return word
    .toLowerCase()
    .replace(/æ/g, 'ae')
    .replace(/ø/g, 'o')
    .replace(/å/g, 'a')
    .replace(/aa/g, 'a')
    .replace(/oe/g, 'o')
    .replace(/ae/g, 'a')
    .normalize('NFD')
    .replace(/\p{M}/gu, '');
}

/** The file of the word list a word is looked up in: its folded first letter. */
export function chunkOf(word: string): string | undefined {
  const first = fold(word)[0];
  return first && /[a-z]/.test(first) ? first : undefined;
}

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

/** A word list: each word of the site with how many pages use it (place names count extra). */
export type WordCounts = Record<string, number>;

/** Whether the site has the word, or a longer word it starts (Pagefind matches word beginnings). */
export function isKnown(word: string, words: WordCounts): boolean {
  const lower = word.toLowerCase();
  if (lower in words) return true;
  return lower.length >= 3 && Object.keys(words).some((known) => known.startsWith(lower));
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

/**
 * The site's word that is the word with æ, ø or å put back (the same letters
 * once folded: «aas» → «ås», «baerum» → «bærum», «ost» → «øst»), the most used
 * if several; undefined if the site has none, or only the word itself.
 */
export function withLettersRestored(word: string, words: WordCounts): string | undefined {
  const best = byFoldedLetters(words).get(fold(word));
  return best && best.word !== word.toLowerCase() ? best.word : undefined;
}

/** Each word list's words with their counts and folded letters: made once per list (a compound's parts are corrected one by one). */
const foldedLists = new WeakMap<WordCounts, [string, number, string][]>();
function foldedEntries(words: WordCounts): [string, number, string][] {
  let entries = foldedLists.get(words);
  if (!entries) foldedLists.set(words, (entries = Object.entries(words).map(([known, count]) => [known, count, fold(known)])));
  return entries;
}

/** Each word list's words by their folded letters, the most used (the first of equals) for each: made once per list. */
const foldedIndexes = new WeakMap<WordCounts, Map<string, { word: string; count: number }>>();
function byFoldedLetters(words: WordCounts): Map<string, { word: string; count: number }> {
  let index = foldedIndexes.get(words);
  if (!index) {
    index = new Map();
    for (const [known, count, folded] of foldedEntries(words)) {
      const best = index.get(folded);
      if (!best || count > best.count) index.set(folded, { word: known, count });
    }
    foldedIndexes.set(words, index);
  }
  return index;
}

/** Whether the word has a keyboard spelling of æ, ø or å (ae, oe, aa). */
export function hasKeyboardSpelling(word: string): boolean {
  return /aa|ae|oe/i.test(word);
}
