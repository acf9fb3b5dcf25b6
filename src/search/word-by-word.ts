// A query of several words finds the pages that have them all. Words that are
// each on many pages but rarely together («hjemmetjeneste turnus»: one page)
// left the visitor with one result and nothing more; as on nav.no and
// regjeringen.no, the page then offers each word (or quoted phrase) searched on
// its own, with its number of hits. Loaded only for such a query (scripts/search.ts).
import { pagefindQuery, type ParsedQuery } from './query.ts';
import { quoted } from '../lib/quoted.ts';

export interface Offer {
  /** The query that searches this word or phrase alone, as typed in the search field (a phrase in quotes). */
  query: string;
  /** What the link says: the word, or the phrase in quotes. */
  label: string;
  hits: number;
}

/** More words than this (a pasted sentence) are not offered one by one: nineteen links filled a phone's screen. */
const mostWords = 5;

/**
 * The query's words and phrases, each with the number of pages it finds alone (`count`), those that find more
 * than the whole query's `hits`; none for a query of one word or phrase, or of more than `mostWords`.
 */
export async function wordByWord(parsed: ParsedQuery, hits: number, count: (term: string) => Promise<number>): Promise<Offer[]> {
  const each = units(parsed);
  if (each.length < 2 || isLong(parsed)) return [];
  const offers = await Promise.all(
    each.map(async (unit) => {
      const term = pagefindQuery(unit);
      return { query: term, label: unit.words[0] ?? quoted(unit.exact[0] ?? ''), hits: await count(term) };
    }),
  );
  return offers.filter((offer) => offer.hits > hits);
}

/** The query's words and phrases, each as a query of its own. */
const units = (parsed: ParsedQuery): ParsedQuery[] => [
  ...parsed.exact.map((phrase) => ({ exact: [phrase], words: [], dropped: [] })),
  ...parsed.words.map((word) => ({ exact: [], words: [word], dropped: [] })),
];

/** Whether the query has more words and phrases than are offered one by one: a pasted sentence. */
export const isLong = (parsed: ParsedQuery): boolean => parsed.exact.length + parsed.words.length > mostWords;

/** Words of a long query offered together, at most this many: a search of two or three words finds what the sentence is about. */
const fewerMost = 3;

/**
 * For a long query that found nothing (a pasted sentence): some of its words that find pages together, as one
 * offer with its hits. The longest words first, as in Norwegian they carry the meaning («rekruttering»,
 * «sykehjemmet»; not «jobbet»), each kept if the words with it still find `atLeast` pages (fewer, if the first
 * word alone does): three words on one page helped less than two on five. None if no word finds a page.
 */
export async function fewerWords(parsed: ParsedQuery, atLeast: number, count: (term: string) => Promise<number>): Promise<Offer[]> {
  const chosen: string[] = [];
  let hits = 0;
  for (const word of [...parsed.words].sort((a, b) => b.length - a.length)) {
    if (chosen.length === fewerMost) break;
    const found = await count(pagefindQuery({ exact: [], words: [...chosen, word], dropped: [] }));
    if (found === 0 || (chosen.length > 0 && found < Math.min(atLeast, hits))) continue;
    chosen.push(word);
    hits = found;
  }
  const query = chosen.join(' ');
  return chosen.length ? [{ query, label: quoted(query), hits }] : [];
}

/**
 * For a long query few pages or none have every word of (a question typed in full: «Hvordan fikk Hægebostad kommune
 * ned sykefraværet …?»): the fewer words whose results the page shows at once, after those pages, saying so
 * (`shownFewer`), as a reader who asks a question expects answers, not a page of no hits with a link. Long as typed
 * (`typed`) counts too: a pasted sentence whose words on no page were left out («velferdsteknologi») had four words
 * left, and ended with no hits. Undefined for a shorter query, or when no word finds a page.
 */
export async function fewerWordsShown(parsed: ParsedQuery, atLeast: number, count: (term: string) => Promise<number>, typed = parsed): Promise<Offer | undefined> {
  return isLong(parsed) || isLong(typed) ? (await fewerWords(parsed, atLeast, count))[0] : undefined;
}

/**
 * The results for fewer words with the pages that have more of the question's words and phrases first, each counted
 * as Pagefind finds it alone (`pagesWith`: the ids of the pages it finds), ties in Pagefind's order: its order alone
 * put a page with two of a question's words above one with five.
 */
export async function mostWordsFirst<T extends { id: string }>(results: T[], parsed: ParsedQuery, pagesWith: (term: string) => Promise<string[]>): Promise<T[]> {
  const sets = await Promise.all(units(parsed).map(async (unit) => new Set(await pagesWith(pagefindQuery(unit)))));
  const had = new Map(results.map((result) => [result.id, sets.filter((set) => set.has(result.id)).length]));
  // Array sort is stable: pages with as many words keep Pagefind's order.
  return [...results].sort((a, b) => (had.get(b.id) ?? 0) - (had.get(a.id) ?? 0));
}

/**
 * What the status line says above the results for fewer words: `shown` in all, after the `withAll` pages that have
 * every word, if any («Hvordan fikk Hægebostad kommune ned sykefraværet …?» had one page with all its words, not the
 * story from Hægebostad).
 */
export const shownFewer = (offer: Offer, shown: number, withAll = 0): string =>
  withAll
    ? `${withAll === 1 ? 'Bare én side' : `Bare ${withAll} sider`} har alle ordene du søkte etter. Viser også treff på færre ord: ${offer.label}, ${shown} treff i alt.`
    : `${longUnmatched} Viser ${shown} treff på færre ord: ${offer.label}.`;

/** What the status line says for a long query that found nothing (a pasted sentence), which it does not repeat: it stood four times on the page. */
export const longUnmatched = 'Ingen sider har alle ordene du søkte etter.';

/** The words before the offers: each word on its own, or (for a long query that found nothing) fewer words. */
export const offerLead = (fewer: boolean): string => (fewer ? 'Søk etter færre ord:' : 'Søk etter hvert ord for seg:');

/** The offers as links, «hjemmetjeneste (5) · turnus (10)», each to the address `href` gives its query. */
export function offerLinks(offers: Offer[], href: (query: string) => string): (HTMLAnchorElement | string)[] {
  return offers.flatMap(({ query, label, hits }, i) => {
    const link = document.createElement('a');
    link.className = 'ds-link';
    link.href = href(query);
    link.textContent = `${label} (${hits})`;
    return i ? [' · ', link] : [link];
  });
}
