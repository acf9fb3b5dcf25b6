// Parses each MDX body as the site will (remark with MDX and GFM), so a syntax
// error is reported with its file and line before the build, finds images
// without alt text, and refuses what one of the body's outputs cannot show
// (markdown-constructs.ts). Only parsed, not compiled: MDX's syntax errors all
// come from parsing, and the rest of a compile cost as much again (issue 17).
import { dirname, resolve } from 'node:path';
import remarkGfm from 'remark-gfm';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { bodyField } from '../cms/config.ts';
import { imageFileProblem } from './image-file.ts';
import { linkProblem, type SiteAddresses } from './site-addresses.ts';
import { siteImageProblem } from './site-images.ts';
import { mdxSyntaxProblems } from './mdx-errors.ts';
import { findNumberedLines } from './numbered-lines.ts';
import { findWordBullets } from './word-bullets.ts';
import { findArchiveVoice, isArchiveItem } from './archive-voice.ts';
import { newItemLabel } from '../schemas/new-item.ts';
import { findDownloadProblems, findDuplicateFootnotes, findHeadingLevelProblems, findPastedCharacters, findUnsupportedConstructs, type BodyProblem } from './markdown-constructs.ts';
import type { Problem } from './problem.ts';
import type { ValidEntry } from './validate.ts';

interface Node {
  type: string;
  url?: string;
  alt?: string | null;
  name?: string | null;
  attributes?: { type: string; name?: string; value?: unknown }[];
  position?: { start: { line: number } };
  children?: Node[];
}

function isImageWithoutAlt(node: Node): boolean {
  if (node.type === 'image' || node.type === 'imageReference') return !node.alt?.trim();
  if ((node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') && node.name === 'img') {
    const alt = node.attributes?.find((a) => a.type === 'mdxJsxAttribute' && a.name === 'alt');
    return alt === undefined || (typeof alt.value === 'string' && !alt.value.trim());
  }
  return false;
}

function findImagesWithoutAlt(node: Node, found: number[] = []): number[] {
  if (isImageWithoutAlt(node)) found.push(node.position?.start.line ?? 0);
  for (const child of node.children ?? []) findImagesWithoutAlt(child, found);
  return found;
}

/** Images in the text that Astro processes as files beside the entry: not a site address (/…) nor a web address. */
function findLocalImages(node: Node, found: { url: string; line: number | undefined }[] = []) {
  if (node.type === 'image' && node.url && !/^(\/|[a-z][a-z+.-]*:)/i.test(node.url)) found.push({ url: node.url, line: node.position?.start.line });
  for (const child of node.children ?? []) findLocalImages(child, found);
  return found;
}

/** Images in the text at a site address (/…), for siteImageProblem. */
function findSiteImages(node: Node, found: { url: string; line: number | undefined }[] = []) {
  if (node.type === 'image' && node.url?.startsWith('/') && !node.url.startsWith('//')) found.push({ url: node.url, line: node.position?.start.line });
  for (const child of node.children ?? []) findSiteImages(child, found);
  return found;
}

/** Links in the text (also reference definitions), for linkProblem. */
function findLinks(node: Node, found: { url: string; line: number | undefined }[] = []) {
  if ((node.type === 'link' || node.type === 'definition') && node.url) found.push({ url: node.url, line: node.position?.start.line });
  for (const child of node.children ?? []) findLinks(child, found);
  return found;
}

/** A Markdown URL as a file path: %20 is a space; a malformed escape is left as written. */
function filePath(url: string): string {
  try {
    return decodeURI(url);
  } catch {
    return url;
  }
}

/** Checks every body, also of entries whose frontmatter has problems: those are reported with these in one run. */
export async function checkBodies(
  entries: readonly (Pick<ValidEntry, 'collection' | 'file' | 'body' | 'bodyStartLine'> & { data?: unknown })[],
  addresses?: SiteAddresses,
): Promise<Problem[]> {
  const problems: Problem[] = [];
  for (const entry of entries) {
    const { body } = entry;
    if (body === undefined) continue;
    const found: BodyProblem[] = [...findPastedCharacters(body), ...findWordBullets(body)];
    const images: { url: string; line: number | undefined }[] = [];
    const siteImages: { url: string; line: number | undefined }[] = [];
    /** The checks of a tree that MDX could read; `text`: the body it was read from. */
    const inspect = (tree: Node, text: string) => {
      images.push(...findLocalImages(tree));
      siteImages.push(...findSiteImages(tree));
      if (addresses !== undefined)
        for (const { url, line } of findLinks(tree)) {
          const message = linkProblem(url, addresses);
          if (message !== undefined) found.push({ line, message });
        }
      for (const line of findImagesWithoutAlt(tree))
        found.push({ line, message: 'bildet mangler alt-tekst; skriv ![beskrivelse av bildet](fil.jpg)' });
      found.push(...findUnsupportedConstructs(tree, entry.collection), ...findHeadingLevelProblems(tree), ...findDuplicateFootnotes(tree), ...findNumberedLines(tree, text));
      if (isArchiveItem(entry.collection, entry.data)) found.push(...findArchiveVoice(tree, newItemLabel(entry.collection)));
    };
    const processor = unified()
      .use(remarkParse)
      .use(entry.file.endsWith('.md') ? [] : [remarkMdx])
      .use(remarkGfm);
    // Each syntax error at once; the rest is checked on the text with them put out of play.
    const { problems: syntax, tree, readable } = mdxSyntaxProblems(body, (value) => processor.parse({ value, path: entry.file }));
    found.push(...syntax);
    if (tree !== undefined) inspect(tree as Node, readable);
    for (const { url, line } of images) {
      const message = await imageFileProblem(resolve(dirname(entry.file), filePath(url)), url);
      if (message !== undefined) found.push({ line, message });
    }
    for (const { url, line } of siteImages) {
      const message = await siteImageProblem(url, entry.file, addresses);
      if (message !== undefined) found.push({ line, message });
    }
    // The downloads' own safety net, for what the rules above do not already name.
    if (found.length === 0) found.push(...findDownloadProblems(entry.collection, body));
    // Named as the CMS names the body («Tekst (Markdown)»), the field the editor sees. The same problem
    // twice on a line («{2010} … {prosjektnavn}») is said once.
    const start = entry.bodyStartLine;
    const unique = [...new Map(found.map((problem) => [`${problem.line}\n${problem.message}`, problem])).values()].sort((a, b) => (a.line ?? 0) - (b.line ?? 0));
    problems.push(
      ...unique.map(({ line, message }) => ({
        file: entry.file,
        field: 'body',
        label: bodyField.label,
        line,
        ...(line !== undefined && start !== undefined && line >= start && { textLine: line - start + 1 }),
        message,
      })),
    );
  }
  return problems;
}
