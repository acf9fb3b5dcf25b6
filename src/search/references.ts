// A page's references are for checking what it says, not for reading in a result: a rule's «Kilde: Anhøj J, Olesen
// AV. Run charts revisited …» after each rule on /verktoy/spc/lag-diagram/ was the excerpt Pagefind showed for «Lag et
// SPC-diagram» (fresh eyes), as a figure's «Kilde: Sluttrapporten, s. 9» or a footnote's «Sluttrapporten, s. 40» could
// be for others. In the index copy (index-site.ts) they are left out of the text Pagefind makes excerpts from, and
// kept as search metadata, so a search for an author or a report still finds the page.
import { HTMLElement } from 'node-html-parser';
import { plainText } from './words.ts';

/** A line that names a source: «Kilde: …», «Kilder: …». */
const sourceLine = /^\s*Kilder?\s*:/u;

/** Elements that may be a source line of their own: a paragraph, a note in a list or a definition, a caption, a span. */
const lineTags = new Set(['p', 'span', 'small', 'li', 'dd', 'figcaption', 'cite']);

/** Whether the element is a reference: the page's footnotes (remark-gfm's section), or a line that begins «Kilde:». */
export function isReference(element: HTMLElement): boolean {
  if (element.hasAttribute('data-footnotes')) return true;
  return lineTags.has(element.tagName?.toLowerCase() ?? '') && sourceLine.test(element.textContent);
}

/**
 * Marks the references in `body` as not for Pagefind's text (data-pagefind-ignore) and returns their text, one
 * string each; what the page already marks so is left alone.
 */
export function takeReferences(body: HTMLElement): string[] {
  const taken: string[] = [];
  const visit = (node: HTMLElement) => {
    for (const child of node.childNodes) {
      if (!(child instanceof HTMLElement) || child.hasAttribute('data-pagefind-ignore')) continue;
      if (!isReference(child)) {
        visit(child);
        continue;
      }
      // Its parts the page hides from search (a footnote's «↩» link) are no words of it.
      const copy = child.clone() as HTMLElement;
      for (const ignored of copy.querySelectorAll('[data-pagefind-ignore]')) ignored.remove();
      const text = plainText(copy.structuredText).replace(/\s+/g, ' ').trim();
      if (text) taken.push(text);
      child.setAttribute('data-pagefind-ignore', '');
    }
  };
  visit(body);
  return taken;
}

/** The words of the references, each once, without the label «Kilde:» they begin with: «Kilde: Sluttrapporten, s. 9», twice, is «Sluttrapporten, s. 9». */
export function referenceWords(references: string[]): string[] {
  const words = references.flatMap((reference) => reference.replace(/^\s*Kilder?\s*:\s*/u, '').split(/\s+/u)).filter(Boolean);
  return [...new Set(words)];
}
