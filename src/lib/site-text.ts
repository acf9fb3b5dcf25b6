// The interface's fixed words, in one place: the site's and the programme's
// names, and the front page as breadcrumbs name it. Section names come from
// the collection registry (schemas/collections.ts `section`, `menu`).
export const siteText = {
  /** The site's name: header, page titles, feeds, social cards, structured data, downloads. */
  siteName: 'Kompetansebanken',
  programme: 'Kvalitetskommuneprogrammet',
  /** The programme's years, with an en dash. */
  years: '2007–2010',
  /** The first breadcrumb of every page but the front page. */
  frontPage: 'Forside',
  /** The front page after «Tilbake til» (a phone's one breadcrumb): «Tilbake til forsiden», not «… Forside». */
  backToFrontPage: 'forsiden',
} as const;

/** A link in the breadcrumbs. */
export interface Crumb {
  label: string;
  href: string;
  /** What «Tilbake til» names it as, where not its label. */
  back?: string;
}

export const frontPageCrumb: Crumb = { label: siteText.frontPage, href: '/', back: siteText.backToFrontPage };
