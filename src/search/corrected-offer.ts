// The notice under a query the search read as other words (scripts/search.ts): the query as typed, «i stedet», or a
// participant's name a word may be («Mente du «Re»?»). Loaded only for such a query, so a first search does not
// download it (tests/budgets.spec.ts).
import { quoted } from '../lib/quoted.ts';
import { parseQuery, spokenQuery } from './query.ts';
import type { WordCounts } from './spelling.ts';
import { isKnownForm } from './word-match.ts';

/** Writes text the page makes up into an element (scripts/search.ts: writeText, which keeps quote marks on their words' lines). */
type Write = (target: HTMLElement, text: string) => void;

/**
 * Writes into `link` the offer of the query as typed (`q`; `address`: the search's own, as the address bar has it):
 * «Søk etter «sykefravaer» i stedet», and resolves to whether to show it: only where the query as typed finds pages
 * with every word it has (`finds`: how many; searched after the results show). «sykefravaer», «Baerum» and «born»
 * found nothing, and the link cost a tap. Each typed word (`words`) must be the site's as typed, in its word lists
 * (`siteWords`), for Pagefind stems and matches starts: «tromso» found «Troms», «sykefravar» the pages with «sykefravær».
 * The typed form is searched only then: else it finds nothing of its own.
 */
export async function offerAsTyped(
  link: HTMLAnchorElement,
  write: Write,
  q: string,
  address: URLSearchParams,
  words: readonly string[],
  siteWords: (word: string) => Promise<WordCounts>,
  finds: () => Promise<number>,
): Promise<boolean> {
  // The status line says what was searched for; the notice only offers the query as typed.
  write(link, `Søk etter ${spokenQuery(parseQuery(q, true), undefined, q)} i stedet`);
  link.href = `?${address}&eksakt=1`;
  return (await Promise.all(words.map(async (word) => isKnownForm(word, await siteWords(word))))).every(Boolean) && (await finds()) > 0;
}

/** Writes into `link` the query (`q`) with each word a participant's name may be (`meant`) put in: «Mente du «Re»?», to `addressOf` it. */
export function offerMeant(link: HTMLAnchorElement, write: Write, q: string, meant: readonly { typed: string; read: string }[], addressOf: (q: string) => string): void {
  const meantQuery = meant.reduce((q, { typed, read }) => q.replace(typed, read), q);
  write(link, `Mente du ${quoted(meantQuery)}?`);
  link.href = addressOf(meantQuery);
}
