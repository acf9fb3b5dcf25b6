// How a query word matches the site, judged by the words Pagefind highlights
// in its first result. Pagefind falls back, for a word no page has, to the
// longest start of it that some page has, however short, and cannot be told
// not to (Pagefind issue #780): «azzzzq» found 109 pages with «a», «Oppdal»
// pages with «opp», «2015» pages with «20».
import { fold, isKnown, type WordCounts } from './spelling.ts';

/**
 * Whether the word itself is on the site, not only something Pagefind's
 * fallback matched («notteroy» matches «noter»): nothing is highlighted (a
 * match in metadata), or a highlighted word begins with the query word, or the
 * query word is a highlighted word inflected (isInflectionOf). A word that is
 * not is corrected against the site's words (spelling.ts); one Pagefind
 * matched by its start only is left to the search page (startOnly).
 * `marked`: the highlighted words, in lower case; `exactly`: not the word less
 * an ending, which may be another word («troms» for «Tromso», «os» for «ostre»).
 */
export function isOwnWord(word: string, marked: readonly string[], exactly = false): boolean {
  const lower = word.toLowerCase();
  return marked.length === 0 || marked.some((m) => m.startsWith(lower) || (!exactly && isInflectionOf(lower, m)));
}

/**
 * Whether a highlighted word is only a start of the word, up to three letters short of it, that are no inflection:
 * Pagefind's fallback («man» for «mandla», «opp» for «Oppdal», «arbeidsmiljø» for «arbeidsmiljøqqq»). Such a word
 * was long taken for the word inflected, so «mandla» was never read as «Mandal»; the search page reads it as the
 * site's word only when that is the word with two letters swapped (nearest-word.ts: unswapped), and else keeps it
 * as typed, so that a place no page names is said to be on no page, not read as another word («Oppdal» as «Oppnå»).
 */
export function startOnly(word: string, marked: readonly string[]): boolean {
  const lower = word.toLowerCase();
  return marked.some((m) => m && lower.startsWith(m) && lower.length - m.length <= 3 && !isInflectionOf(lower, m));
}

/**
 * Whether the word matches something of its own, so that its hits belong in
 * the results: the site has it (`known`: the word, or a longer word it begins,
 * is in the site's word list), or a highlighted word begins with it or has it
 * inside (a compound), or shares its start, long enough to be the word
 * inflected: all but its last three letters, at least four (all of a shorter
 * word) and at most eight (a long compound's head:
 * «sykefraværsoppfølgingsrutinene»). Letters are compared without æ, ø, å and
 * accents, as Pagefind matches them («ha» finds «Hå»), but a typed å is meant: Pagefind folds it to a, and «Ål»,
 * which no page has, found 94 pages with «Alta», «alle» and «Alna» (a place name the site has is `known`: «Hå»).
 */
export function matchesOnSite(word: string, marked: readonly string[], known: boolean): boolean {
  if (known || marked.length === 0) return true;
  const plain = fold(word);
  const folded = (/å/i.test(word) ? marked.filter((m) => /å|aa/.test(m)) : marked).map(fold);
  if (folded.some((m) => m.includes(plain))) return true;
  const shared = (m: string) => Math.min([...m].findIndex((letter, i) => letter !== plain[i]) >>> 0, m.length);
  const needed = Math.min(Math.max(4, plain.length - 3), 8, plain.length);
  return folded.some((m) => shared(m) >= needed);
}

/** The letters an inflection adds to a word and ends it with: «fraværet», «møtene», «barnehagens», «kommunane». */
export const inflectionLetters = 'enrtas';
/** What an inflection adds to a word. */
const inflection = new RegExp(`^[${inflectionLetters}]{1,3}$`);

/**
 * Whether `word` is `stem` (of three letters or more) inflected: up to three letters more, an inflection, after the
 * stem's last letter doubled or not («sykefraværet», «barnehagens», «kommunene», «diagrammer»). The one rule for
 * «the word less an ending», in highlighted words (isOwnWord) and in metadata (isInMetadata); letters that are no
 * inflection («mandla» for «man», «Oppdal» for «opp») are Pagefind's fallback to a start (startOnly).
 */
export function isInflectionOf(word: string, stem: string): boolean {
  if (stem.length < 3 || !word.startsWith(stem)) return false;
  const rest = word.slice(stem.length);
  return rest.length <= 3 && (inflection.test(rest) || (rest[0] === stem.at(-1) && inflection.test(rest.slice(1))));
}

/**
 * The start of the word that Pagefind searched instead of it, when a
 * highlighted word shares only its start with it, and the rest is no
 * inflection («arbeidsmiljø» for «arbeidsmiljøqqq», which no page has): that
 * start in the site's letters, so the page can say what was searched for.
 * Undefined when the word is matched as itself.
 */
export function searchedStart(word: string, marked: readonly string[]): string | undefined {
  const plain = fold(word);
  if (marked.length === 0 || marked.some((m) => fold(m).includes(plain))) return undefined;
  // The shortest start of a highlighted word that shares the most letters, folded («arbeidsmiljøe» folds as «arbeidsmiljø»).
  let longest = '';
  for (const m of marked)
    for (let length = 1; length <= m.length; length++) {
      const start = m.slice(0, length);
      if (plain.startsWith(fold(start)) && fold(start).length > fold(longest).length) longest = start;
    }
  const rest = plain.slice(fold(longest).length);
  return longest && rest && !inflection.test(rest) ? longest : undefined;
}

/**
 * Whether the site has the word, a longer word it begins, or a word it is inflected from («mote», which Pagefind
 * stems to the site's «mot»): for a word Pagefind matched in metadata only, where nothing is highlighted to judge
 * by. Its fallback to a start is no such match: «moteplass» found 34 pages with «mot», not the 2 with «møteplass».
 */
export function isKnownForm(word: string, words: WordCounts): boolean {
  const lower = word.toLowerCase();
  return isKnown(lower, words) || [1, 2, 3].some((n) => inflection.test(lower.slice(-n)) && lower.slice(0, -n) in words);
}

/**
 * Whether a word Pagefind matched with nothing highlighted (in a page's metadata, `meta`: its values) is there: a
 * word of it has the word, folded, or is the word less an ending (isInflectionOf). Else the match was Pagefind's fallback to a start
 * of the word: «skle» found the SPC tool, whose metadata has no such word, and was never read as «skole».
 */
export function isInMetadata(word: string, meta: string): boolean {
  const typed = fold(word);
  return meta
    .split(/[^\p{L}\p{N}]+/u)
    .map(fold)
    .some((known) => known.includes(typed) || isInflectionOf(typed, known));
}
