// A nynorsk word typed letter by letter, as search-as-you-type sends it: «sjukefråvær» whole is read as the site's
// «sykefravær» (79 pages; scripts/search.ts, language-forms.ts), but its starts «sjukef» … «sjukefråv» were searched
// as typed and found the one nynorsk page that has the word. Such a start is read as the start of the bokmål words
// its nynorsk words are (the build's nynorsk→bokmål lists), when the site uses those more. Loaded only for a start
// on fewer than three pages (scripts/search.ts), so a first search does not download it.
import type { WordCounts } from './spelling.ts';

/** A start shorter than this begins too many words to read as one («sjuk» is the word «syk» already). */
const shortestStart = 4;

/** The longest start the words share. */
function commonStart(words: readonly string[]): string {
  let start = words[0] ?? '';
  for (const word of words) while (!word.startsWith(start)) start = start.slice(0, -1);
  return start;
}

/** The sum of the counts of the site's words beginning with `start`. */
const usesOf = (start: string, words: WordCounts) => Object.entries(words).reduce((sum, [word, count]) => (word.startsWith(start) ? sum + count : sum), 0);

/**
 * The bokmål start a typed start of nynorsk words is read as: the start their bokmål words share («sjukef» →
 * «sykefravær», «tilse» → «ansatt»), when the site uses those words more than the words that begin as typed;
 * undefined for a whole nynorsk word (read as such already), a start of no nynorsk word, or one whose bokmål
 * words share fewer than four letters. `nynorsk`: the typed start's nynorsk→bokmål list; `counts`: the site's word
 * list for a word's first letter.
 */
export async function bokmalStart(typed: string, nynorsk: Readonly<Partial<Record<string, string>>>, counts: (word: string) => Promise<WordCounts>): Promise<string | undefined> {
  const start = typed.toLowerCase();
  if (start.length < shortestStart || start in nynorsk) return undefined;
  const bokmal = Object.entries(nynorsk)
    .filter(([form]) => form.startsWith(start))
    .flatMap(([, word]) => word ?? []);
  const read = commonStart(bokmal);
  if (read.length < shortestStart || read === start) return undefined;
  return usesOf(read, await counts(read)) > usesOf(start, await counts(start)) ? read : undefined;
}
