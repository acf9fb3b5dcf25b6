// The texts of the source documents (content/sources/<id>.txt), by document
// and, for documents cited by page, by page. Used to check quotes and figures.
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { pagesOf } from '../lib/source-text.ts';
import { pageCount, sourceDocumentIds, type SourceDocumentId } from '../schemas/source-documents.ts';

export interface SourceTexts {
  /** The text of a document, or of one page and the next (text flows across page breaks). */
  around(doc: SourceDocumentId, page: number | undefined): string | undefined;
  /** Documents whose text file is missing or empty: the build publishes every one (/kilder/). */
  missing: SourceDocumentId[];
}

export async function loadSourceTexts(folder: string): Promise<SourceTexts> {
  const texts = new Map<SourceDocumentId, { whole: string; pages: Map<number, string> }>();
  async function load(doc: SourceDocumentId) {
    if (!texts.has(doc)) {
      const whole = await readFile(join(folder, `${doc}.txt`), 'utf8').catch(() => '');
      const pages = pageCount(doc);
      texts.set(doc, { whole, pages: new Map(pages ? pagesOf(whole, pages).map((p) => [p.page, p.text]) : []) });
    }
  }
  for (const doc of sourceDocumentIds) await load(doc);
  return {
    missing: sourceDocumentIds.filter((doc) => !texts.get(doc)?.whole),
    around(doc, page) {
      const text = texts.get(doc);
      if (!text?.whole) return undefined;
      if (page === undefined) return text.whole;
      return `${text.pages.get(page) ?? ''} ${text.pages.get(page + 1) ?? ''}`;
    },
  };
}
