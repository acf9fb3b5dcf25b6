// A search result is named by its page's heading (Pagefind's title). Two
// pages with the same heading could not be told apart in the results: the
// ten points (/sykefravaer/) and their særtrykk (/sykefravaer/saertrykk/) were
// both «Ti punkter for et redusert sykefravær». Such a page is named by its
// own document title instead («Særtrykk: Ti punkter for et redusert sykefravær»).

/** The document title without the site's name after its last dash («Særtrykk: Ti punkter … – Kompetansebanken»). */
export function withoutSiteName(documentTitle: string): string {
  return documentTitle.replace(/\s+–\s+[^–]*$/, '').trim();
}

/**
 * Per page, the title its result should show where its heading is another
 * page's heading too and its document title says more; undefined where the
 * heading serves (the page with the plain title keeps it).
 */
export function distinctTitles(pages: readonly { heading?: string | undefined; title?: string | undefined }[]): (string | undefined)[] {
  const uses = new Map<string, number>();
  for (const { heading } of pages) if (heading) uses.set(heading, (uses.get(heading) ?? 0) + 1);
  return pages.map(({ heading, title }) => (heading && title && title !== heading && (uses.get(heading) ?? 0) > 1 ? title : undefined));
}
