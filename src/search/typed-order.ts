// The status line and the tab title said a query's numbers before its words, whatever the order typed: «Tabell 4.6»
// was «4.6 Tabell», «sykefravær Mandal 7,7» «7,7 sykefravær Mandal» (fresh eyes). Numbers are searched apart from
// the words (query.ts), and words may be searched in other forms than typed («Tabel» as «Tabell», a compound as its
// parts), so each is put back where it stands in the query as typed.
import { asMeant, looseWords } from './query-text.ts';
import { fold } from './spelling.ts';

/**
 * The numbers and words of a query as searched (`numbers`, `words`: each in the order typed), together in the order
 * of the query as typed (`typed`). A number stands where it was typed («95 %» where «95» was); a word where it was
 * typed, or, corrected, at the first word typed after the word before it that is no number (its first letter the
 * same, if one is), or right after the word before it (the second part of a compound).
 */
export function inTypedOrder(numbers: readonly string[], words: readonly string[], typed: string): string[] {
  const tokens = looseWords(asMeant(typed)).map(fold);
  const claimed = new Set<number>();
  const claim = (at: number) => (claimed.add(at), at);
  const find = (test: (token: string) => boolean, from = 0) => tokens.findIndex((token, at) => at >= from && !claimed.has(at) && test(token));
  const placed: { text: string; at: number }[] = [];
  for (const number of numbers) {
    const key = fold(number.split('\u00a0')[0] ?? number);
    const at = find((token) => token === key);
    placed.push({ text: number, at: at < 0 ? -1 : claim(at) });
  }
  const isNumber = (token: string) => /^\d/.test(token);
  let last = -1;
  for (const word of words) {
    const key = fold(word);
    const exact = find((token) => token === key);
    const other = exact >= 0 ? exact : [find((token) => !isNumber(token) && token[0] === key[0], last + 1), find((token) => !isNumber(token), last + 1)].find((at) => at >= 0);
    last = other === undefined ? last + 0.5 : claim(other);
    placed.push({ text: word, at: last });
  }
  // Stable: numbers first among equals, as they were said before.
  return placed.sort((a, b) => a.at - b.at).map(({ text }) => text);
}
