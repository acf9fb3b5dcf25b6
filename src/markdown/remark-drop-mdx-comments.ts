// MDX comments ({/* … */}) show nothing on the page. Renderers that take the
// body outside MDX (the særtrykk, the e-mail) parse it with remark-mdx too and
// drop them here. Other expressions, JSX and imports are refused by the
// content check (src/content-check/markdown-constructs.ts).
import type { Parent, Root } from 'mdast';

const comment = /^\s*\/\*[\s\S]*\*\/\s*$/;

function visit(node: Parent) {
  node.children = node.children.filter(
    (child) => !((child.type === 'mdxFlowExpression' || child.type === 'mdxTextExpression') && comment.test(child.value)),
  );
  for (const child of node.children) if ('children' in child) visit(child);
}

export function remarkDropMdxComments() {
  return (tree: Root) => visit(tree);
}
