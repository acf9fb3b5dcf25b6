// A nynorsk text's footnotes in nynorsk: remark-rehype has written the
// heading and the «↩» links' names in bokmål (footnote-labels.ts) for every
// page; on a page whose frontmatter says `lang: nn` (as Astro gives it to the
// plugins, or as renderers outside MDX pass it) they are put in nynorsk.
import type { Element, Root } from 'hast';
import type { VFile } from 'vfile';
import { footnoteLabels } from './footnote-labels.ts';

function visit(node: Root | Element) {
  for (const child of node.children) {
    if (child.type !== 'element') continue;
    const { properties } = child;
    if (child.tagName === 'h2' && properties['id'] === 'footnote-label') child.children = [{ type: 'text', value: footnoteLabels.nn.heading }];
    if (properties['dataFootnoteBackref'] !== undefined && typeof properties['ariaLabel'] === 'string')
      properties['ariaLabel'] = properties['ariaLabel'].replace(footnoteLabels.nb.back, footnoteLabels.nn.back);
    visit(child);
  }
}

export function rehypeFootnoteLanguage() {
  return (tree: Root, file: VFile) => {
    const frontmatter = (file.data as { astro?: { frontmatter?: { lang?: unknown } } }).astro?.frontmatter;
    if (frontmatter?.lang === 'nn') visit(tree);
  };
}
