// Nynorsk quoted in running text gets lang="nn" (lib/nynorsk-quotes.ts): a blockquote in nynorsk as a whole, and
// each «…» in nynorsk as a <span>. On a page written in nynorsk (lang: nn) the mark repeats the page's language,
// which does no harm; the plugin does not know the page's language.
import type { Element, ElementContent, Root } from 'hast';
import { toText } from 'hast-util-to-text';
import { isNynorsk, nynorskQuoteParts } from '../lib/nynorsk-quotes.ts';

const skip = new Set(['code', 'pre', 'script', 'style']);

function markQuotes(node: Root | Element) {
  node.children = node.children.flatMap((child): ElementContent[] => {
    if (child.type === 'element') {
      if (skip.has(child.tagName) || child.properties['lang'] !== undefined) return [child];
      if (child.tagName === 'blockquote' && isNynorsk(toText(child))) {
        child.properties['lang'] = 'nn';
        return [child];
      }
      markQuotes(child);
      return [child];
    }
    if (child.type !== 'text') return [child as ElementContent];
    return nynorskQuoteParts(child.value).map(({ text, nynorsk }): ElementContent =>
      nynorsk ? { type: 'element', tagName: 'span', properties: { lang: 'nn' }, children: [{ type: 'text', value: text }] } : { type: 'text', value: text },
    );
  }) as typeof node.children;
}

export function rehypeNynorskQuotes() {
  return (tree: Root) => markQuotes(tree);
}
