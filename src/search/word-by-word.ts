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
  const units = [...parsed.exact.map((phrase) => ({ exact: [phrase], words: [] })), ...parsed.words.map((word) => ({ exact: [], words: [word] }))];
  if (units.length < 2 || units.length > mostWords) return [];
  const offers = await Promise.all(
    units.map(async (unit) => {
      const term = pagefindQuery({ ...unit, dropped: [] });
      return { query: term, label: unit.words[0] ?? quoted(unit.exact[0] ?? ''), hits: await count(term) };
    }),
  );
  return offers.filter((offer) => offer.hits > hits);
}

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
