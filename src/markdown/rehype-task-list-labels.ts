// GFM task lists («- [ ] Gjør dette») become checkboxes with no label, which
// screen readers announce as just «checkbox». Each one gets its item's text
// as its accessible name. GFM also disables them: a 13 px box that looked
// tickable and was not. A reader's checklist is for ticking, on screen and on
// paper (a ticked box prints ticked), so it is left enabled; nothing is saved
// and no script is needed. It is the design system's checkbox (`ds-input`:
// 24 px, the site's colours and focus ring); prose.css puts it where the bullet would be.
import type { Element, ElementContent, Root } from 'hast';

function textOf(node: ElementContent): string {
  if (node.type === 'text') return node.value;
  if (node.type === 'element') return node.children.map(textOf).join('');
  return '';
}

function isCheckbox(node: ElementContent): node is Element {
  return node.type === 'element' && node.tagName === 'input' && node.properties.type === 'checkbox';
}

function visit(node: Root | Element) {
  for (const child of node.children) {
    if (child.type !== 'element') continue;
    if (child.tagName === 'li') {
      // The checkbox is the item's first child, or the first child of its paragraph.
      const holder = child.children.find((c): c is Element => c.type === 'element' && c.tagName === 'p') ?? child;
      const checkbox = holder.children.find(isCheckbox);
      if (checkbox) {
        checkbox.properties['ariaLabel'] = child.children.map(textOf).join('').trim();
        delete checkbox.properties['disabled'];
        checkbox.properties['className'] = ['ds-input'];
      }
    }
    visit(child);
  }
}

export function rehypeTaskListLabels() {
  return (tree: Root) => visit(tree);
}
