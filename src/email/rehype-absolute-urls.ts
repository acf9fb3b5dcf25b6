// Links and images in an e-mail must be absolute: a mail client has no site to
// resolve «/nyheter/» against.
import type { Element, Root } from 'hast';

const urlProperties = { a: 'href', img: 'src' } as const;

const hasScheme = /^[a-z][a-z0-9+.-]*:/i;

function visit(node: Root | Element, base: URL) {
  for (const child of node.children) {
    if (child.type !== 'element') continue;
    const property = urlProperties[child.tagName as keyof typeof urlProperties];
    const value = property ? child.properties[property] : undefined;
    // «mailto:» and other schemes are absolute already (and URL would percent-encode their æøå).
    if (property && typeof value === 'string' && !hasScheme.test(value)) child.properties[property] = new URL(value, base).href;
    visit(child, base);
  }
}

/** `base` is the address of the web page the text belongs to. */
export function rehypeAbsoluteUrls({ base }: { base: URL }) {
  return (tree: Root) => visit(tree, base);
}
