// A communication template's MDX body as a Markdown syntax tree, for the
// Word and plain-text downloads. Same source as the page, parsed with the same
// GFM and MDX syntax the site uses.
import type { Definition, FootnoteDefinition, Link, LinkReference, Root, RootContent } from 'mdast';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { rendererOptions } from '../markdown/plugins.ts';

export interface TemplateDocument {
  title: string;
  summary: string;
  /** Absolute address of the template's page. */
  url: string;
  body: string;
  /** When the template last changed (its last commit): the Word file's dates, so a build is reproducible. */
  date: Date;
  /** The template's written standard («nn»: the Word file's language and the text file's «Fotnotar»); bokmål if not said. */
  lang?: 'nb' | 'nn' | undefined;
}

/** The body's tree, with what references in it point at. */
export interface TemplateBody {
  tree: Root;
  /** Link and image definitions («[navn]: adresse»), by lower-cased label. */
  definitions: Map<string, Definition>;
  /** Footnotes in the order they are first referred to; a reference's number is its index + 1. */
  footnotes: FootnoteDefinition[];
}

function walk(node: Root | RootContent, visit: (node: RootContent) => void) {
  if (node.type !== 'root') visit(node);
  if ('children' in node) for (const child of node.children) walk(child, visit);
}

export function parseTemplateBody(body: string): TemplateBody {
  // The site's remark plugins: MDX syntax (comments dropped), GFM, whole e-mail autolinks.
  const processor = unified().use(remarkParse).use(rendererOptions.remarkPlugins);
  const tree = processor.runSync(processor.parse(body)) as Root;
  const definitions = new Map<string, Definition>();
  const footnoteDefinitions = new Map<string, FootnoteDefinition>();
  const referred: string[] = [];
  walk(tree, (node) => {
    if (node.type === 'definition') definitions.set(node.identifier.toLowerCase(), node);
    if (node.type === 'footnoteDefinition') footnoteDefinitions.set(node.identifier.toLowerCase(), node);
    if (node.type === 'footnoteReference' && !referred.includes(node.identifier.toLowerCase())) referred.push(node.identifier.toLowerCase());
  });
  const footnotes = referred.flatMap((id) => footnoteDefinitions.get(id) ?? []);
  // A Word footnote holds paragraphs only: a table or list in one would be lost.
  for (const block of footnotes.flatMap((note) => note.children))
    if (block.type !== 'paragraph') throw new UnsupportedMarkdown(`footnote ${block.type}`, block.position?.start.line);
  return { tree, definitions, footnotes };
}

/** A footnote reference's number («[1]»), as on the page. */
export function footnoteNumber(body: TemplateBody, identifier: string): number {
  return body.footnotes.findIndex((f) => f.identifier.toLowerCase() === identifier.toLowerCase()) + 1;
}

/** The address a reference-style link or image («[tekst][navn]») points at, if it is defined. */
export function referenceUrl(body: TemplateBody, node: LinkReference | { identifier: string }): string | undefined {
  return body.definitions.get(node.identifier.toLowerCase())?.url;
}

/**
 * Where a link goes, written out for paper and plain text: the site's own
 * pages get the full address, links within the page none.
 */
export function linkTarget(link: Pick<Link, 'url'>, site: URL): string | undefined {
  if (link.url.startsWith('#')) return undefined;
  if (/^mailto:/i.test(link.url)) return link.url;
  return new URL(link.url, site).href;
}

/**
 * Text as it flows: the source's line breaks inside a paragraph are only
 * where the editor wrapped it, and soft hyphens are for the web page's
 * line breaking (Word and text editors break lines their own way).
 */
export function flowing(text: string): string {
  return text.replace(/[ \t]*\n[ \t]*/g, ' ').replaceAll('\u00AD', '');
}

export { imageText } from '../lib/plain-text.ts';

/** Markdown the downloads cannot show; the content check reports it before the build. */
export class UnsupportedMarkdown extends Error {
  readonly nodeType: string;
  readonly line: number | undefined;
  constructor(nodeType: string, line: number | undefined) {
    super(`A communication template uses Markdown the Word and text downloads do not support: «${nodeType}» (line ${line ?? '?'}).`);
    this.nodeType = nodeType;
    this.line = line;
  }
}

/** A node the downloads cannot show; the build stops rather than drop text. */
export function unsupported(node: { type: string; position?: { start: { line: number } } }): never {
  throw new UnsupportedMarkdown(node.type, node.position?.start.line);
}
