// What a mail client cannot show of the site's HTML, made into what it can:
// a checklist's boxes become ☐ and ☑ (Gmail and Outlook drop form fields, and
// the items lost their state); a footnote's number is plain superscript and
// its «↩» is left out (both were links that opened the web page, not the note
// or the number in the mail); the page's search marks go. For the HTML e-mail
// only; the plain text writes checkboxes as «[ ]» and «[x]» and numbers as «[1]»
// (newsletter-email.ts).
import type { Element, ElementContent, Root } from 'hast';

function mailable(node: ElementContent): ElementContent[] {
  if (node.type !== 'element') return [node];
  if (node.tagName === 'a' && node.properties['dataFootnoteBackref'] !== undefined) return [];
  if (node.tagName === 'a' && node.properties['dataFootnoteRef'] !== undefined) return node.children;
  delete node.properties['dataPagefindIgnore'];
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
