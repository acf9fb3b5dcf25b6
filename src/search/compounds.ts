// Norwegian writes compounds as one word (sykefravær, foreldremedvirkning,
// omsorgstjenesten). Pagefind stems words but does not split them, so a search
// for «fravær» would miss «sykefravær». We split each long word into a head
// and a tail that both occur as words of their own somewhere on the site, and
// index the parts too.

/** Endings that inflect a tail (fraværet, tjenesten) or join two parts (omsorgs-tjeneste). */
const inflections = ['ene', 'ane', 'en', 'et', 'er', 'ar', 'a', 'e'];
const linkingLetters = ['s', 'e'];
const minPart = 4;

/** Words that occur on their own, long enough to count as compound parts. */
export function vocabularyOf(wordLists: Iterable<readonly string[]>): Set<string> {
  const vocabulary = new Set<string>();
  for (const list of wordLists) for (const word of list) if (word.length >= minPart && !word.includes('-')) vocabulary.add(word);
  return vocabulary;
}

/** The word itself, or a form of it with an inflection or linking letter removed, if that is known. */
function known(part: string, vocabulary: ReadonlySet<string>): string | undefined {
  if (part.length < minPart) return undefined;
  if (vocabulary.has(part)) return part;
  for (const ending of [...inflections, ...linkingLetters]) {
    const stem = part.slice(0, -ending.length);
    if (part.endsWith(ending) && stem.length >= minPart && vocabulary.has(stem)) return stem;
  }
  return undefined;
}

/**
 * The known parts of a compound, longest tail first; empty for a word that is
 * not a compound of known words. Splits recursively, so
 * sykefraværsarbeid gives fraværsarbeid, arbeid, syke and fravær.
 */
export function compoundParts(word: string, vocabulary: ReadonlySet<string>): string[] {
  // The same words come back on page after page (and in the recursion), so
  // each is split once per vocabulary.
  const cache = splitCache.get(vocabulary) ?? new Map<string, string[]>();
  splitCache.set(vocabulary, cache);
  const cached = cache.get(word);
  if (cached) return cached;
  const parts = splitCompound(word, vocabulary);
  cache.set(word, parts);
  return parts;
}

const splitCache = new WeakMap<ReadonlySet<string>, Map<string, string[]>>();

function splitCompound(word: string, vocabulary: ReadonlySet<string>): string[] {
  const parts = new Set<string>();
  for (let split = minPart - 1; split <= word.length - minPart; split++) {
    const head = word.slice(0, split);
    const tail = word.slice(split);
    const knownHead = known(head, vocabulary);
    const knownTail = known(tail, vocabulary);
    if (!knownTail) {
      // A known head before a word-sized tail is still a part: omsorgs|tjenesten.
      if (knownHead && tail.length > minPart) parts.add(knownHead);
      continue;
    }
    // The head may itself be a compound (sykefraværs-arbeid), known or not.
    const headParts = compoundParts(knownHead ?? head, vocabulary);
    // A tail only counts if what comes before it is a word or a compound too.
    if (!knownHead && headParts.length === 0) continue;
    parts.add(tail);
    if (knownTail !== tail) parts.add(knownTail);
    if (knownHead) parts.add(knownHead);
    for (const p of headParts) parts.add(p);
    for (const p of compoundParts(tail, vocabulary)) parts.add(p);
  }
  parts.delete(word);
  return [...parts];
}
