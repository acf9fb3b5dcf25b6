// The pages that are *about* a topic, with the names a searcher uses for it.
// They are indexed as the page's «emne» (topic) metadata, which the search page
// weighs heavily, so the hub leads for its topic's name even where many pages
// mention the word (sykefravær is on half the site). Tools are hubs for their
// own names through their titles, which Pagefind already boosts.

export const hubTopics: Readonly<Record<string, readonly string[]>> = {
  'sykefravaer/index.html': ['sykefravær', 'ti punkter', 'ti punkter mot sykefravær', 'sykefraværsarbeid'],
  'sykefravaer/saertrykk/index.html': ['særtrykk', 'særtrykket', 'ti punkter særtrykk'],
  'presse/index.html': ['presse', 'pressekontakt', 'pressekontakter', 'journalist', 'media', 'presserom'],
  'presse/sitater/index.html': ['sitater', 'sitat', 'sitatbank', 'utsagn'],
  'kommuner/index.html': ['kommuner', 'deltakerkommuner', 'kommuneliste'],
  'verktoy/index.html': ['verktøy', 'verktøykasse'],
  'eksempler/index.html': ['gode eksempler', 'eksempler'],
  'nyhetsbrev/index.html': ['nyhetsbrev'],
  'kommunikasjon/index.html': ['kommunikasjon', 'kommunikasjonsmaler', 'maler'],
  'om-programmet/index.html': ['om programmet', 'kvalitetskommuneprogrammet', 'sekretariatet'],
  // «hvor mange kommuner» found a story with «Mange kommuner har lite erfaring» first (fresh eyes, a journalist).
  'tall-og-fakta/index.html': ['tall og fakta', 'fakta', 'nøkkeltall', 'hvor mange', 'antall', 'statistikk'],
  'arrangementer/index.html': ['arrangementer', 'konferanser', 'samlinger'],
  'filmer/index.html': ['filmer', 'film', 'video'],
};

/**
 * Hubs that repeat other pages' text (the særtrykk prints all ten points, the
 * quote bank every story's quotes): the index gets only their heading and
 * first paragraph, so they are found by their name and never crowd out the
 * pages they repeat.
 */
export const headingOnly: ReadonlySet<string> = new Set(['sykefravaer/saertrykk/index.html', 'presse/sitater/index.html']);
