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
const madeKnownSplits = new WeakMap<ReadonlySet<string>, Map<string, string[] | undefined>>();

function memoized(made: typeof madeSplits, find: typeof findSegments): typeof findSegments {
  return (word, vocabulary) => {
    const known = made.get(vocabulary) ?? new Map<string, string[] | undefined>();
    made.set(vocabulary, known);
    if (!known.has(word)) known.set(word, find(word, vocabulary));
    return known.get(word);
  };
}

/**
 * The word as known segments of the fewest parts, then each part split as far as it goes: bruker|undersøkelser, not
 * bruke|runder|søkelser, which the first known head (the shortest) gave, and «undersøkelse» found no user survey;
 * sykefraværs|arbeid, then syke|fraværs|arbeid, so «fravær» still finds it.
 */
function findKnownSegments(word: string, vocabulary: ReadonlySet<string>): string[] | undefined {
  // Of splits with as few parts, the one with fewer parts known only by an ending (fast|setter, not fasts|etter), an
  // ending before a joint other than a linking letter counting twice (lokal|aviser, not lokala|viser), then the one
  // with the longest head (omsorgs|tjenesten rather than omsorg|stjenesten).
  const inflected = (parts: string[]) =>
    parts.reduce((sum, part, i) => sum + (vocabulary.has(part) ? 0 : i < parts.length - 1 && !linking.includes(part.at(-1) ?? '') ? 2 : 1), 0);
  let fewest: string[] | undefined;
  for (let split = word.length - minSegment; split >= minSegment; split--) {
    const head = word.slice(0, split);
    if (!isKnown(head, vocabulary)) continue;
    const tail = word.slice(split);
    const rest = isKnown(tail, vocabulary) ? [tail] : knownSegmentsOf(tail, vocabulary);
    if (!rest) continue;
    const parts = [head, ...rest];
    if (!fewest || parts.length < fewest.length || (parts.length === fewest.length && inflected(parts) < inflected(fewest))) fewest = parts;
  }
  return fewest?.flatMap((part) => knownSegmentsOf(part, vocabulary) ?? [part]);
}
const knownSegmentsOf = memoized(madeKnownSplits, findKnownSegments);

function findSegments(word: string, vocabulary: ReadonlySet<string>): string[] | undefined {
  // First a split where everything is known. Only then one with an unknown
  // word-sized ending, and then the longest known head is the likeliest.
  const known = knownSegmentsOf(word, vocabulary);
  if (known) return known;
  for (let split = word.length - minSegment; split >= minSegment; split--) {
    const head = word.slice(0, split);
    if (!isKnown(head, vocabulary)) continue;
    const tail = word.slice(split);
    const rest = segmentsOf(tail, vocabulary) ?? (isKnown(tail, vocabulary) || tail.length > minSegment ? [tail] : undefined);
    if (rest) return [...(knownSegmentsOf(head, vocabulary) ?? [head]), ...rest];
  }
  return undefined;
}
const segmentsOf = memoized(madeSplits, findSegments);

/** The site's spelling of a word in lower case («oppfolging» → «oppfølging»), or undefined if the site has no such word. */
export type SiteWord = (part: string) => Promise<string | undefined>;

/** Letters that join a compound's parts (omsorg|s|tjeneste, barn|e|hage): no part of the word before them. */
const linking = ['s', 'e'];

/**
 * The part as a site word (`lookup`), inflected or with a linking letter as compound parts are recognised
 * above, in the site's letters. A part before another (`head`) is the word as written, without its linking
 * letter: «søknad» of «søknads|frist», «utvalg» of «utvalgs|møte» (the page said it searched «søknads»).
 */
async function asSiteWord(part: string, lookup: SiteWord, head = false): Promise<string | undefined> {
  if (part.length < minSegment) return undefined;
  // «utvalgs» is on a page too (a genitive), but the word is «utvalg»; «syke» is a word, not «syk» linked.
  if (head && part.endsWith('s') && part.length > minSegment) {
    const word = await lookup(part.slice(0, -1));
    if (word) return word;
  }
  const whole = await lookup(part);
  if (whole) return whole;
  for (const ending of endings) {
    const stem = part.slice(0, -ending.length);
    if (!part.endsWith(ending) || stem.length < minSegment) continue;
    const known = await lookup(stem);
    if (known) return head && linking.includes(ending) ? known : known + ending;
  }
  return undefined;
}

/**
 * `siteWord` for a compound's parts, taking a part of `minSegment` letters (as the site spells it) only where it is a
 * common word (`isCommon`): a short word on a page or two is as likely a piece of a longer word the site lacks. The
 * site has no «mestring», and «mestringsledelse» was read as «mest ring ledelse», «ring» from one page.
 */
export const withShortPartsCommon =
  (siteWord: SiteWord, isCommon: (word: string) => Promise<boolean>): SiteWord =>
  async (part) => {
    const word = await siteWord(part);
    return word && word.length <= minSegment && !(await isCommon(word)) ? undefined : word;
  };

/**
 * A rare compound typed in a search read as its parts, a space between them, when they are the site's words
 * (asSiteWords), its head read the same way (`asParts`: «sykefraværsoppfølgings|rutinene» → three words); or as one
 * word the parts make that many pages have (`isCommon`: «sjuke|fråvær» → «sykefravær», not «syke fravær»), a linking
 * «s» or «e» between them or none. Undefined when the word is no parts of the site's words. Loaded with this module
 * only for a word few or no pages have (scripts/search.ts: asParts), so a first search does not download it.
 */
export async function asPartsRead(
  word: string,
  siteWord: SiteWord,
  asParts: (head: string) => Promise<string | undefined>,
  isCommon: (word: string) => Promise<boolean>,
): Promise<string | undefined> {
  const parts = await asSiteWords(word, withShortPartsCommon(siteWord, isCommon));
  if (!parts) return undefined;
  const [head = '', ...rest] = parts;
  const split = [(await asParts(head)) ?? head, ...rest];
  let joined = [''];
  for (const part of split) joined = joined.flatMap((start) => (start ? ['', 's', 'e'].map((link) => start + link + part) : [part]));
  for (const whole of joined) if (await isCommon(whole)) return whole;
  return split.join(' ');
}

/**
 * A query word read as two or more of the site's words, or undefined: the longest head that is a site word,
 * then the rest the same way («lederoppfølging» → leder, oppfølging; «arbeidsmiljøutvalgsmøte» → arbeidsmiljø,
 * utvalg, møte, where no page has «arbeidsmiljøutvalg»), each part before another without its linking letter. `siteWord(part)` gives the site's spelling of a
 * part; on the search page it looks in the word list of the part's first letter, fetched when needed. With
 * `nearWord`, one part that is no site word may be the site's word nearest to it, for a typo inside a
 * compound («foreldrmøte» → foreldre, møte), where no split without one exists. The parts come back in the
 * site's letters. With `head`, the word stands before another part, so its last part loses its linking letter too.
 */
export async function asSiteWords(word: string, siteWord: SiteWord, nearWord?: SiteWord, head = false): Promise<string[] | undefined> {
  const lower = word.toLowerCase();
  // The rest of the word from a letter on, split, per number of parts that may still be near words: each rest is tried once.
  const made = new Map<string, Promise<string[] | undefined>>();
  const rest = (from: number, near: number, whole: boolean): Promise<string[] | undefined> => {
    const key = `${from} ${near} ${whole}`;
    if (!made.has(key)) made.set(key, split(from, near, whole));
    return made.get(key)!;
  };
  async function split(from: number, near: number, whole: boolean): Promise<string[] | undefined> {
    const part = lower.slice(from);
    if (whole) {
      const known = (await asSiteWord(part, siteWord, head)) ?? (near > 0 && nearWord ? await asSiteWord(part, nearWord, head) : undefined);
      if (known) return [known];
    }
    for (const lookups of near > 0 && nearWord ? [[siteWord, near], [nearWord, near - 1]] as const : [[siteWord, near]] as const)
      for (let at = lower.length - minSegment; at >= from + minSegment; at--) {
        const head = await asSiteWord(lower.slice(from, at), lookups[0], true);
        const tail = head && (await rest(at, lookups[1], true));
        if (head && tail) return [head, ...tail];
      }
    return undefined;
  }
  return (await rest(0, 0, false)) ?? (nearWord ? rest(0, 1, false) : undefined);
}

/**
 * A word that is no compound of the site's words read as one all the same, where its start or its end is on
 * no page («blåbærsykefravær» → blåbær | sykefravær; «arbeidsmiljøqqq» → arbeidsmiljø | qqq, which Pagefind
 * searched as «arbeidsmiljø» without a word): the site's words for the rest (one, or a compound of them), and
 * where the part on no page is. The known part is word-sized (six letters or more) and at least as long as the
 * part on no page, a known end at least two thirds as long («mestrings|ledelse»: the site has no «mestring»); that part has three letters or more
 * (fewer are a typo the spelling check corrects); the longest known part wins. A start on no page is named without
 * its linking «s» («mestring»).
 */
export async function withPartOnNoPage(word: string, siteWord: SiteWord): Promise<{ known: string[]; unknown: { from: number; to: number } } | undefined> {
  const lower = word.toLowerCase();
  // A known start stands before the part on no page: its last word is written without a linking letter («søknad|s|frist»).
  const known = async (part: string, head: boolean) => {
    if (part.length < 6) return undefined;
    const whole = await asSiteWord(part, siteWord, head);
    return whole ? [whole] : asSiteWords(part, siteWord, undefined, head);
  };
  const minUnknown = 3;
  // The longest known end after an unknown start, and the longest known start before an unknown end.
  for (let unknown = minUnknown; unknown <= (lower.length * 3) / 5; unknown++) {
    // A known start wins; the end is looked up (word lists fetched) only when the start is no site word.
    // An unknown end no longer than the known start: «arbeidsmiljø|qqq…» of many q's is searched by its start alone.
    const start = unknown <= lower.length / 2 ? await known(lower.slice(0, lower.length - unknown), true) : undefined;
    if (start) return { known: start, unknown: { from: lower.length - unknown, to: lower.length } };
    const end = await known(lower.slice(unknown), false);
    const linked = lower[unknown - 1] === 's' && unknown > minUnknown + 1;
    if (end) return { known: end, unknown: { from: 0, to: linked ? unknown - 1 : unknown } };
  }
  return undefined;
}

/**
 * A word of `words` (the site's) with the part inside it («tidsfrist» for «frist»), the first in their order, or
 * undefined: a part of a typed compound that is no word of its own is not «on no page» when a page has it so.
 */
export function wordWithPart(part: string, words: Iterable<string>): string | undefined {
  const lower = part.toLowerCase();
  // The part with an ending or a genitive «s» is no longer word: «helge» of «helgearbeid» is not inside «helges» (a
  // name, «Helges bilverkstad»), and was said to be (fresh eyes).
  const inflected = (word: string) => word.startsWith(lower) && ['s', ...endings].includes(word.slice(lower.length));
  for (const word of words) if (word !== lower && word.includes(lower) && !inflected(word)) return word;
  return undefined;
}
