// The CMS's search of all collections (Decap's backend.search: the npm package `fuzzy` over each entry's title and
// summary fields) matches letter for letter: «Hagebostad» did not find «Hægebostad», «tromso» not «Tromsø»,
// «Karasjohka» not «Kárášjohka», which the site's search finds (search/spelling.ts folds them). Decap has no hook
// for its matching; the CMS page spells each word of a search as the entries' titles spell it before Decap searches
// (browser/search.js). Self-contained: the CMS page runs its source (start-script.ts).

/**
 * `query` with each word spelled as the titles spell it: the title's word it folds to (`fold`, search/spelling.ts),
 * else the start of a title's word it folds to; a word no title has is left as typed.
 */
export function respelledQuery(query: string, titles: readonly string[], fold: (word: string) => string): string {
  const wordPattern = /[\p{L}\p{N}]+/gu;
  const spellings = new Map<string, string>();
  for (const title of titles) for (const word of title.match(wordPattern) ?? []) if (!spellings.has(fold(word))) spellings.set(fold(word), word);
  return query.replace(wordPattern, (word) => {
    const folded = fold(word);
    const spelled = spellings.get(folded);
    // Decap's search ignores case: a word spelled as a title spells it stays as typed.
    if (spelled !== undefined || folded === '') return spelled === undefined || spelled.toLowerCase() === word.toLowerCase() ? word : spelled;
    for (const [key, title] of spellings) {
      if (!key.startsWith(folded)) continue;
      for (let end = 1; end <= title.length; end++) if (fold(title.slice(0, end)) === folded) return title.slice(0, end);
    }
    return word;
  });
}

/**
 * Whether an entry whose searched fields say `texts` is a hit for `query`: each word of the query, folded (`fold`),
 * stands in the texts' words folded, at a word's start or inside one. Decap's search matches the letters in order
 * anywhere («tromso» found a long title holding t, r, o, m, s and o apart); the CMS page keeps only such hits.
 */
export function searchHit(query: string, texts: readonly string[], fold: (word: string) => string): boolean {
  const wordPattern = /[\p{L}\p{N}]+/gu;
  const words = (query.match(wordPattern) ?? []).map(fold).filter(Boolean);
  const folded = texts.map((text) => (text.match(wordPattern) ?? []).map(fold).join(' ')).join(' ');
  return words.every((word) => folded.includes(word));
}

/**
 * Which of `candidates` are hits for `query` in a pick-list of entries (a newsletter's stories: Decap's relation
 * widget), by index: each candidate the texts of the fields its list searches, its title first; a hit as `searchHit`
 * decides, those whose title has every word first, each in the order given. Decap's own matching, letter by letter
 * and in order anywhere, found «Nærværsarbeid …» for «naervaer» only as its 11th option, after long ingresses that
 * hold the letters apart, and nothing for «Kárášjohka» typed «karasjohka». Self-contained but for searchHit, sent with
 * it (start-script.ts).
 */
export function pickListHits(query: string, candidates: readonly (readonly string[])[], fold: (word: string) => string): number[] {
  const hits = candidates.flatMap((texts, index) => (searchHit(query, texts, fold) ? [index] : []));
  const byTitle = hits.filter((index) => searchHit(query, candidates[index]!.slice(0, 1), fold));
  return [...byTitle, ...hits.filter((index) => !byTitle.includes(index))];
}
