// Visitors type questions («hvordan få ned sykefraværet», «korleis få ned
// sjukefråværet»). Pagefind scores every word, so «hvordan» alone would pull
// up «Hvordan skrive en pressemelding». Question and function words, bokmål and
// nynorsk, are left out of a query that has other words left; the search page
// says which (query.ts keeps them as `dropped`).

const stopWords = new Set([
  // bokmål
  'hva', 'hvem', 'hvor', 'hvordan', 'hvorfor', 'hvilke', 'hvilken', 'når',
  'jeg', 'vi', 'man', 'dere', 'kan', 'skal', 'bør', 'må', 'få', 'gjøre', 'gjør',
  'en', 'ei', 'et', 'den', 'det', 'de', 'og', 'eller', 'i', 'på', 'for', 'med', 'til', 'om', 'av', 'å',
  'er', 'som', 'har', 'ved', 'fra', 'mot', 'ned', 'opp',
  // nynorsk, where it differs
  'kva', 'kven', 'kvar', 'korleis', 'kvifor', 'eg', 'me', 'dykk', 'ein', 'eit', 'dei', 'frå', 'gjere',
]);

/** The query's words split into those searched and the stop words left out (none when every word is one). */
export function splitStopWords(query: string): { kept: string[]; dropped: string[] } {
  const words = query.trim().split(/\s+/).filter(Boolean);
  const kept = words.filter((word) => !stopWords.has(word.toLowerCase()));
  return kept.length > 0 ? { kept, dropped: words.filter((word) => stopWords.has(word.toLowerCase())) } : { kept: words, dropped: [] };
}
