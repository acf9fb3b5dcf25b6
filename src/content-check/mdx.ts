// Parses each MDX body as the site will (remark with MDX and GFM), so a syntax
// error is reported with its file and line before the build, finds images
// without alt text, and refuses what one of the body's outputs cannot show
// (markdown-constructs.ts). Only parsed, not compiled: MDX's syntax errors all
// come from parsing, and the rest of a compile cost as much again (issue 17).
import { stat } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import remarkGfm from 'remark-gfm';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { bodyField, mediaPublicPath } from '../cms/config.ts';
import { copyPathName, mediaLibraryName } from '../cms/media-names.ts';
import { imageFileProblem } from './image-file.ts';
import { linkingText, linkProblem, type SiteAddresses } from './site-addresses.ts';
import { siteImageProblem } from './site-images.ts';
import { mdxSyntaxProblems } from './mdx-errors.ts';
import { findNumberedLines } from './numbered-lines.ts';
import { findRowsWithoutTable } from './table-rows.ts';
import { findWordBullets } from './word-bullets.ts';
import { findArchiveVoice, isArchiveItem } from './archive-voice.ts';
import { newItemLabel } from '../schemas/new-item.ts';
import { findDownloadProblems, findDuplicateFootnotes, findHeadingLevelProblems, findHeadingsWithoutWords, findUnsupportedConstructs } from './markdown-constructs.ts';
import { findPastedCharacters } from './pasted-characters.ts';
import { findDanglingBreaks } from './dangling-breaks.ts';
import { findUnmatchedReferences } from './unmatched-references.ts';
import type { BodyProblem, Problem } from './problem.ts';
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

/** An image in the text as written («![](../media/kart.png)»), to name it where the line is not shown (the CMS). */
type FoundImage = { url: string; line: number | undefined; written: string };

const writtenAs = (node: Node, text: string) => {
  const { start, end } = (node.position ?? {}) as { start?: { offset?: number }; end?: { offset?: number } };
  return start?.offset !== undefined && end?.offset !== undefined ? text.slice(start.offset, end.offset) : `![${node.alt ?? ''}](${node.url ?? ''})`;
};

function findImagesWithoutAlt(node: Node, text: string, found: FoundImage[] = []): FoundImage[] {
  if (isImageWithoutAlt(node)) found.push({ url: node.url ?? '', line: node.position?.start.line, written: writtenAs(node, text) });
  for (const child of node.children ?? []) findImagesWithoutAlt(child, text, found);
  return found;
}

/** Images in the text that Astro processes as files beside the entry: not a site address (/…) nor a web address. */
function findLocalImages(node: Node, text: string, found: FoundImage[] = []) {
  if (node.type === 'image' && node.url && !/^(\/|[a-z][a-z+.-]*:)/i.test(node.url)) found.push({ url: node.url, line: node.position?.start.line, written: writtenAs(node, text) });
  for (const child of node.children ?? []) findLocalImages(child, text, found);
  return found;
}

/**
 * Images in the text at another site's address («https://example.com/bilde.jpg», «//cdn…»): the site's security
 * policy (lib/csp.ts: img-src 'self' data:) blocks them, so a reader saw a broken image (fresh eyes). Not data: images.
 */
function findWebImages(node: Node, text: string, found: FoundImage[] = []) {
  if (node.type === 'image' && node.url && /^(?:\/\/|(?!data:)[a-z][a-z+.-]*:)/i.test(node.url)) found.push({ url: node.url, line: node.position?.start.line, written: writtenAs(node, text) });
  for (const child of node.children ?? []) findWebImages(child, text, found);
  return found;
}

/** Images in the text at a site address (/…), for siteImageProblem. */
function findSiteImages(node: Node, text: string, found: FoundImage[] = []) {
  if (node.type === 'image' && node.url?.startsWith('/') && !node.url.startsWith('//')) found.push({ url: node.url, line: node.position?.start.line, written: writtenAs(node, text) });
  for (const child of node.children ?? []) findSiteImages(child, text, found);
  return found;
}

/** A problem with an image in a text: its line, the image as written, and what is wrong with it and what to do. */
export type ImageProblem = { line: number | undefined; image: string; message: string };

/**
 * The images of a text (its tree, `tree`, read from `text`) that the page cannot show: one without alt text, a file
 * beside the entry in `file` that is missing or cannot be published, a site address the site does not have. One
 * place for these rules: the check reports them after a save, and the CMS refuses a save with them (bodyImageProblems).
 */
async function imageProblemsIn(tree: Node, text: string, file: string, addresses: SiteAddresses | undefined): Promise<ImageProblem[]> {
  const found: ImageProblem[] = findImagesWithoutAlt(tree, text).map(({ line, url, written }) => ({
    line,
    image: written,
    message: `bildet mangler alt-tekst: ${written}; skriv en kort beskrivelse av bildet mellom hakeparentesene: ![Beskrivelse](${url || 'fil.jpg'})`,
  }));
  for (const { url, line, written } of findLocalImages(tree, text)) {
    const path = resolve(dirname(file), filePath(url));
    const message = await imageFileProblem(path, url);
    // A file not there: uploaded, it is in the media folder, one folder up from the entries.
    const missing = message !== undefined && !(await stat(path).catch(() => undefined));
    if (message !== undefined)
      found.push({ line, image: written, message: missing ? `${message}; last opp bildet under «${mediaLibraryName}», trykk «${copyPathName}» der og skriv den stien i parentesen, slik: ${mediaPublicPath}/filnavn.jpg` : message });
  }
  for (const { line, written } of findWebImages(tree, text))
    found.push({
      line,
      image: written,
      message: `bildet ligger på et annet nettsted og kan ikke vises her (nettstedet viser bare sine egne bilder): ${written}; last det ned, last det opp under «${mediaLibraryName}», trykk «${copyPathName}» der og skriv den stien i parentesen, slik: ${mediaPublicPath}/filnavn.jpg`,
    });
  for (const { url, line, written } of findSiteImages(tree, text)) {
    const message = await siteImageProblem(url, file, addresses);
    if (message !== undefined) found.push({ line, image: written, message });
  }
  return found;
}

/** The processor that reads a body as the site does (MDX, unless the file is plain Markdown; GFM). */
const bodyProcessor = (file: string) =>
  unified()
    .use(remarkParse)
    .use(file.endsWith('.md') ? [] : [remarkMdx])
    .use(remarkGfm);

/**
 * The image problems of `body`, a text for the entry in `file` (its path decides where a relative image is looked
 * for): what the CMS refuses before a save (src/integrations/content-check.ts answers it), as the check reports it.
 * A text MDX cannot read is read with its faults put out of play, as the check reads it.
 */
export async function bodyImageProblems(body: string, file: string, addresses?: SiteAddresses): Promise<ImageProblem[]> {
  const processor = bodyProcessor(file);
  const { tree, readable } = mdxSyntaxProblems(body, (value) => processor.parse({ value, path: file }));
  return tree === undefined ? [] : imageProblemsIn(tree as Node, readable, file, addresses);
}

/**
 * How many images `problems` are about: an image can have more than one (no alt text and no file), and the CMS's
 * refusal counted problems as images («3 bilder» of two; fresh eyes). An image is its line and how it is written.
 */
export function imagesWithProblems(problems: readonly Pick<ImageProblem, 'line' | 'image'>[]): number {
  return new Set(problems.map(({ line, image }) => `${line}\n${image}`)).size;
}

/** Links in the text (also reference definitions), for linkProblem and the anchors' check (page-anchors.ts). */
export function findLinks(node: Node, found: { url: string; line: number | undefined }[] = []): { url: string; line: number | undefined }[] {
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
    const found: BodyProblem[] = [...findPastedCharacters(body), ...findWordBullets(body), ...findDanglingBreaks(body)];
    /** The checks of a tree that MDX could read; `text`: the body it was read from. */
    const inspect = async (tree: Node, text: string) => {
      if (addresses !== undefined)
        for (const { url, line } of findLinks(tree)) {
          const message = linkProblem(url, addresses, linkingText(entry.collection, entry.data));
          if (message !== undefined) found.push({ line, message });
        }
      found.push(...(await imageProblemsIn(tree, text, entry.file, addresses)).map(({ line, message }) => ({ line, message })));
      found.push(...findUnsupportedConstructs(tree, entry.collection), ...findHeadingLevelProblems(tree), ...findHeadingsWithoutWords(tree), ...findDuplicateFootnotes(tree), ...findNumberedLines(tree, text));
      found.push(...findRowsWithoutTable(tree, text), ...findUnmatchedReferences(tree, text));
      if (isArchiveItem(entry.collection, entry.data)) found.push(...findArchiveVoice(tree, newItemLabel(entry.collection)));
    };
    const processor = bodyProcessor(entry.file);
    // Each syntax error at once; the rest is checked on the text with them put out of play.
    const { problems: syntax, tree, readable } = mdxSyntaxProblems(body, (value) => processor.parse({ value, path: entry.file }));
    found.push(...syntax);
    if (tree !== undefined) await inspect(tree as Node, readable);
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
