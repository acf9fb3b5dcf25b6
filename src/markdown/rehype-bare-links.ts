// A link whose text is its own address («https://www.ks.no/», «<https://…>»,
// «www.ks.no», «post@ks.no») gets the class `bare-link`, so print can leave out
// the address it writes after other links (it was printed twice:
// «https://www.ks.no/kvalitet (https://www.ks.no/kvalitet)»).
import type { Element, Root } from 'hast';
import { toText } from 'hast-util-to-text';

/** The address as a reader would type it: without «mailto:», «http(s)://» or a last «/». */
const bare = (address: string) => address.trim().replace(/^(mailto:|https?:\/\/)/i, '').replace(/\/$/, '').toLowerCase();

/**
 * Whether a link's text is its own address («www.ks.no» for http://www.ks.no): then the plain-text and
 * printed outputs write the address once, not again after it.
 */
export function isBareLink(text: string, href: string): boolean {
  return bare(decoded(href)) === bare(decoded(text));
}

/** «%C3%B8» as «ø» (an address with æøå is percent-encoded in href); a «%» that starts no escape stays. */
function decoded(text: string): string {
  try {
    return decodeURI(text);
  } catch {
    return text;
  }
}

function visit(node: Root | Element) {
  for (const child of node.children) {
    if (child.type !== 'element') continue;
    const href = child.properties['href'];
    if (child.tagName === 'a' && typeof href === 'string' && isBareLink(toText(child), href)) {
      const classes = child.properties['className'];
      child.properties['className'] = [...(Array.isArray(classes) ? classes : []), 'bare-link'];
    }
    visit(child);
  }
}

export function rehypeBareLinks() {
  return (tree: Root) => visit(tree);
}
