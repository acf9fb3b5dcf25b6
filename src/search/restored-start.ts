// A word typed on a phone without æ, ø and å is searched letter by letter as it is typed: «hageb» is the start
// of «hægebostad», but Pagefind folds only å to a, not æ and ø, so «hagebo» found nothing while «hægebo» found 18
// pages, and «hage» was corrected to «haga». spelling.ts puts the letters back in a whole word; this puts them back
// in a start, as the site's words that begin so spell it. Loaded only for a word that matches nothing
// (scripts/search.ts), so a first search does not download it.
import { foldedEntries, fold, hasKeyboardSpelling, usedAsTyped, type WordCounts } from './spelling.ts';
import { escapeRegExp } from '../lib/escape-regexp.ts';

/** A start shorter than this is too short to read: «hag», «bae» begin too many words (counted as typed: «baer» is «bær»). */
const shortestStart = 4;


/** Whether `typed` is `start` typed without its æ, ø and å: as a, o, a, or as ae, oe, aa (never «ae» for a plain «a»). */
function typedAs(typed: string, start: string): boolean {
  const pattern = [...start].map((letter) => ({ æ: '(?:æ|ae|a)', ø: '(?:ø|oe|o)', å: '(?:å|aa|a)' })[letter] ?? escapeRegExp(letter)).join('');
  return new RegExp(`^${pattern}$`).test(typed);
}

/**
 * The start of the site's words that the word is, typed without æ, ø or å («hageb» → «hægeb», «baer» → «bær»,
 * «hoya» → «høya»), the start the most used words have; undefined for a start of fewer than four letters, or
 * when no site word with æ, ø or å begins so.
 */
export function restoredStart(word: string, words: WordCounts): string | undefined {
  const typed = word.toLowerCase();
  const folded = fold(typed);
  if (typed.length < shortestStart) return undefined;
  // A word, or a word's start, the site uses as typed is meant so: «malen» (the template) is not «målen» of «målene».
  if (!hasKeyboardSpelling(typed) && usedAsTyped(typed, words, (known) => known.startsWith(typed))) return undefined;
  const starts = new Map<string, number>();
  for (const [known, count, knownFolded] of foldedEntries(words)) {
    if (!/[æøå]/.test(known) || !knownFolded.startsWith(folded)) continue;
    // The shortest start of the word that folds to the typed letters, and one letter more (an «e» typed after «a» may be part of «ae»).
    for (let end = 1; end <= known.length; end++) {
      const start = known.slice(0, end);
      if (fold(start).length > folded.length) break;
      if (/[æøå]/.test(start) && typedAs(typed, start)) {
        starts.set(start, (starts.get(start) ?? 0) + count);
        break;
      }
    }
  }
  let best: [string, number] | undefined;
  for (const entry of starts) if (!best || entry[1] > best[1]) best = entry;
  return best?.[0];
}
