// What a mail client cannot show of the site's HTML, made into what it can:
// a checklist's boxes become ☐ and ☑ (Gmail and Outlook drop form fields, and
// the items lost their state), and a footnote's «↩» is left out (it went back
// to the web page, not to the number in the mail). For the HTML e-mail only;
// the plain text writes checkboxes as «[ ]» and «[x]» (newsletter-email.ts).
import type { Element, ElementContent, Root } from 'hast';

function mailable(node: ElementContent): ElementContent[] {
  if (node.type !== 'element') return [node];
  if (node.tagName === 'a' && node.properties['dataFootnoteBackref'] !== undefined) return [];
  if (node.tagName === 'input' && node.properties['type'] === 'checkbox')
    return [{ type: 'text', value: node.properties['checked'] ? '☑' : '☐' }];
  visit(node);
  return [node];
}

function visit(node: Root | Element) {
  const children = (node.children as ElementContent[]).flatMap(mailable);
  // The space that stood before a left-out «↩».
  const last = children.at(-1);
  if (children.length < node.children.length && last?.type === 'text') last.value = last.value.trimEnd();
  node.children = children;
}

export function rehypeMailClient() {
  return (tree: Root) => visit(tree);
}
