// What the visitor typed, as Pagefind should search it. Quoted phrases are
// kept whole, every word included («"samarbeid med pårørende"»); a decimal
// number («0,5») is searched as that number, not as «0» and «5»; question and
// function words are dropped from the rest (see stop-words.ts).
import { splitStopWords } from './stop-words.ts';

export interface ParsedQuery {
  /** Phrases and decimal numbers to match exactly, without quotes. */
  exact: string[];
  /** The other words, stop words dropped. */
  words: string[];
  /** The stop words left out, as typed, so the page can say so. */
  dropped: string[];
}

const decimal = /^\d+,\d+$/;

export function parseQuery(query: string): ParsedQuery {
  const exact: string[] = [];
  const rest = query.replace(/["«»“”]([^"«»“”]+)["«»“”]?/g, (_, phrase: string) => {
    if (phrase.trim()) exact.push(phrase.trim().replace(/\s+/g, ' '));
    return ' ';
  });
  const loose = rest.split(/\s+/).filter(Boolean);
  exact.push(...loose.filter((word) => decimal.test(word)));
  const { kept, dropped } = splitStopWords(loose.filter((word) => !decimal.test(word)).join(' '));
  return { exact, words: kept, dropped };
}

/** The query string for Pagefind: phrases in quotes, then the words. */
export function pagefindQuery({ exact, words }: ParsedQuery): string {
  return [...exact.map((phrase) => `"${phrase}"`), ...words].join(' ');
}

/** The query as shown to the visitor («"samarbeid med pårørende" turnus»). */
export function shownQuery(parsed: ParsedQuery): string {
  return [...parsed.exact.map((phrase) => (decimal.test(phrase) ? phrase : `"${phrase}"`)), ...parsed.words].join(' ');
}
