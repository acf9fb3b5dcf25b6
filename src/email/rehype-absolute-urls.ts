// Links and images in an e-mail must be absolute: a mail client has no site to
// resolve «/nyheter/» against. An image the page's build makes (one uploaded in
// «Bilder og filer», «../media/bilde.png») is given the address the build gives
// it by `image` (newsletter-images.ts).
import type { Element, Root } from 'hast';

const urlProperties = { a: 'href', img: 'src' } as const;

const hasScheme = /^[a-z][a-z0-9+.-]*:/i;

function visit(node: Root | Element, base: URL, made: ReadonlyMap<string, string>) {
  for (const child of node.children) {
    if (child.type !== 'element') continue;
    const property = urlProperties[child.tagName as keyof typeof urlProperties];
    const value = property ? child.properties[property] : undefined;
    // «mailto:» and other schemes are absolute already (and URL would percent-encode their æøå).
    if (property && typeof value === 'string' && !hasScheme.test(value))
      child.properties[property] = (property === 'src' && made.get(value)) || new URL(value, base).href;
    visit(child, base, made);
  }
}

/** The `src` of every image under `node`. */
function imageSources(node: Root | Element, found: Set<string> = new Set()): Set<string> {
  for (const child of node.children) {
    if (child.type !== 'element') continue;
    if (child.tagName === 'img' && typeof child.properties['src'] === 'string') found.add(child.properties['src']);
    imageSources(child, found);
  }
  return found;
}

/**
 * `base` is the address of the web page the text belongs to; `image`, where given, the absolute address of an
 * image the page's build makes, by its `src` as written (undefined for any other).
 */
export function rehypeAbsoluteUrls({ base, image }: { base: URL; image?: (src: string) => Promise<string | undefined> }) {
  return async (tree: Root) => {
    const made = new Map<string, string>();
    if (image)
      for (const src of imageSources(tree)) {
        const address = await image(src);
        if (address !== undefined) made.set(src, address);
      }
    visit(tree, base, made);
  };
}
