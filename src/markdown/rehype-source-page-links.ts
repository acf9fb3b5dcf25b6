// Page references in running text («(s. 17 og 41)», «sluttrapporten, s. 50»)
// become links to those pages of the final report's text at /kilder/, like the
// citations the components draw. Only the final report is cited by page
// (src/schemas/source-documents.ts), so «s. N» in prose means its PDF page N.
import type { Element, ElementContent, Root, Text } from 'hast';
import { pageCount } from '../schemas/source-documents.ts';
import { sourceHref } from '../lib/sources.ts';

const doc = 'S002';
const lastPage = pageCount(doc) ?? 0;
/** «s. 17», «s. 17 og 41», «s. 22, 23, 24 og 26», «s. 52–53». */
const reference = /\bs\.\s+(\d+)((?:(?:,\s+|\s+og\s+|\s+eller\s+|\s*[–-]\s*)\d+)*)/g;
const skip = new Set(['a', 'code', 'pre', 'script', 'style', 'textarea']);

function link(text: string, page: number): Element {
  return { type: 'element', tagName: 'a', properties: { href: sourceHref({ doc, page }) }, children: [{ type: 'text', value: text }] };
}

/** A text with its page references as links; the same text when it has none, or cites pages the report does not have. */
export function linkPageReferences(value: string): ElementContent[] {
  const out: ElementContent[] = [];
  let at = 0;
  for (const match of value.matchAll(reference)) {
    const numbers = [...match[0].matchAll(/\d+/g)];
    if (numbers.some(([n]) => Number(n) < 1 || Number(n) > lastPage)) continue;
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

function visit(node: Root | Element) {
  const children: typeof node.children = [];
  for (const child of node.children) {
    if (child.type === 'text') children.push(...linkPageReferences((child as Text).value));
    else {
      if (child.type === 'element' && !skip.has(child.tagName)) visit(child);
      children.push(child as ElementContent);
    }
  }
  node.children = children;
}

export function rehypeSourcePageLinks() {
  return (tree: Root) => visit(tree);
}
