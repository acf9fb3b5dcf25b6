// Visitors type questions («hvordan få ned sykefraværet»). Pagefind scores
// every word, so «hvordan» alone would pull up «Hvordan skrive en
// pressemelding». Question and function words are dropped from a query that
// has other words left.

const stopWords = new Set([
  'hva', 'hvem', 'hvor', 'hvordan', 'hvorfor', 'hvilke', 'hvilken', 'når',
  'jeg', 'vi', 'man', 'dere', 'kan', 'skal', 'bør', 'må', 'få', 'gjøre', 'gjør',
  'en', 'ei', 'et', 'den', 'det', 'de', 'og', 'eller', 'i', 'på', 'for', 'med', 'til', 'om', 'av', 'å',
  'er', 'som', 'har', 'ved', 'fra', 'mot', 'ned', 'opp',
]);

export function withoutStopWords(query: string): string {
  const words = query.trim().split(/\s+/);
  const kept = words.filter((word) => !stopWords.has(word.toLowerCase()));
  return kept.length > 0 ? kept.join(' ') : query.trim();
}
