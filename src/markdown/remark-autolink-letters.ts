// GFM links bare e-mail addresses, but only with the ASCII letters of the
// local part: «øyvind.åsen@kommune.no» became «øyvind.å» and a link to
// «sen@kommune.no». The letters GFM left out are moved back into the link.
import type { Link, Parent, Root, Text } from 'mdast';

const cutOff = /[\p{L}\p{N}._+-]+$/u;

function visit(node: Parent) {
  node.children.forEach((child, i) => {
    const before = node.children[i - 1];
    if (child.type === 'link' && child.url.startsWith('mailto:') && before?.type === 'text') fixEmail(child, before);
    if ('children' in child) visit(child);
  });
}

function fixEmail(link: Link, before: Text) {
  const label = link.children[0];
  const tail = cutOff.exec(before.value)?.[0];
  if (!tail || link.children.length !== 1 || label?.type !== 'text') return;
  before.value = before.value.slice(0, -tail.length);
  label.value = tail + label.value;
  link.url = `mailto:${tail}${link.url.slice('mailto:'.length)}`;
}

export function remarkAutolinkLetters() {
  return (tree: Root) => visit(tree);
}
