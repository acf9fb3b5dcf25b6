// The interface's fixed words, in one place: the site's and the programme's
// names, and the front page as breadcrumbs name it. Section names come from
// the collection registry (schemas/collections.ts `section`, `menu`).
/** The programme's name in its compound parts, where it may break on a narrow screen. */
const programmeParts = ['Kvalitets', 'kommune', 'programmet'] as const;

export const siteText = {
  /** The site's name: header, page titles, feeds, social cards, structured data, downloads. */
  siteName: 'Kompetansebanken',
  programme: programmeParts.join(''),
  /** The programme's years, with an en dash. */
  years: '2007–2010',
  /** The first breadcrumb of every page but the front page. */
  frontPage: 'Forside',
} as const;

/**
 * The programme's name with soft hyphens (U+00AD) at its compound joints only,
 * for the header's narrow line: «Kvalitetskommune-/programmet», never the
 * «Kvalitetskommuneprogram-/met» the build's own soft hyphens (at every
 * hyphenation point) gave. The build leaves a word that has soft hyphens as it is.
 */
export const programmeAtJoints = programmeParts.join('\u00AD');

/** A link in the breadcrumbs. */
export interface Crumb {
  label: string;
  href: string;
}

export const frontPageCrumb: Crumb = { label: siteText.frontPage, href: '/' };
