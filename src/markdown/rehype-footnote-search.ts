// Footnote numbers and the notes' «↩» links are for finding a note on the
// page, not words of the text: in the search index they ran into the words
// («en fotnote 1 og en til 2», «En enkel fotnote. ↩ En fotnote med liste»).
// Both are marked as not for search (Pagefind's data-pagefind-ignore, which
// src/search/index-site.ts honours too); the notes' own text stays searchable.
import type { Element, Root } from 'hast';

const isReference = (node: Element) => node.tagName === 'a' && node.properties['dataFootnoteRef'] !== undefined;
const isBackReference = (node: Element) => node.tagName === 'a' && node.properties['dataFootnoteBackref'] !== undefined;

function visit(node: Root | Element) {
  for (const child of node.children) {
    if (child.type !== 'element') continue;
    // A reference is `<sup><a data-footnote-ref>1</a></sup>`: the whole superscript goes.
    const reference = child.tagName === 'sup' && child.children.some((c) => c.type === 'element' && isReference(c));
    if (reference || isBackReference(child)) child.properties['dataPagefindIgnore'] = '';
    else visit(child);
  }
}

export function rehypeFootnoteSearch() {
  return (tree: Root) => visit(tree);
}
