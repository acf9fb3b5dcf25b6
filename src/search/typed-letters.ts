// Pagefind matches letters without æ, ø and å («mal» finds «mål»), so a word the site has as typed that is also the
// start of the site's words with those letters («mal», a template, on 13 pages; «mål», a goal, on 48) found the
// other word's pages first: a communications adviser looking for «mal» got «Handlingsplan med målsetting» first.
// The pages with the word as typed now come first, the others after them. Loaded only for a query of such words
// (scripts/search.ts), never for a first search of a word with æ, ø or å (tests/budgets.spec.ts).
import { escapeRegExp } from '../lib/escape-regexp.ts';
import { fold, foldedEntries, hasKeyboardSpelling, usedAsTyped, type WordCounts } from './spelling.ts';
import { isInflectionOf } from './word-match.ts';

/**
 * Whether the word, typed without æ, ø and å, is both the site's own word (or the start of some) as typed, on two
 * pages or more (spelling.ts: usedAsTyped), and the start of another word of the site with those letters: «mal» (mal, mål), «maler» (maler, måler), «bor» (bort, bør).
 */
export function foldsLikeOther(word: string, words: WordCounts): boolean {
  const lower = word.toLowerCase();
  // Three letters at least: «os» as typed began «oss» on the privacy page (a short place name: place-name.ts).
  if (lower.length < 3 || /[æøå]/.test(lower) || hasKeyboardSpelling(lower) || !usedAsTyped(lower, words, (known) => known.startsWith(lower))) return false;
  const folded = fold(lower);
  // The æ, ø or å in the letters typed: «kommuneøkonomi» is no other reading of «kommune».
  return foldedEntries(words).some(([known, , knownFolded]) => /[æøå]/.test(known.slice(0, lower.length)) && knownFolded.startsWith(folded));
}

/** Those of the words that fold like another word of the site (`foldsLikeOther`), each looked up in its word list (`listOf`). */
export async function foldingLikeOthers(words: readonly string[], listOf: (lower: string) => Promise<WordCounts>): Promise<string[]> {
  const folding = await Promise.all(words.map(async (word) => foldsLikeOther(word, await listOf(word.toLowerCase()))));
  return words.filter((_, i) => folding[i]);
}

/**
 * Whether the word is a name, typed with its capital, that the first page found has only in another form: «Kleppa»
 * (a minister, on one page) was searched as its stem «klepp» and found the municipality Klepp and its four network
 * partners first; «Haga» found 29 pages with «hage» (fresh eyes, a journalist). `marked`: the words marked on the
 * first page found for the word alone (scripts/search.ts: firstMarks).
 */
export function nameFoundOtherwise(word: string, marked: readonly string[] | undefined, onSite = false): boolean {
  if (!/^\p{Lu}/u.test(word) || !marked?.length) return false;
  const lower = word.toLowerCase();
  // A name pages have (`onSite`) that the first page has only as the start of other names, not inflected: «Hamar» found
  // Hamarøy's page first, and «Asker» Askim's, under the note that the hits only mention the name (not-participant.ts).
  if (onSite && marked.every((known) => known !== lower && known.startsWith(lower) && !isInflectionOf(known, lower))) return true;
  return !marked.some((known) => known.startsWith(lower));
}

/**
 * The words whose pages with them as typed come first: those typed without æ, ø and å that fold like another word of
 * the site (`foldsLikeOther`, each looked up in its word list, `listOf`), and names found in another form
 * (`nameFoundOtherwise`, with the marks `marksOf` gives).
 */
export async function wordsAsTyped(
  words: readonly string[],
  listOf: (lower: string) => Promise<WordCounts>,
  marksOf: (word: string) => Promise<string[] | undefined>,
): Promise<string[]> {
  const plain = words.filter((word) => /^[a-z]*[ao][a-z]*$/i.test(word));
  const folding = await foldingLikeOthers(plain, listOf);
  const names = await Promise.all(
    words.map(async (word) => !folding.includes(word) && /^\p{Lu}/u.test(word) && nameFoundOtherwise(word, await marksOf(word), word.toLowerCase() in (await listOf(word.toLowerCase())))),
  );
  return [...folding, ...words.filter((_, i) => names[i])];
}

/**
 * How often the text has the word with its letters as typed, at the start of a word or of a compound's part as the
 * index splits it («Kommunikasjons⁠-mal», index-site.ts); a name (capitalised) as a word of its own, or with a genitive
 * «s»: «Hamarøy» has no «Hamar».
 */
export function timesAsTyped(text: string, word: string): number {
  const end = /^\p{Lu}/u.test(word) ? String.raw`s?(?![\p{L}\p{N}])` : '';
  return text.match(new RegExp(`(?<!\\p{L})${escapeRegExp(word)}${end}`, 'giu'))?.length ?? 0;
}

/**
 * The results with those of the first `limit` whose text has every word as typed first, those that have it most
 * first («mal» once in «Handlingsplan med målsetting», beside its «mål», is less a page about templates than one
 * with «Last ned malen»); the others in their order, then the rest. Only the first `limit` are read: their
 * fragments are loaded, as for showing them. None read for no words.
 */
export async function typedLettersFirst<R extends { data: () => Promise<{ content: string }> }>(results: readonly R[], words: readonly string[], limit: number): Promise<R[]> {
  if (words.length === 0) return [...results];
  const head = await Promise.all(
    results.slice(0, limit).map(async (result, at) => {
      const { content } = await result.data();
      return { result, at, times: Math.min(...words.map((word) => timesAsTyped(content, word))) };
    }),
  );
  const typed = head.filter(({ times }) => times > 0).sort((a, b) => b.times - a.times || a.at - b.at);
  return [...typed, ...head.filter(({ times }) => times === 0)].map(({ result }) => result).concat(results.slice(limit));
}
