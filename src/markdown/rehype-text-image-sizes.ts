// An image in an entry's text («![…](../media/bilde.jpg)») is made in several
// widths by Astro (image.layout and image.breakpoints in astro.config.mjs);
// this tells the browser how wide the text column is, so a phone picks the
// small file. Astro's own guess for Markdown images is the whole window up to
// the file's width, which sent a 1 280 px desktop the 1 600 px file for a
// 704 px column. Only images Astro processes (a file beside the content):
// elsewhere, `sizes` without a `srcset` is invalid HTML.
import type { Element, Root } from 'hast';
import { textImageSizes } from '../lib/text-images.ts';

/** What Astro's remark step records on the file: the images it will process. */
interface AstroImageData {
  astro?: { localImagePaths?: string[]; remoteImagePaths?: string[] };
}

function visit(node: Root | Element, processed: Set<string>) {
  for (const child of node.children) {
    if (child.type !== 'element') continue;
    const src = child.properties.src;
    if (child.tagName === 'img' && typeof src === 'string' && processed.has(decodeURI(src))) child.properties.sizes ??= textImageSizes;
    visit(child, processed);
  }
}

export function rehypeTextImageSizes() {
  return (tree: Root, file: { data: AstroImageData }) => {
    const { astro } = file.data;
    const processed = new Set([...(astro?.localImagePaths ?? []), ...(astro?.remoteImagePaths ?? [])]);
    if (processed.size > 0) visit(tree, processed);
  };
}
