// A result on a page of many parts (/tall/'s tables, index-site.ts `pagesWithParts`) links to the part where the
// words were found, with that part's excerpt, not to the page's top: Pagefind's sub-results, one for each heading with
// an id and one for the text before the first. Other pages' index copies keep no id, so they have one part, the page.
// The page is one result, so the other parts with the words are offered under it (page-parts.ts, scripts/also-in.ts).
import { comparable } from './exact-title.ts';

export interface Part {
  url: string;
  /** The part's heading as the index copy has it: a table's title (result-titles.ts), which names the result. */
  title: string;
  excerpt: string;
  /** Where the words were found in the part, each with how much it counts (Pagefind's `balanced_score`). */
  weighted_locations: { balanced_score: number }[];
}

/** A heading of the page with an id, where a part begins (Pagefind's anchors; `location`: its first word's place in the text). */
export interface Anchor {
  id: string;
  text: string;
  location: number;
}

/** Whether a text has each word of the query, a number whole, a word as the start of one (as titleMatch reads a title). */
export function hasWords(text: string, query: string): boolean {
  const words = comparable(text).split(' ');
  return comparable(query)
    .split(' ')
    .every((word) => words.some((own) => own === word || (!/\d/.test(word) && own.startsWith(word))));
}

/**
 * How well a part's title names the query (`query`, as typed or searched): 2 where it has the query as a phrase
 * («Vedlegg 6: Sykefravær i Innsatskommunene» for «vedlegg 6»), 1 where it has each of its words (a number whole, a
 * word as the start of one: «tabell 4.6 sykefravær»), else 0.
 */
export function titleMatch(title: string, query: string): number {
  const phrase = comparable(query);
  if (!phrase) return 0;
  const named = comparable(title);
  if (` ${named} `.includes(` ${phrase} `)) return 2;
  return hasWords(title, query) ? 1 : 0;
}

/**
 * The parts in the order a result offers them: those whose title names the query first (titleMatch), then those
 * where the words are found most often, of those equally often the one where they weigh most. Not by weight alone:
 * a word in a part's heading weighs as much as some twenty in its text, and «kommuner utenfor programmet» went to
 * «Deltakere på programmets konferanser», not to the table with the words 32 times (Tabell 4.6). A title that names
 * the query goes first though: «Tabell 4.6» went to Vedlegg 6, which has «startkvartal fra tabell 4.6» in each row,
 * never to Tabell 4.6 (fresh eyes).
 */
export function rankedParts(parts: readonly Part[] | undefined, query = ''): Part[] {
  const weight = (part: Part) => part.weighted_locations.reduce((sum, location) => sum + location.balanced_score, 0);
  const found = (part: Part) => part.weighted_locations.length;
  const named = new Map((parts ?? []).map((part) => [part, titleMatch(part.title, query)]));
  return [...(parts ?? [])].sort((a, b) => named.get(b)! - named.get(a)! || found(b) - found(a) || weight(b) - weight(a));
}

/**
 * The part a result links to (rankedParts' first); undefined where that is the page's top, or the page has no parts
 * (no heading keeps its id). Pagefind lists only the parts with the words, so one part is a choice too:
 * «lederutvikling» is in one table of /tall/ (fresh eyes).
 */
export function bestPart(parts: readonly Part[] | undefined, query = ''): Part | undefined {
  const best = rankedParts(parts, query)[0];
  return best?.url.includes('#') ? best : undefined;
}
