// The documents the site's facts come from (../shared/source/seeds). Entries cite
// them by id; the final report (S002) is cited by PDF page, the slide decks whole.

export interface SourceDocument {
  title: string;
  /** As far as the document itself shows it. */
  date: string;
  /** Number of PDF pages, for documents cited by page. */
  pages?: number;
}

export const sourceDocuments = {
  S000: {
    title: 'KVALITETSKOMMUNER – Kvalitetskommuneprogrammet 2007–2009 (presentasjon, KS)',
    date: 'trolig januar 2009',
  },
  S001: {
    title: 'Veien videre – Innsatskommuner sykefravær (presentasjon)',
    date: 'høsten 2007',
  },
  S002: {
    title: 'Kvalitetskommuneprogrammet – sekretariatets sluttrapport',
    date: 'juni 2010',
    pages: 68,
  },
  S003: {
    title: 'Kvalitetskommuner – Hovedfokus i Kvalitetskommuneprogrammet',
    date: 'udatert',
  },
  S004: {
    title: 'Innherred samkommune – Kvalitetskommune – Hvorfor, hvordan og for hvem? (presentasjon)',
    date: '2007',
  },
} as const satisfies Record<string, SourceDocument>;

export type SourceDocumentId = keyof typeof sourceDocuments;

/** How many pages a document has, for documents cited by page. */
export function pageCount(id: SourceDocumentId): number | undefined {
  const document: SourceDocument = sourceDocuments[id];
  return document.pages;
}
