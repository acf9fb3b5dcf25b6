// The texts of the source documents (content/sources/<id>.txt), by document
// and, for documents cited by page, by page. Used to check quotes and figures.
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { pageCount, type SourceDocumentId } from '../schemas/source-documents.ts';

export interface SourceTexts {
  /** The text of a document, or of one page and the next (text flows across page breaks). */
  around(doc: SourceDocumentId, page: number | undefined): string | undefined;
}

/** Lines of a paged document start with their PDF page number. */
function pagesOf(text: string): Map<number, string> {
  const pages = new Map<number, string>();
  for (const line of text.split('\n')) {
    const match = /^(\d+) (.*)$/.exec(line);
    if (match) pages.set(Number(match[1]), `${pages.get(Number(match[1])) ?? ''} ${match[2]}`);
  }
  return pages;
}

export async function loadSourceTexts(folder: string): Promise<SourceTexts> {
  const texts = new Map<SourceDocumentId, { whole: string; pages: Map<number, string> }>();
  async function load(doc: SourceDocumentId) {
    if (!texts.has(doc)) {
      const whole = await readFile(join(folder, `${doc}.txt`), 'utf8').catch(() => '');
      texts.set(doc, { whole, pages: pageCount(doc) ? pagesOf(whole) : new Map() });
    }
  }
  for (const doc of ['S000', 'S001', 'S002', 'S003', 'S004'] as const) await load(doc);
  return {
    around(doc, page) {
      const text = texts.get(doc);
      if (!text?.whole) return undefined;
      if (page === undefined) return text.whole;
      return `${text.pages.get(page) ?? ''} ${text.pages.get(page + 1) ?? ''}`;
    },
  };
}
