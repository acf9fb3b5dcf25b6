// Query words that match nothing on the site are read as the site's own word
// they most likely mean: typed without æ, ø and å («notteroy», «haegebostad»,
// «bomlo»), or with a small typo («sykefravr»). Used by the search page with a
// word list the build writes (see vocabulary.ts); shared with the build so both
// fold letters the same way. The nearest word by edit distance is in nearest-word.ts.

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


/** A word list: each word of the site with how many pages use it (place names count extra). */
export type WordCounts = Record<string, number>;

/** Whether the site has the word, or a longer word it starts (Pagefind matches word beginnings). */
export function isKnown(word: string, words: WordCounts): boolean {
  const lower = word.toLowerCase();
  if (lower in words) return true;
  return lower.length >= 3 && Object.keys(words).some((known) => known.startsWith(lower));
}


/**
 * The site's word that is the word with æ, ø or å put back (the same letters
 * once folded: «aas» → «ås», «baerum» → «bærum», «ost» → «øst»), the most used
 * if several; undefined if the site has none, or only the word itself.
 */
export function withLettersRestored(word: string, words: WordCounts): string | undefined {
  // Letters typed are not taken away: «vår», on the site, is not the more used «var».
  if (/[æøå]/i.test(word) && word.toLowerCase() in words) return undefined;
  // Nor is a word the site uses as typed read as another that folds alike: «mal» (a template, on the
  // /kommunikasjon/ pages) is not the more used «mål». Keyboard spellings (aa, ae, oe) are weighed by how much
  // each is used (search.ts: keyboardSpelt), as «aas» is rarely meant as typed.
  if (!hasKeyboardSpelling(word) && usedAsTyped(word, words, (known) => known === word.toLowerCase())) return undefined;
  const best = byFoldedLetters(words).get(fold(word));
  return best && best.word !== word.toLowerCase() ? best.word : undefined;
}

/**
 * Whether the site uses the word as typed (`which`: the word itself, or words it begins) on two pages or more: one
 * page may quote a misspelling, as the accessibility statement quotes «hagebostad» for «Hægebostad».
 */
export function usedAsTyped(word: string, words: WordCounts, which: (known: string) => boolean): boolean {
  return Object.entries(words).reduce((pages, [known, count]) => (which(known) ? pages + count : pages), 0) >= 2;
}

/** Each word list's words with their counts and folded letters: made once per list (a compound's parts are corrected one by one, nearest-word.ts). */
const foldedLists = new WeakMap<WordCounts, [string, number, string][]>();
export function foldedEntries(words: WordCounts): [string, number, string][] {
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
