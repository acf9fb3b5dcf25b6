// A query of several words finds the pages that have them all. Words that are
// each on many pages but rarely together («hjemmetjeneste turnus»: one page)
// left the visitor with one result and nothing more; as on nav.no and
// regjeringen.no, the page then offers each word (or quoted phrase) searched on
// its own, with its number of hits. Loaded only for such a query (scripts/search.ts).
import { pagefindQuery, quotedList, type ParsedQuery } from './query.ts';
import { quoted } from '../lib/quoted.ts';

export interface Offer {
  /** The query that searches this word or phrase alone, as typed in the search field (a phrase in quotes). */
  query: string;
  /** What the link says: the word, or the phrase in quotes. */
  label: string;
  hits: number;
}

/** Fewer of a long query's words (fewerWords), with the words it left out. */
export interface FewerOffer extends Offer {
  /** The words searched together, of the query's. */
  words: string[];
  /** The query's other words, each once, the longest first: those that found too few pages with them, then the shorter ones never tried. */
  leftOut: string[];
}

/** More words than this (a pasted sentence) are not offered one by one: nineteen links filled a phone's screen. */
const mostWords = 5;

/**
 * The query's words and phrases, each with the number of pages it finds alone (`count`), those that find more
 * than the whole query's `hits`; none for a query of one word or phrase, or of more than `mostWords`. For a long
 * query shown by fewer of its words (`fewer`: fewerWordsShown): the words left out, then those searched, at most
 * `mostWords`, each that finds a page: a pasted sentence with «sykmeldte» left out offered no way to search for it.
 */
export async function wordByWord(parsed: ParsedQuery, hits: number, count: (term: string) => Promise<number>, fewer?: FewerOffer | false): Promise<Offer[]> {
  const each = fewer ? [...fewer.leftOut, ...fewer.words].slice(0, mostWords).map((word) => ({ exact: [], words: [word], dropped: [] })) : units(parsed);
  if (each.length < 2 || (!fewer && isLong(parsed))) return [];
  const offers = await Promise.all(
    each.map(async (unit) => {
      const term = pagefindQuery(unit);
      return { query: term, label: unit.words[0] ?? quoted(unit.exact[0] ?? ''), hits: await count(term) };
    }),
  );
  return offers.filter((offer) => offer.hits > (fewer ? 0 : hits));
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

/** The words, each once, as first typed («Sykefravær … sykefravær»: one), the longest first, ties in the order typed. */
function longestFirst(words: string[]): string[] {
  const once = new Map<string, string>();
  for (const word of words) if (!once.has(word.toLowerCase())) once.set(word.toLowerCase(), word);
  // Array sort is stable: words as long keep the order typed.
  return [...once.values()].sort((a, b) => b.length - a.length);
}

/**
 * For a long query that found nothing (a pasted sentence): some of its words that find pages together, as one
 * offer with its hits. The longest words first, as in Norwegian they carry the meaning («rekruttering»,
 * «sykehjemmet»; not «jobbet»), each kept if the words with it still find `atLeast` pages (fewer, if the first
 * word alone does): three words on one page helped less than two on five. None if no word finds a page.
 */
export async function fewerWords(parsed: ParsedQuery, atLeast: number, count: (term: string) => Promise<number>): Promise<FewerOffer[]> {
  const chosen: string[] = [];
  const leftOut: string[] = [];
  let hits = 0;
  for (const word of longestFirst(parsed.words)) {
    const found = chosen.length < fewerMost && (await count(pagefindQuery({ exact: [], words: [...chosen, word], dropped: [] })));
    if (!found || (chosen.length > 0 && found < Math.min(atLeast, hits))) leftOut.push(word);
    else {
      chosen.push(word);
      hits = found;
    }
  }
  const query = chosen.join(' ');
  return chosen.length ? [{ query, label: quoted(query), hits, words: chosen, leftOut }] : [];
}

/**
 * For a long query few pages or none have every word of (a question typed in full: «Hvordan fikk Hægebostad kommune
 * ned sykefraværet …?»): the fewer words whose results the page shows at once, after those pages, saying so
 * (`shownFewer`), as a reader who asks a question expects answers, not a page of no hits with a link. Long as typed
 * (`typed`) counts too: a pasted sentence whose words on no page were left out («velferdsteknologi») had four words
 * left, and ended with no hits. Undefined for a shorter query, or when no word finds a page.
 */
export async function fewerWordsShown(parsed: ParsedQuery, atLeast: number, count: (term: string) => Promise<number>, typed = parsed): Promise<FewerOffer | undefined> {
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

/** A typed word the search read as other words (scripts/search.ts: readQuery): «tilsette» as «ansatte», «turnusplanlegging» as «turnus planlegging». */
export interface Reading {
  typed: string;
  read: string;
}

/**
 * The words left out as the visitor typed them: a word read as other words (`readings`) whose every one is left out,
 * named once as typed. A pasted sentence with «tilsette» and «turnusplanlegging» said «ansatte», «turnus» and
 * «planlegging» were left out, words not in it. A part of a word whose other part was searched stays as read:
 * the word as typed was not left out.
 */
export function asTypedLeftOut(words: readonly string[], readings: readonly Reading[]): string[] {
  let named = [...words];
  for (const { typed, read } of readings) {
    const parts = read.toLowerCase().split(' ');
    const isPart = (word: string) => parts.includes(word.toLowerCase());
    if (parts.every((part) => named.some((word) => word.toLowerCase() === part))) named = [...named.filter((word) => !isPart(word)), typed];
  }
  return named;
}

/**
 * What the status line says above the results for fewer words: `shown` in all, after the `withAll` pages that have
 * every word, if any («Hvordan fikk Hægebostad kommune ned sykefraværet …?» had one page with all its words, not the
 * story from Hægebostad); then the words left out (leftOutWords), those on no page (`onNoPage`) among them, as typed
 * (asTypedLeftOut).
 */
export const shownFewer = (offer: FewerOffer, shown: number, withAll = 0, onNoPage: string[] = [], readings: readonly Reading[] = []): string =>
  `${
    withAll
      ? `${withAll === 1 ? 'Bare én side' : `Bare ${withAll} sider`} har alle ordene du søkte etter. Viser også treff på færre ord: ${offer.label}, ${shown} treff i alt.`
      : `${longUnmatched} Viser ${shown} treff på færre ord: ${offer.label}.`
  }${leftOutWords(asTypedLeftOut([...onNoPage, ...offer.leftOut], readings))}`;

/**
 * «Ordene «sykmeldte» og «systematisk» er utelatt.»: the words left out of fewer words, each once, as typed, the
 * longest first; more than one more than `mostWords` (a pasted paragraph) named by the longest and a count of the rest. A pasted
 * sentence that left out «sykmeldte» and «systematisk» did not say so, and the adviser could not tell why no result
 * was about the sick-listed. Empty for none.
 */
export function leftOutWords(words: string[]): string {
  const all = longestFirst(words);
  if (!all.length) return '';
  // One more is named, not counted: «og 1 annet ord» took as much room.
  const named = all.slice(0, all.length === mostWords + 1 ? undefined : mostWords).map(quoted);
  const rest = all.length - named.length;
  const list = rest ? `${named.join(', ')} og ${rest} andre ord` : quotedList(all);
  return ` ${all.length === 1 ? 'Ordet' : 'Ordene'} ${list} er utelatt.`;
}

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
