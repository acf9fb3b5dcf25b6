// The documents the site's facts come from (../shared/source/seeds). Entries cite
// them by id; the final report (S002) is cited by PDF page, the slide decks whole.
// The id is for writers and the content check only: readers see `shortName`
// («Sluttrapporten, s. 23») and the document's page at /kilder/<slug>/.

export interface SourceDocument {
  title: string;
  /** What a reader sees where the document is cited: «Sluttrapporten, s. 23». Starts with a capital. */
  shortName: string;
  /** The document's page on the site: /kilder/<slug>/. Lower case, a–z, 0–9 and hyphens. */
  slug: string;
  /** As far as the document itself shows it. */
  date: string;
  /** Number of PDF pages, for documents cited by page. */
  pages?: number;
  /**
   * How a quote's attribution names the document when the words are its own: «Sekretariatets sluttrapport». Such a
   * quote is cited once, by this name and page, not «– Sekretariatets sluttrapport (Sluttrapporten, s. 39)».
   */
  asAuthor?: string;
}

export const sourceDocuments = {
  S000: {
    title: 'KVALITETSKOMMUNER – Kvalitetskommuneprogrammet 2007–2009 (presentasjon, KS)',
    shortName: 'Programpresentasjonen',
    slug: 'programpresentasjonen',
    date: 'trolig januar 2009',
  },
  S001: {
    title: 'Veien videre – Innsatskommuner sykefravær (presentasjon)',
    shortName: 'Presentasjonen «Veien videre»',
    slug: 'veien-videre',
    date: 'høsten 2007',
  },
  S002: {
    title: 'Kvalitetskommuneprogrammet – sekretariatets sluttrapport',
    shortName: 'Sluttrapporten',
    slug: 'sluttrapporten',
    date: 'juni 2010',
    pages: 68,
    asAuthor: 'Sekretariatets sluttrapport',
  },
  S003: {
    title: 'Kvalitetskommuner – Hovedfokus i Kvalitetskommuneprogrammet',
    shortName: 'Notatet «Hovedfokus»',
    slug: 'hovedfokus',
    date: 'udatert',
  },
  S004: {
    title: 'Innherred samkommune – Kvalitetskommune – Hvorfor, hvordan og for hvem? (presentasjon)',
    shortName: 'Innherred-presentasjonen',
    slug: 'innherred-samkommune',
    date: '2007',
  },
} as const satisfies Record<string, SourceDocument>;

export type SourceDocumentId = keyof typeof sourceDocuments;

export const sourceDocumentIds = Object.keys(sourceDocuments) as SourceDocumentId[];

/** How many pages a document has, for documents cited by page. */
export function pageCount(id: SourceDocumentId): number | undefined {
  const document: SourceDocument = sourceDocuments[id];
  return document.pages;
}

/**
 * Each document's short name and, for one that quotes others, the name its own words stand under («Sekretariatets
 * sluttrapport»): what a quote's citation names (QuoteFigure.astro), sent to the CMS preview as data.
 */
export const citationNames: Record<string, Pick<SourceDocument, 'shortName' | 'asAuthor'>> = Object.fromEntries(
  sourceDocumentIds.map((id) => {
    const document: SourceDocument = sourceDocuments[id];
    return [id, { shortName: document.shortName, asAuthor: document.asAuthor }];
  }),
);
