// GFM column alignment («| ---: |») becomes `align` on each cell, which MDX
// turns into `style="text-align:right"`: the site's CSP blocks inline styles
// and HTML5 has no `align`. A class does the same job (styles/prose.css, and
// the e-mail's stylesheet, which juice inlines).
import type { Element, Root } from 'hast';

/** The class for a column aligned right or centred; left is the default and gets none. */
export const alignClass = { right: 'align-right', center: 'align-center' } as const;

function visit(node: Root | Element) {
  for (const child of node.children) {
    if (child.type !== 'element') continue;
    if ((child.tagName === 'td' || child.tagName === 'th') && 'align' in child.properties) {
      const cls = alignClass[child.properties.align as keyof typeof alignClass];
      delete child.properties.align;
      if (cls) child.properties.className = [...((child.properties.className as string[] | undefined) ?? []), cls];
    }
    visit(child);
  }
}

export function rehypeTableAlignClasses() {
  return (tree: Root) => visit(tree);
}
