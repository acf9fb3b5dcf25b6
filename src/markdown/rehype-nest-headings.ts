// For showing several documents on one page (the særtrykk): moves every
// heading down a level, so the page keeps one outline.
import type { Element, Root } from 'hast';

const heading = /^h([1-6])$/;

function visit(node: Root | Element, levels: number) {
  for (const child of node.children) {
    if (child.type !== 'element') continue;
    const level = heading.exec(child.tagName)?.[1];
    if (level) child.tagName = `h${Math.min(6, Number(level) + levels)}`;
    visit(child, levels);
  }
}

export function rehypeNestHeadings({ levels = 1 }: { levels?: number } = {}) {
  return (tree: Root) => visit(tree, levels);
}
