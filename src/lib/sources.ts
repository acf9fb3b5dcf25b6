// How source references read on a page: the document's short name and the
// page («Sluttrapporten, s. 23»), linked to that page of the document's text
// at /kilder/<slug>/#s-23. Document ids (S002) never reach a reader.
import type { SourceRef } from '../schemas/common.ts';
import type { FactSource } from '../schemas/new-item.ts';
import { pageCount, sourceDocuments, type SourceDocumentId } from '../schemas/source-documents.ts';

export type { SourceRef } from '../schemas/common.ts';

export interface CitedDocument {
  id: SourceDocumentId;
  title: string;
  shortName: string;
  slug: string;
  date: string;
  pages: number[];
}

export const sourcesPath = '/kilder/';

/** The document's page: «/kilder/sluttrapporten/». */
export function sourcePath(doc: SourceDocumentId): string {
  return `${sourcesPath}${sourceDocuments[doc].slug}/`;
}

/** The id of a PDF page's anchor on the document's page: «s-23». */
export function pageAnchor(page: number): string {
  return `s-${page}`;
}

/** Where a reference opens: the cited PDF page's anchor, or the document's page. */
export function sourceHref({ doc, page }: SourceRef): string {
  return page === undefined ? sourcePath(doc) : `${sourcePath(doc)}#${pageAnchor(page)}`;
}

/** Whether the document's page at /kilder/ has an anchor for this PDF page (a paged document, page 1 to its last). */
export function hasPageAnchor(doc: SourceDocumentId, page: number): boolean {
  const pages = pageCount(doc);
  return pages !== undefined && Number.isInteger(page) && page >= 1 && page <= pages;
}

export function citedDocuments(refs: readonly SourceRef[]): CitedDocument[] {
  const byDocument = new Map<SourceDocumentId, Set<number>>();
  for (const { doc, page } of refs) {
    const pages = byDocument.get(doc) ?? new Set<number>();
    if (page !== undefined) pages.add(page);
    byDocument.set(doc, pages);
  }
  return [...byDocument.entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([id, pages]) => ({ id, ...sourceDocuments[id], pages: [...pages].sort((a, b) => a - b) }));
}

/** «s. 24», «s. 23 og 24», «s. 23, 24 og 26». */
export function pageList(pages: readonly number[]): string {
  if (pages.length === 0) return '';
  const list = new Intl.ListFormat('nb', { type: 'conjunction' }).format(pages.map(String));
  return `s. ${list}`;
}

/** A reference as a reader sees it beside a figure or quote: «Sluttrapporten, s. 23». */
export function shortCitation({ doc, page }: SourceRef): string {
  const { shortName } = sourceDocuments[doc];
  return page === undefined ? shortName : `${shortName}, ${pageList([page])}`;
}

/** A document and its cited pages in words: «Kvalitetskommuneprogrammet – sekretariatets sluttrapport (juni 2010), s. 39, 40 og 58». */
export function citeDocument({ title, date, pages }: Pick<CitedDocument, 'title' | 'date' | 'pages'>): string {
  return `${title} (${date})${pages.length > 0 ? `, ${pageList(pages)}` : ''}`;
}

/** One reference in words: «Kvalitetskommuneprogrammet – sekretariatets sluttrapport (juni 2010), s. 58». */
export function citeSource({ doc, page }: SourceRef): string {
  return citeDocument({ ...sourceDocuments[doc], pages: page === undefined ? [] : [page] });
}

/**
 * Where a story's figure, quote or series comes from, in words for plain text (the press pack, a CSV): the document's
 * full citation in an archive story, the secretariat's own words in a new one («Gloppen kommunes årsmelding 2024, s. 12»).
 */
export function citeFactSource({ source, sourceText }: FactSource): string {
  return source === undefined ? (sourceText ?? '').trim() : citeSource(source);
}

export interface CitationPart {
  text: string;
  /** Set for the parts that link: the document's name, or one page number. */
  href?: string;
  /** The link's name where the visible text alone («23») says too little. */
  label?: string;
  /** Text that stays on the part's line just before it: «s. » before the first page number. */
  before?: string;
}

/**
 * A page number standing alone («23» in «s. 23, 24 og 26», or in a table's
 * «Side» column) as a link to that page, named «Sluttrapporten, s. 23», since
 * the number alone says too little; undefined for a page with no anchor.
 */
export function pageNumberLink(doc: SourceDocumentId, page: number): CitationPart | undefined {
  if (!hasPageAnchor(doc, page)) return undefined;
  return { text: String(page), href: sourceHref({ doc, page }), label: `${sourceDocuments[doc].shortName}, ${pageList([page])}` };
}

/**
 * A citation of some pages of one document as text and links: with one page or
 * none, the whole «Sluttrapporten, s. 23» is one link; with more, the name links
 * to the document and each page number to its page («s. 23, 24 og 26»).
 */
export function citationParts(doc: SourceDocumentId, pages: readonly number[], name: string = sourceDocuments[doc].shortName): CitationPart[] {
  if (pages.length <= 1) {
    const page = pages[0];
    return [{ text: page === undefined ? name : `${name}, ${pageList([page])}`, href: sourceHref({ doc, page }) }];
  }
  const list = new Intl.ListFormat('nb', { type: 'conjunction' }).formatToParts(pages.map(String));
  // «s.» and the first number on one line: a page number's link is a box (24 px target) a line may break before.
  return [
    { text: name, href: sourcePath(doc) },
    { text: ', ' },
    ...list.map(({ type, value }, i): CitationPart => ({
      ...((type === 'element' && pageNumberLink(doc, Number(value))) || { text: value }),
      ...(i === 0 && { before: 's.\u00a0' }),
    })),
  ];
}
