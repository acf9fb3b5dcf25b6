// For showing several documents on one page (the særtrykk): every id gets a
// prefix, and so does every reference to one (links to «#…», aria-describedby,
// aria-labelledby), so two texts with a footnote each keep unique ids and
// working references.
import type { Element, Root } from 'hast';

function prefixList(value: unknown, prefix: string): unknown {
  return Array.isArray(value) ? value.map((id) => `${prefix}${String(id)}`) : typeof value === 'string' ? `${prefix}${value}` : value;
}

function visit(node: Root | Element, prefix: string) {
  for (const child of node.children) {
    if (child.type !== 'element') continue;
    const p = child.properties;
    if (typeof p.id === 'string') p.id = `${prefix}${p.id}`;
    if (typeof p.href === 'string' && p.href.startsWith('#') && p.href.length > 1) p.href = `#${prefix}${p.href.slice(1)}`;
    for (const name of ['ariaDescribedBy', 'ariaLabelledBy']) if (name in p) p[name] = prefixList(p[name], prefix) as string[];
    visit(child, prefix);
  }
}

export function rehypePrefixIds({ prefix }: { prefix: string }) {
  return (tree: Root) => visit(tree, prefix);
}
