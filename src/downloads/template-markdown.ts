// A communication template's MDX body as a Markdown syntax tree, for the
// Word and plain-text downloads. Same source as the page, parsed with the same
// GFM and MDX syntax the site uses.
import type { Link, Root } from 'mdast';
import remarkGfm from 'remark-gfm';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import { unified } from 'unified';

export interface TemplateDocument {
  title: string;
  summary: string;
  /** Absolute address of the template's page. */
  url: string;
  body: string;
}

export function parseTemplateBody(body: string): Root {
  return unified().use(remarkParse).use(remarkGfm).use(remarkMdx).parse(body);
}

/**
 * Where a link goes, written out for paper and plain text: the site's own
 * pages get the full address, links within the page none.
 */
export function linkTarget(link: Link, site: URL): string | undefined {
  if (link.url.startsWith('#')) return undefined;
  return new URL(link.url, site).href;
}

/** Text as it flows: the source's line breaks inside a paragraph are only where the editor wrapped it. */
export function flowing(text: string): string {
  return text.replace(/[ \t]*\n[ \t]*/g, ' ');
}

/** A node the downloads cannot show; the build stops rather than drop text. */
export function unsupported(type: string): never {
  throw new Error(`A communication template uses Markdown the Word and text downloads do not support: «${type}».`);
}
