// For showing several documents on one page (the særtrykk): moves every
// heading down a level and prefixes its id, so the page keeps one outline and
// unique ids.
import type { Element, Root } from 'hast';

export interface NestOptions {
  idPrefix: string;
  levels?: number;
}

const heading = /^h([1-6])$/;

function visit(node: Root | Element, { idPrefix, levels = 1 }: NestOptions) {
  for (const child of node.children) {
    if (child.type !== 'element') continue;
    const level = heading.exec(child.tagName)?.[1];
    if (level) {
      child.tagName = `h${Math.min(6, Number(level) + levels)}`;
      if (typeof child.properties.id === 'string') child.properties.id = `${idPrefix}${child.properties.id}`;
    }
    visit(child, { idPrefix, levels });
  }
}

export function rehypeNestHeadings(options: NestOptions) {
  return (tree: Root) => visit(tree, options);
}
