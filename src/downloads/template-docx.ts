// A communication template as a Word document (.docx), built from the same
// Markdown as its page with the `docx` library: Word's own heading and list
// styles, so the municipality's template restyles it, and links kept as links.
import {
  AlignmentType,
  BorderStyle,
  Document,
  ExternalHyperlink,
  Footer,
  FootnoteReferenceRun,
  HeadingLevel,
  LevelFormat,
  Packer,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
  type ParagraphChild,
} from 'docx';
import type { List, PhrasingContent, RootContent } from 'mdast';
import { reproducibleZip } from './reproducible-zip.ts';
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
import { siteText } from '../lib/site-text.ts';

interface Marks {
  bold?: boolean;
  italics?: boolean;
  strike?: boolean;
  /** A character style, e.g. Word's «Hyperlink». */
  style?: string;
}

interface Context {
  site: URL;
  body: TemplateBody;
  /** Each ordered list is its own instance of the numbering, so it counts from its own start. */
  nextListInstance: number;
  /** The first numbers of ordered lists that do not start at 1 («3. Tre»): each has a numbering of its own. */
  starts: Set<number>;
  /** Top-level sections («## …») seen so far. */
  sections: number;
}

const codeFont = 'Consolas';

const headingLevels = [HeadingLevel.HEADING_1, HeadingLevel.HEADING_2, HeadingLevel.HEADING_3, HeadingLevel.HEADING_4] as const;

function runs(nodes: PhrasingContent[], context: Context, marks: Marks = {}): ParagraphChild[] {
  return nodes.flatMap((node): ParagraphChild[] => {
    switch (node.type) {
      case 'text':
        return [new TextRun({ text: flowing(node.value), ...marks })];
      // In the code blocks' font, as on the page.
      case 'inlineCode':
        return [new TextRun({ text: flowing(node.value), ...marks, font: codeFont })];
      case 'strong':
        return runs(node.children, context, { ...marks, bold: true });
      case 'emphasis':
        return runs(node.children, context, { ...marks, italics: true });
      case 'delete':
        return runs(node.children, context, { ...marks, strike: true });
      case 'link':
      case 'linkReference': {
        const url = node.type === 'link' ? node.url : referenceUrl(context.body, node);
        const target = url === undefined ? undefined : linkTarget({ url }, context.site);
        if (!target) return runs(node.children, context, marks);
        return [new ExternalHyperlink({ link: target, children: runs(node.children, context, { ...marks, style: 'Hyperlink' }) })];
      }
      // Word's own footnotes, numbered as on the page.
      case 'footnoteReference':
        return [new FootnoteReferenceRun(footnoteNumber(context.body, node.identifier))];
      case 'break':
        return [new TextRun({ break: 1 })];
      case 'image':
      case 'imageReference':
        return [new TextRun({ text: imageText(node.alt), ...marks })];
      default:
        return unsupported(node);
    }
  });
}

function list(node: List, context: Context, level: number): (Paragraph | Table)[] {
  const instance = node.ordered ? context.nextListInstance++ : 0;
  // Word restarts each instance at its numbering's start, so a list from 3 needs a numbering that starts at 3.
  const start = node.start ?? 1;
  if (node.ordered && start !== 1) context.starts.add(start);
  const numbers = start === 1 ? 'numbers' : numbersFrom(start);
  return node.children.flatMap((item) =>
    item.children.flatMap((child, i) => {
      if (child.type === 'list') return list(child, context, level + 1);
      if (child.type !== 'paragraph') return blocks([child], context);
      const check = i === 0 && item.checked !== null && item.checked !== undefined ? [new TextRun(item.checked ? '☒ ' : '☐ ')] : [];
      const children = [...check, ...runs(child.children, context)];
      // The item's first paragraph carries the bullet or number; more paragraphs line up under it.
      return i === 0
        ? new Paragraph({ children, numbering: node.ordered ? { reference: numbers, level, instance } : { reference: 'bullets', level } })
        : new Paragraph({ children, indent: { left: 720 * (level + 1) } });
    }),
  );
}

const cellAlignment = { left: AlignmentType.LEFT, right: AlignmentType.RIGHT, center: AlignmentType.CENTER } as const;

function table(node: Extract<RootContent, { type: 'table' }>, context: Context): Table {
  return new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    rows: node.children.map(
      (row, r) =>
        new TableRow({
          tableHeader: r === 0,
          children: row.children.map(
            (cell, c) =>
              new TableCell({
                children: [
                  new Paragraph({
                    alignment: cellAlignment[node.align?.[c] ?? 'left'],
                    children: runs(cell.children, context, r === 0 ? { bold: true } : {}),
                  }),
                ],
              }),
          ),
        }),
    ),
  });
}

function blocks(nodes: RootContent[], context: Context): (Paragraph | Table)[] {
  return nodes.flatMap((node): (Paragraph | Table)[] => {
    switch (node.type) {
      case 'heading': {
        // Guidance, template and example each start a page, so the template can be printed on its own.
        const newSection = node.depth <= 2 && context.sections++ > 0;
        const heading = headingLevels[Math.max(node.depth - 2, 0)] ?? HeadingLevel.HEADING_4;
        return [new Paragraph({ heading, pageBreakBefore: newSection, children: runs(node.children, context) })];
      }
      case 'paragraph':
        return [new Paragraph({ children: runs(node.children, context) })];
      case 'list':
        return list(node, context, 0);
      case 'blockquote':
        return node.children.flatMap((child) =>
          child.type === 'paragraph'
            ? [
                new Paragraph({
                  children: runs(child.children, context, { italics: true }),
                  indent: { left: 567 },
                  border: { left: { style: BorderStyle.SINGLE, size: 12, color: '1B5E7A', space: 8 } },
                }),
              ]
            : blocks([child], context),
        );
      case 'table':
        return [table(node, context)];
      case 'thematicBreak':
        return [new Paragraph({ border: { bottom: { style: BorderStyle.SINGLE, size: 6, color: '999999', space: 1 } } })];
      case 'code':
        return node.value.split('\n').map((line) => new Paragraph({ children: [new TextRun({ text: line, font: codeFont })] }));
      // Link definitions and comments («[//]: # (…)») show nothing; footnotes are Word footnotes.
      case 'definition':
      case 'footnoteDefinition':
        return [];
      default:
        return unsupported(node);
    }
  });
}

const bulletLevels = ['•', '◦', '▪', '•'].map((text, level) => ({
  level,
  format: LevelFormat.BULLET,
  text,
  alignment: AlignmentType.LEFT,
  style: { paragraph: { indent: { left: 720 * (level + 1), hanging: 360 } } },
}));

const numberLevels = ['%1.', '%2.', '%3.', '%4.'].map((text, level) => ({
  level,
  // Decimal at every depth, as the page (a browser's <ol>) and the text file number them.
  format: LevelFormat.DECIMAL,
  text,
  alignment: AlignmentType.LEFT,
  style: { paragraph: { indent: { left: 720 * (level + 1), hanging: 360 } } },
}));

const numbersFrom = (start: number) => `numbers-from-${start}`;

/** The Word file; the same document gives the same bytes (dated `date`, see reproducible-zip.ts). */
export async function templateDocx({ title, summary, url, body, date, lang }: TemplateDocument, site: URL): Promise<Buffer> {
  const context: Context = { site, body: parseTemplateBody(body), nextListInstance: 1, starts: new Set(), sections: 0 };
  const footnotes = Object.fromEntries(
    context.body.footnotes.map((note, i) => [
      i + 1,
      { children: blocks(note.children, context).filter((b): b is Paragraph => b instanceof Paragraph) },
    ]),
  );
  // The body first: it finds the lists' first numbers, which the numbering must list.
  const children = blocks(context.body.tree.children, context);
  const document = new Document({
    footnotes,
    title,
    description: summary.trim(),
    creator: siteText.siteName,
    // Word shows it under «Sist endret av»; left out, the library writes «Un-named».
    lastModifiedBy: siteText.siteName,
    styles: {
      default: {
        document: {
          // The template's written standard, for Word's spelling and hyphenation (a nynorsk template was marked bokmål).
          run: { font: 'Calibri', size: 22, language: { value: lang === 'nn' ? 'nn-NO' : 'nb-NO' } },
          paragraph: { spacing: { after: 120, line: 276 } },
        },
        title: { paragraph: { spacing: { after: 240 } } },
        heading1: { paragraph: { spacing: { before: 480, after: 120 }, keepNext: true } },
        heading2: { paragraph: { spacing: { before: 320, after: 80 }, keepNext: true } },
        heading3: { paragraph: { spacing: { before: 240, after: 60 }, keepNext: true } },
        listParagraph: { paragraph: { spacing: { after: 60 } } },
      },
    },
    numbering: {
      config: [
        { reference: 'bullets', levels: bulletLevels },
        { reference: 'numbers', levels: numberLevels },
        ...[...context.starts].map((start) => ({ reference: numbersFrom(start), levels: numberLevels.map((level) => ({ ...level, start })) })),
      ],
    },
    sections: [
      {
        properties: { page: { size: { width: 11906, height: 16838 } } },
        footers: {
          default: new Footer({
            children: [new Paragraph({ children: [new TextRun({ text: `Fra ${siteText.siteName}: ${url}`, size: 18 })] })],
          }),
        },
        children: [
          new Paragraph({ heading: HeadingLevel.TITLE, children: [new TextRun(title)] }),
          new Paragraph({ children: [new TextRun({ text: summary.trim().replace(/\s+/g, ' '), size: 26 })] }),
          ...children,
        ],
      },
    ],
  });
  return reproducibleZip(await Packer.toBuffer(document), date);
}
