// Under a press release, the quotes from the stories that stand on a page the release itself cites: which they are,
// and the words around them. One definition for its page (components/PressReleaseQuotes.astro) and its preview in
// the CMS (cms/preview-news.js, which gets quotesFromPages as its source: it uses nothing outside itself).

/** The words around the quotes under a press release; the lead goes on with a link to the quote bank. */
export const releaseQuotesText = {
  heading: 'Sitater fra de samme kildesidene',
  lead: 'Sitatene står på sider som denne pressemeldingen bygger på. Flere sitater, ordnet etter tema, finner du i',
  bankLink: 'sitatbanken',
} as const;

interface PageRef {
  doc: string;
  page?: number | undefined;
}

/**
 * The quotes printed on a page that `sources` cites (the same document, and the same page or, for documents without
 * pages, none): what a press release shows.
 */
export function quotesFromPages<Q extends { source?: PageRef | undefined }>(quotes: readonly Q[], sources: readonly PageRef[]): Q[] {
  return quotes.filter(({ source }) => source !== undefined && sources.some((ref) => ref.doc === source.doc && ref.page === source.page));
}
