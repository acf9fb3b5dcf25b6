// Endings a word's lookup in the site's word lists may swap (heimetenesta → heimetenesten); Pagefind's stemmer does
// the rest. Used by the search page's reading of a query (scripts/search.ts, unknown-word.ts).

export const endings = ['ane', 'ene', 'en', 'et', 'ar', 'er', 'a', 'i', 'e', ''];

/** The form `forms` gives the word, or the same word with another ending. */
export function inflected(word: string, forms: Partial<Record<string, string>>): string | undefined {
  if (forms[word]) return forms[word];
  for (const ending of endings.filter((e) => e && word.endsWith(e))) {
    const stem = word.slice(0, -ending.length);
    for (const other of endings) if (stem.length >= 3 && forms[stem + other]) return forms[stem + other];
  }
  return undefined;
}

/** A noun's endings Pagefind's stemmer takes off («helsefaget» → «helsefag»). */
const nounEndings = ['et', 'en', 'er', 'ene', 'a', 'ar', 'ane'];

/**
 * The site's form of a word typed bare that the site has only with an ending (`words`: the site's words, by first
 * letter), which Pagefind's stemmer reads as the same word: «helsefag» → «helsefaget». Undefined when it has none.
 */
export function withEnding(word: string, words: Readonly<Record<string, unknown>>): string | undefined {
  return nounEndings.map((ending) => word + ending).find((form) => form in words);
}
