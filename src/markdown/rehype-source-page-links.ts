// Page references in running text («(s. 17 og 41)», «sluttrapporten, s. 50»)
// and the page numbers in a table's «Side» column («9», «50 og 51» on
// /tall-og-fakta/) become links to those pages of the final report's text at
// /kilder/, like the citations the components draw (lib/sources.ts). Only the
// final report is cited by page (src/schemas/source-documents.ts), so «s. N»
// in prose and N under «Side» mean its PDF page N.
import type { Element, ElementContent, Root, Text } from 'hast';
import { toText } from 'hast-util-to-text';
import { hasPageAnchor, pageNumberLink, sourceHref } from '../lib/sources.ts';
import { sourceDocuments } from '../schemas/source-documents.ts';

const doc = 'S002';
/** «s. 17», «s. 17 og 41», «s. 22, 23, 24 og 26», «s. 52–53». */
const reference = /\bs\.\s+(\d+)((?:(?:,\s+|\s+og\s+|\s+eller\s+|\s*[–-]\s*)\d+)*)/g;
const skip = new Set(['a', 'code', 'pre', 'script', 'style', 'textarea']);

/** A link to the report's page; a page number alone («41» in «s. 17 og 41») is a 24 px target (.page-number, layout.css). */
function link(text: string, page: number): Element {
  const properties = { href: sourceHref({ doc, page }), ...(/^\d+$/.test(text) && { className: ['page-number'] }) };
  return { type: 'element', tagName: 'a', properties, children: [{ type: 'text', value: text }] };
}

/** A text with its page references as links; the same text when it has none, or cites pages the report does not have. */
export function linkPageReferences(value: string): ElementContent[] {
  const out: ElementContent[] = [];
  let at = 0;
  for (const match of value.matchAll(reference)) {
    const numbers = [...match[0].matchAll(/\d+/g)];
    if (numbers.some(([n]) => !hasPageAnchor(doc, Number(n)))) continue;
    if (match.index > at) out.push({ type: 'text', value: value.slice(at, match.index) });
    let inner = 0;
    numbers.forEach((n, i) => {
      const start = i === 0 ? 0 : n.index;
      if (start > inner) out.push({ type: 'text', value: match[0].slice(inner, start) });
      out.push(link(match[0].slice(start, n.index + n[0].length), Number(n[0])));
      inner = n.index + n[0].length;
    });
    at = match.index + match[0].length;
  }
  if (at === 0) return [{ type: 'text', value }];
  if (at < value.length) out.push({ type: 'text', value: value.slice(at) });
  return out;
}

/** The heading of a column of page numbers. */
const pageColumn = 'Side';

/** A «Side» cell's text with each page number («50» in «50 og 51») a link named «Sluttrapporten, s. 50». */
export function linkPageNumbers(value: string): ElementContent[] {
  const out: ElementContent[] = [];
  let at = 0;
  for (const match of value.matchAll(/\d+/g)) {
    const part = pageNumberLink(doc, Number(match[0]));
    if (!part?.href) continue;
    if (match.index > at) out.push({ type: 'text', value: value.slice(at, match.index) });
    out.push({
      type: 'element',
      tagName: 'a',
      properties: { href: part.href, ariaLabel: part.label, className: ['page-number'] },
      children: [{ type: 'text', value: part.text }],
    });
    at = match.index + match[0].length;
  }
  if (at < value.length) out.push({ type: 'text', value: value.slice(at) });
  return out;
}

function rows(table: Element): Element[] {
  return table.children.flatMap((child) =>
    child.type !== 'element' ? [] : child.tagName === 'tr' ? [child] : ['thead', 'tbody', 'tfoot'].includes(child.tagName) ? rows(child) : [],
  );
}

const cells = (row: Element) => row.children.filter((c): c is Element => c.type === 'element' && (c.tagName === 'td' || c.tagName === 'th'));

/**
 * What a «Side» cell with page links starts with, out of sight and unread (each link has its own name): the document,
 * so a row copied names its source («Sluttrapporten, s. 50 og 51»), where a journalist got a bare «9» (fresh eyes).
 * With a no-break space, which a copy keeps (scripts/clean-copy.ts copies such text in its place).
 */
function copiedSource(): Element {
  const name = `${sourceDocuments[doc].shortName}, s.\u00a0`;
  return { type: 'element', tagName: 'span', properties: { className: ['ds-sr-only'], ariaHidden: 'true' }, children: [{ type: 'text', value: name }] };
}

const hasLink = (node: Element): boolean => node.children.some((child) => child.type === 'element' && (child.tagName === 'a' || hasLink(child)));

/** The cells under a «Side» heading, their numbers linked. */
function linkPageColumn(table: Element) {
  const [head, ...body] = rows(table);
  if (!head) return;
  const column = cells(head).findIndex((cell) => toText(cell).trim() === pageColumn);
  if (column === -1) return;
  for (const row of body) {
    const cell = cells(row)[column];
    if (!cell) continue;
    visit(cell, linkPageNumbers);
    if (!hasLink(cell)) continue;
    cell.children.unshift(copiedSource());
    // Not in the search's excerpts: «… etter søknad. 9. 2. Så mange kommuner trakk seg. 9.» (fresh eyes).
    cell.properties = { ...cell.properties, dataPagefindIgnore: '' };
  }
}

function visit(node: Root | Element, linkText: (value: string) => ElementContent[] = linkPageReferences) {
  if (node.type === 'element' && node.tagName === 'table') linkPageColumn(node);
  const children: typeof node.children = [];
  for (const child of node.children) {
    if (child.type === 'text') children.push(...linkText((child as Text).value));
    else {
      if (child.type === 'element' && !skip.has(child.tagName)) visit(child, linkText);
      children.push(child as ElementContent);
    }
  }
  node.children = children;
}

export function rehypeSourcePageLinks() {
  return (tree: Root) => visit(tree);
}
