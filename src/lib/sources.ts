// How a list of source references reads on a page: one line per document,
// its pages gathered («s. 23, 24 og 26»).
import { sourceDocuments, type SourceDocumentId } from '../schemas/source-documents.ts';

export interface SourceRef {
  doc: SourceDocumentId;
  page?: number | undefined;
}

export interface CitedDocument {
  id: SourceDocumentId;
  title: string;
  date: string;
  pages: number[];
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

/** One reference in words: «Kvalitetskommuneprogrammet – sekretariatets sluttrapport (juni 2010), s. 58». */
export function citeSource({ doc, page }: SourceRef): string {
  const { title, date } = sourceDocuments[doc];
  return `${title} (${date})${page === undefined ? '' : `, ${pageList([page])}`}`;
}
