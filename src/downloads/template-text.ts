// A communication template as plain text: headings underlined, lists with
// dashes and numbers, tables in lined-up columns, link targets written out,
// footnotes as «[1]» with their text at the end, one line per paragraph so it
// reflows when pasted into a letter or an e-mail.
import type { ListItem, PhrasingContent, RootContent, Table } from 'mdast';
import {
  flowing,
  footnoteNumber,
  imageText,
  linkTarget,
  parseTemplateBody,
  referenceUrl,
  unsupported,
  type TemplateBody,
  type TemplateDocument,
} from './template-markdown.ts';
import { padCell, struckOutMark } from '../lib/plain-text.ts';
import { isBareLink } from '../markdown/rehype-bare-links.ts';
import { footnoteLabels, type FootnoteLanguage } from '../markdown/footnote-labels.ts';
import { siteText } from '../lib/site-text.ts';

interface Context {
  site: URL;
  body: TemplateBody;
}

function withTarget(text: string, target: string | undefined): string {
  return target && !isBareLink(text, target) ? `${text} (${target.replace(/^mailto:/i, '')})` : text;
}

function inline(nodes: PhrasingContent[], context: Context): string {
  return nodes
    .map((node): string => {
      switch (node.type) {
        case 'text':
        case 'inlineCode':
          return flowing(node.value);
        case 'strong':
        case 'emphasis':
          return inline(node.children, context);
        case 'delete':
          return `${struckOutMark}${inline(node.children, context)}${struckOutMark}`;
        case 'link':
          return withTarget(inline(node.children, context), linkTarget(node, context.site));
        case 'linkReference': {
          const url = referenceUrl(context.body, node);
          return withTarget(inline(node.children, context), url === undefined ? undefined : linkTarget({ url }, context.site));
        }
        case 'footnoteReference':
          return `[${footnoteNumber(context.body, node.identifier)}]`;
        case 'break':
          return '\n';
        case 'image':
        case 'imageReference':
          return imageText(node.alt);
        default:
          return unsupported(node);
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

function listItem(item: ListItem, marker: string, context: Context): string {
  const check = item.checked === true ? '[x] ' : item.checked === false ? '[ ] ' : '';
  const content = blocks(item.children, context).join('\n');
  return marker + check + indent(content, ' '.repeat(marker.length));
}

/** Columns padded to line up (in a fixed-width font), aligned as the Markdown says. */
function table(node: Table, context: Context): string {
  const rows = node.children.map((row) => row.children.map((cell) => inline(cell.children, context)));
  const widths = (rows[0] ?? []).map((_, c) => Math.max(...rows.map((row) => [...(row[c] ?? '')].length)));
  const line = (cells: string[]) => cells.map((cell, c) => padCell(cell, widths[c] ?? 0, node.align?.[c])).join('  ').trimEnd();
  const [head = [], ...body] = rows;
  return [line(head), widths.map((w) => '-'.repeat(w)).join('  '), ...body.map(line)].join('\n');
}

function block(node: RootContent, context: Context): string | undefined {
  switch (node.type) {
    case 'heading':
      return underline(inline(node.children, context), node.depth <= 2 ? '=' : '-');
    case 'paragraph':
      return inline(node.children, context);
    case 'list':
      return node.children
        .map((item, i) => listItem(item, node.ordered ? `${(node.start ?? 1) + i}. ` : '- ', context))
        .join(node.spread ? '\n\n' : '\n');
    case 'blockquote':
      return blocks(node.children, context).join('\n\n').replace(/^/gm, '> ');
    case 'table':
      return table(node, context);
    case 'thematicBreak':
      return '* * *';
    case 'code':
      return node.value;
    // Link definitions and comments («[//]: # (…)») show nothing; footnotes come at the end.
    case 'definition':
    case 'footnoteDefinition':
      return undefined;
    default:
      return unsupported(node);
  }
}

function blocks(nodes: RootContent[], context: Context): string[] {
  return nodes.flatMap((node) => block(node, context) ?? []);
}

function footnotes(context: Context, lang: FootnoteLanguage): string[] {
  if (context.body.footnotes.length === 0) return [];
  const notes = context.body.footnotes.map((note, i) => indent(`[${i + 1}] ${blocks(note.children, context).join('\n\n')}`, '    '));
  return [underline(footnoteLabels[lang].heading, '-'), notes.join('\n')];
}

export function templateText({ title, summary, url, body, lang = 'nb' }: TemplateDocument, site: URL): string {
  const context = { site, body: parseTemplateBody(body) };
  const text = [
    underline(title, '='),
    summary.trim().replace(/\s+/g, ' '),
    ...blocks(context.body.tree.children, context),
    ...footnotes(context, lang),
    `Fra ${siteText.siteName}: ${url}`,
  ].join('\n\n');
  // A byte order mark, so Notepad and browsers read æ, ø and å as UTF-8 whatever the server says.
  return `\uFEFF${text}\n`;
}
