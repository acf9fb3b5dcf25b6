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
  // «hvordan får vi ned sykefraværet på sykehjemmet vårt» found nothing: every word is required («vår» stays a word: the season)
  'får', 'fikk', 'vil', 'vårt', 'våre', 'hos', 'seg', 'sin', 'sitt', 'sine', 'min', 'mitt', 'mine',
  // «hvordan jobbet Hægebostad med sykefraværet» found pages that say «jobbet», not Hægebostad's story (fresh eyes)
  'jobbet', 'jobber', 'jobba', 'gjorde',
  // nynorsk, where it differs («kor mange kommunar var med» required «kor», a choir's word, of every page)
  'kva', 'kven', 'kvar', 'kor', 'korleis', 'kvifor', 'eg', 'me', 'dykk', 'ein', 'eit', 'dei', 'frå', 'gjere',
]);

/**
 * The query's words split into those searched and the stop words left out, each left-out word once, as first
 * typed: a pasted paragraph named «i», «og», «med» again for every sentence. A query of only such words keeps
 * none («og i på», «hva er det»: searched, they matched nearly every page); the search page says so.
 */
export function splitStopWords(query: string): { kept: string[]; dropped: string[] } {
  const words = query.trim().split(/\s+/).filter(Boolean);
  const kept = words.filter((word) => !stopWords.has(word.toLowerCase()));
  const dropped = new Map<string, string>();
  for (const word of words) if (stopWords.has(word.toLowerCase()) && !dropped.has(word.toLowerCase())) dropped.set(word.toLowerCase(), word);
  return { kept, dropped: [...dropped.values()] };
}
