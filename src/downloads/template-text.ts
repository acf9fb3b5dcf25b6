// A communication template as plain text: headings underlined, lists with
// dashes and numbers, link targets written out, one line per paragraph so it
// reflows when pasted into a letter or an e-mail.
import type { ListItem, PhrasingContent, RootContent } from 'mdast';
import { flowing, linkTarget, parseTemplateBody, unsupported, type TemplateDocument } from './template-markdown.ts';

function inline(nodes: PhrasingContent[], site: URL): string {
  return nodes
    .map((node): string => {
      switch (node.type) {
        case 'text':
        case 'inlineCode':
          return flowing(node.value);
        case 'strong':
        case 'emphasis':
        case 'delete':
          return inline(node.children, site);
        case 'link': {
          const text = inline(node.children, site);
          const target = linkTarget(node, site);
          return target && target !== text ? `${text} (${target})` : text;
        }
        case 'break':
          return '\n';
        case 'image':
          return node.alt ?? '';
        default:
          return unsupported(node.type);
      }
    })
    .join('');
}

function underline(text: string, mark: string): string {
  return `${text}\n${mark.repeat([...text].length)}`;
}

function indent(text: string, by: string): string {
  return text.replace(/\n(?=.)/g, `\n${by}`);
}

function listItem(item: ListItem, marker: string, site: URL): string {
  const check = item.checked === true ? '[x] ' : item.checked === false ? '[ ] ' : '';
  const content = item.children.map((child) => block(child, site)).join('\n');
  return marker + check + indent(content, ' '.repeat(marker.length));
}

function block(node: RootContent, site: URL): string {
  switch (node.type) {
    case 'heading':
      return underline(inline(node.children, site), node.depth <= 2 ? '=' : '-');
    case 'paragraph':
      return inline(node.children, site);
    case 'list':
      return node.children
        .map((item, i) => listItem(item, node.ordered ? `${(node.start ?? 1) + i}. ` : '- ', site))
        .join(node.spread ? '\n\n' : '\n');
    case 'blockquote':
      return node.children.map((child) => block(child, site)).join('\n\n').replace(/^/gm, '> ');
    case 'table':
      return node.children.map((row) => row.children.map((cell) => inline(cell.children, site)).join(' | ')).join('\n');
    case 'thematicBreak':
      return '* * *';
    case 'code':
      return node.value;
    default:
      return unsupported(node.type);
  }
}

export function templateText({ title, summary, url, body }: TemplateDocument, site: URL): string {
  const blocks = parseTemplateBody(body).children.map((node) => block(node, site));
  const text = [underline(title, '='), summary.trim().replace(/\s+/g, ' '), ...blocks, `Fra Kompetansebanken: ${url}`].join('\n\n');
  // A byte order mark, so Notepad and browsers read æ, ø and å as UTF-8 whatever the server says.
  return `\uFEFF${text}\n`;
}
