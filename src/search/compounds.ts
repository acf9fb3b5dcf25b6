// Norwegian writes compounds as one word (sykefravær, foreldremedvirkning,
// omsorgstjenesten). Pagefind stems words but does not split them, so a search
// for «fravær» would miss «sykefravær». We split long words into segments
// that occur as words of their own somewhere on the site; the indexer then
// joins the segments with a hyphen, which Pagefind indexes as the parts and
// as the whole word.

/** Endings that inflect a segment (fraværet, tjenesten) or join two (omsorgs|tjeneste). */
const endings = ['ene', 'ane', 'en', 'et', 'er', 'ar', 'a', 'e', 's'];
const minSegment = 4;

/** Words that occur on their own, long enough to count as compound parts. */
export function vocabularyOf(wordLists: Iterable<readonly string[]>): Set<string> {
  const vocabulary = new Set<string>();
  for (const list of wordLists) for (const word of list) if (word.length >= minSegment && !word.includes('-')) vocabulary.add(word);
  return vocabulary;
}

/** Whether a segment is a known word, possibly with an inflection or linking letter. */
function isKnown(segment: string, vocabulary: ReadonlySet<string>): boolean {
  if (segment.length < minSegment) return false;
  if (vocabulary.has(segment)) return true;
  return endings.some((ending) => {
    const stem = segment.slice(0, -ending.length);
    return segment.endsWith(ending) && stem.length >= minSegment && vocabulary.has(stem);
  });
}

/**
 * The word split into known segments, left to right (sykefraværsarbeid →
 * syke, fraværs, arbeid), or undefined when it is not a compound of known
 * words. The last segment may be unknown if it is word-sized and everything
 * before it is known (omsorgs|tjenesten).
 */
export function compoundSegments(word: string, vocabulary: ReadonlySet<string>): string[] | undefined {
  const segments = segmentsOf(word.toLowerCase(), vocabulary);
  if (!segments) return undefined;
  // Keep the word's own letters (capitals included); lowercase was only for lookup.
  let at = 0;
  return segments.map((segment) => word.slice(at, (at += segment.length)));
}

/** Splits already made, per vocabulary: the same words come back on page after page, and in the recursion. */
const madeSplits = new WeakMap<ReadonlySet<string>, Map<string, string[] | undefined>>();

function segmentsOf(word: string, vocabulary: ReadonlySet<string>): string[] | undefined {
  const known = madeSplits.get(vocabulary) ?? new Map<string, string[] | undefined>();
  madeSplits.set(vocabulary, known);
  if (!known.has(word)) known.set(word, findSegments(word, vocabulary));
  return known.get(word);
}

function findSegments(word: string, vocabulary: ReadonlySet<string>): string[] | undefined {
  // First a split where everything is known. Only then one with an unknown
  // word-sized ending, and then the longest known head is the likeliest:
  // omsorgs|tjenesten rather than omsorg|stjenesten.
  for (const lenient of [false, true]) {
    const splits = Array.from({ length: Math.max(0, word.length - 2 * minSegment + 1) }, (_, i) => minSegment + i);
    for (const split of lenient ? splits.reverse() : splits) {
      const head = word.slice(0, split);
      if (!isKnown(head, vocabulary)) continue;
      const tail = word.slice(split);
      const rest = segmentsOf(tail, vocabulary) ?? (isKnown(tail, vocabulary) || (lenient && tail.length > minSegment) ? [tail] : undefined);
      if (rest) return [head, ...rest];
    }
  }
  return undefined;
}

/**
 * A query word read as two of the site's words, head and tail, or undefined: the longest head that is a site
 * word (inflected or with a linking «s», as compound parts are recognised above) whose tail is one too
 * («lederoppfølging» → leder, oppfølging). `siteWord(part)` gives the site's spelling of a part in lower case
 * («oppfolging» → «oppfølging»), or undefined if the site has no such word; on the search page it looks in the
 * word list of the part's first letter, fetched when needed. The parts come back in the site's letters.
 */
export async function asTwoWords(word: string, siteWord: (part: string) => Promise<string | undefined>): Promise<[string, string] | undefined> {
  const asSiteWord = async (part: string): Promise<string | undefined> => {
    if (part.length < minSegment) return undefined;
    const whole = await siteWord(part);
    if (whole) return whole;
    for (const ending of endings) {
      const stem = part.slice(0, -ending.length);
      if (!part.endsWith(ending) || stem.length < minSegment) continue;
      const known = await siteWord(stem);
      if (known) return known + ending;
    }
    return undefined;
  };
  const lower = word.toLowerCase();
  for (let split = lower.length - minSegment; split >= minSegment; split--) {
    const head = await asSiteWord(lower.slice(0, split));
    const tail = head && (await asSiteWord(lower.slice(split)));
    if (head && tail) return [head, tail];
  }
  return undefined;
}
