// The texts of the source documents (content/sources/<id>.txt) as they are
// published at /kilder/<slug>/: the final report page by page, the slide decks
// as blocks of text. Contact details of people are left out (INVENTORY §0.4.20).
import { pageCount, type SourceDocumentId } from '../schemas/source-documents.ts';

export interface SourcePage {
  /** PDF page number, 1-based. */
  page: number;
  text: string;
}

export type SourceBlock = { kind: 'heading'; text: string } | { kind: 'list'; items: string[] } | { kind: 'paragraph'; text: string };

/**
 * The pages of a paged document: each line of its text starts with its PDF page
 * number. Only pages 1–`pages` count, and reading stops after the last one:
 * what follows in the extract (the download site's blurbs about other
 * documents, INVENTORY §0.1) is not part of the document.
 */
export function pagesOf(text: string, pages: number): SourcePage[] {
  const byPage = new Map<number, string>();
  for (const line of text.split('\n')) {
    const match = /^(\d+) (.*)$/.exec(line);
    if (!match) continue;
    const page = Number(match[1]);
    if (page < 1 || page > pages) continue;
    byPage.set(page, [byPage.get(page), match[2]!.trim()].filter(Boolean).join(' '));
    if (page === pages) break;
  }
  return [...byPage.entries()].sort(([a], [b]) => a - b).map(([page, text]) => ({ page, text }));
}

export const removedEmail = '[e-postadresse fjernet]';
export const removedPhone = '[telefonnummer fjernet]';

/** E-mail addresses (also as Markdown mailto links) and Norwegian phone numbers, replaced by a note. */
export function withoutContactDetails(text: string): string {
  return text
    .replace(/\[[^\]]*@[^\]]*\]\(mailto:[^)]*\)/g, removedEmail)
    .replace(/[\w.+-]+@[\w-]+(\.[\w-]+)+/g, removedEmail)
    .replace(/(\+47\s?)?\b\d{2} \d{2} \d{2} \d{2}\b|\b[2-9]\d{7}\b/g, removedPhone);
}

/**
 * The slide decks' extracts carry some Markdown: bold (**…**) and formulas
 * ($$Kvalitet = \frac{Opplevelse}{Forventning}$$). Readers get the words.
 */
export function plainText(line: string): string {
  return line
    .replace(/\\frac\{([^}]*)\}\{([^}]*)\}/g, '$1 / $2')
    .replace(/\\mathbf\{([^}]*)\}/g, '$1')
    .replace(/\$\$/g, '')
    .replace(/\*\*/g, '')
    // A link the extraction wrote as Markdown: its text («[www.…](http://www.…)» → «www.…»).
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
    .trim();
}

/** A range written with a hyphen («1-2») would break after it on a phone: a non-breaking hyphen (U+2011) keeps it whole. */
export function withWholeNumberRanges(text: string): string {
  return text.replace(/(?<=\d)-(?=\d)/g, '\u2011');
}

/** An unpaged document (a slide deck) as headings, lists and paragraphs, without contact details. */
export function blocksOf(text: string): SourceBlock[] {
  const blocks: SourceBlock[] = [];
  for (const raw of withoutContactDetails(text).split('\n')) {
    const line = withWholeNumberRanges(plainText(raw));
    if (line === '') continue;
    const heading = /^#+\s+(.*)$/.exec(line);
    const item = /^[-*•]\s+(.*)$/.exec(line);
    const last = blocks.at(-1);
    if (heading) blocks.push({ kind: 'heading', text: heading[1]!.replace(/:$/, '') });
    else if (item && last?.kind === 'list') last.items.push(item[1]!);
    else if (item) blocks.push({ kind: 'list', items: [item[1]!] });
    else blocks.push({ kind: 'paragraph', text: line });
  }
  return blocks;
}

/** What /kilder/<slug>/ shows of a document: its pages, or its blocks when it has no page numbers. */
export function publishedText(doc: SourceDocumentId, text: string): { pages: SourcePage[] } | { blocks: SourceBlock[] } {
  const pages = pageCount(doc);
  if (!pages) return { blocks: blocksOf(text) };
  return { pages: pagesOf(text, pages).map(({ page, text }) => ({ page, text: withWholeNumberRanges(text) })) };
}
