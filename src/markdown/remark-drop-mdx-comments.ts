// MDX comments ({/* … */}) show nothing. Every Markdown pipeline drops them here (the page's MDX too, so its
// HTML and search text match the others), and with them the space they leave: «en {/* … */} kommentar» was
// «en  kommentar» in the text download, the e-mail and Word. Other expressions, JSX and imports are refused by
// the content check (src/content-check/markdown-constructs.ts).
import type { Parent, Root, RootContent } from 'mdast';

const comment = /^\s*\/\*[\s\S]*\*\/\s*$/;

const isComment = (node: RootContent) => (node.type === 'mdxFlowExpression' || node.type === 'mdxTextExpression') && comment.test(node.value);

function visit(node: Parent) {
  const kept: RootContent[] = [];
  let dropped = false;
  for (const child of node.children) {
    if (isComment(child)) {
      dropped = child.type === 'mdxTextExpression';
      continue;
    }
    const before = kept.at(-1);
    // The space before the comment stays; the one after it goes (and both at the paragraph's start).
    if (dropped && child.type === 'text' && (!before || (before.type === 'text' && /\s$/.test(before.value)))) child.value = child.value.replace(/^[ \t]+/, '');
    dropped = false;
    kept.push(child);
  }
  // A comment last in the paragraph leaves the space before it at the end.
  const last = kept.at(-1);
  if (dropped && last?.type === 'text') last.value = last.value.replace(/[ \t]+$/, '');
  node.children = kept as Parent['children'];
  for (const child of node.children) if ('children' in child) visit(child);
}

export function remarkDropMdxComments() {
  return (tree: Root) => visit(tree);
}
