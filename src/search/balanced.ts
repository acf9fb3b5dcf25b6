// Pagefind scores a page for several words by adding up each word's score, so one word that fills a short page and
// its title outweighs the pages where every word counts: «hvordan fikk kommunene ned sykefraværet i barnehagene»
// put the news item «Molde innstilt til Kvalitetsprisen for ledelse i barnehagene» first, where «barnehagene» stands
// seven times and «sykefraværet» only inside one «sykefraværsarbeid», before the ten points' page about groups of
// staff, kindergartens among them. A query of several words ranks its hits by how every word weighs on the page:
// the geometric mean of each word's score there, relative to that word's best page, so no word can make up for
// another. Only words that name a topic count (not «nr» and «5» of «nyhetsbrev nr 5», whose issue leads by its
// kicker). Loaded only for such a query (scripts/search.ts), whose words Pagefind has already searched one by one
// (the spelling check), so it costs no search of its own.

/** A word's share on a page it does not score on at all (matched only as part of the whole query). */
const floor = 1e-3;

/**
 * `results` (Pagefind's, for all the words) in order of how every word weighs on each page: `perWord` is, for each
 * word, Pagefind's hits for it alone with their scores. Equal pages keep Pagefind's order.
 */
export function balanced<R extends { id: string }>(results: readonly R[], perWord: readonly (readonly { id: string; score: number }[])[]): R[] {
  const shares = perWord.map((hits) => {
    const best = Math.max(...hits.map((hit) => hit.score));
    return new Map(hits.map((hit) => [hit.id, best > 0 ? hit.score / best : 0]));
  });
  const weight = (id: string) => shares.reduce((sum, share) => sum + Math.log(Math.max(share.get(id) ?? 0, floor)), 0);
  return results
    .map((result, at) => ({ result, at, weight: weight(result.id) }))
    .sort((a, b) => b.weight - a.weight || a.at - b.at)
    .map(({ result }) => result);
}
