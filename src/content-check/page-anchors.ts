// Links to a place on a page («/eksempler/gloppen/#resultater», «#bakgrunn»):
// the anchor must be an id the page has, or the link opens the page at its top
// and the reader never finds what was meant. A page's ids are those its text
// makes (each heading's, as Astro's rehypeHeadingIds makes them after the
// site's own Markdown plugins, and the footnotes') and those its code writes
// out (`id="kilder"` in the page's file and the components it imports, read
// from the files themselves, so no list of them is kept by hand).
import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { rehypeHeadingIds } from '@astrojs/markdown-remark';
import type { Element, Root } from 'hast';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import { unified } from 'unified';
import { VFile } from 'vfile';
import { sourceCodeVersion } from '../build-cache/code-version.ts';
import { cachedFile, fileCacheDir } from '../build-cache/file-cache.ts';
import { bodyField } from '../cms/config.ts';
import { entryUrl, sectionPaths } from '../lib/routes.ts';
import { footnoteOptions, markdownOptions } from '../markdown/plugins.ts';
import { collectionDefinitions, type CollectionName } from '../schemas/collections.ts';
import { editDistance } from '../search/nearest-word.ts';
import { findLinks } from './mdx.ts';
import { mdxSyntaxProblems } from './mdx-errors.ts';
import type { Problem } from './problem.ts';
import { addressOf, filesUnder, pagesFolder, withTrailingSlash } from './site-addresses.ts';

/** What one text gives the check: the ids it makes on its page, and its links that name a place on a page. */
export interface TextAnchors {
  ids: string[];
  links: { url: string; line: number | undefined }[];
}

function idsIn(node: Root | Element, found: string[] = []): string[] {
  for (const child of node.children) {
    if (child.type !== 'element') continue;
    if (typeof child.properties.id === 'string') found.push(child.properties.id);
    idsIn(child, found);
  }
  return found;
}

/**
 * The ids `body` (the text of the entry in `file`) makes on its page and its links to a place on a page. The text is
 * read as the page reads it: the site's remark plugins (the typography turns «-» into «–», which the id leaves out),
 * remark-rehype with the site's footnote options, and Astro's own heading ids; MDX syntax errors put out of play.
 */
export async function textAnchors(body: string, file: string): Promise<TextAnchors> {
  const mdx = !file.endsWith('.md');
  const processor = unified()
    .use(remarkParse)
    .use(mdx ? [remarkMdx] : [])
    .use(markdownOptions.remarkPlugins)
    .use(remarkRehype, footnoteOptions)
    .use(rehypeHeadingIds);
  const { tree } = mdxSyntaxProblems(body, (value) => processor.parse({ value, path: file }));
  if (tree === undefined) return { ids: [], links: [] };
  const links = findLinks(tree).filter(({ url }) => url.includes('#'));
  // The tree is changed by the run; the links are read first.
  const hast = (await processor.run(tree, new VFile({ path: file }))) as Root;
  return { ids: idsIn(hast), links };
}

const componentsFolder = join(pagesFolder, '..');

/** The .astro files `file` imports, and theirs, with `file` itself, each with its text (empty for one that cannot be read). */
function astroClosure(file: string, seen = new Map<string, string>()): Map<string, string> {
  if (seen.has(file)) return seen;
  let text = '';
  try {
    text = readFileSync(file, 'utf8');
  } catch {
    // Left with no text: it imports nothing and writes no id.
  }
  seen.set(file, text);
  for (const [, path] of text.matchAll(/\bimport\s+\w+\s+from\s+['"](\.{1,2}\/[^'"]+\.astro)['"]/g)) astroClosure(resolve(dirname(file), path!), seen);
  return seen;
}

/** The ids a page's code writes out: literal («id="kilder"»), and whether it also makes ids from data («id={film.id}»). */
export interface CodeAnchors {
  ids: Set<string>;
  fromData: boolean;
}

/** Made by the frame of every page (header, footer, main), not the page's own content. */
const frameFiles = astroClosure(join(componentsFolder, 'layouts', 'BaseLayout.astro'));

const codeAnchorsCache = new Map<string, CodeAnchors>();

/** The ids the page file `pageFile` (under src/pages/) and the components it imports write out. */
export function codeAnchors(pageFile: string): CodeAnchors {
  const known = codeAnchorsCache.get(pageFile);
  if (known) return known;
  const ids = new Set<string>();
  let fromData = false;
  for (const [file, text] of astroClosure(join(pagesFolder, pageFile))) {
    for (const [, id] of text.matchAll(/\sid="([^"{}]+)"/g)) ids.add(id!);
    if (!frameFiles.has(file) && /\sid=\{/.test(text)) fromData = true;
  }
  const anchors = { ids, fromData };
  codeAnchorsCache.set(pageFile, anchors);
  return anchors;
}

/** The page file of an entry page of `collection`: «eksempler/[id].astro», «[id].astro» for pages. */
const entryPageFile = (collection: CollectionName) => `${sectionPaths[collection].slice(1)}[id].astro`;

/** An entry as the check has it, with what its text gives. */
export interface AnchoredEntry {
  collection: CollectionName;
  id: string;
  file: string;
  bodyStartLine?: number | undefined;
  anchors: TextAnchors;
}

const decoded = (text: string) => {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
};

/** The nearest of `ids` to `anchor`, up to three, each within a few letters. */
function nearestIds(anchor: string, ids: Iterable<string>): string[] {
  const max = Math.max(2, Math.floor(anchor.length / 3));
  return [...ids]
    .map((id) => ({ id, distance: editDistance(anchor, id, max) }))
    .filter(({ distance }) => distance <= max)
    .sort((a, b) => a.distance - b.distance)
    .slice(0, 3)
    .map(({ id }) => id);
}

const quotedAnchors = (ids: readonly string[]) => ids.map((id) => `«#${id}»`).join(', ');

/**
 * The links in the entries' texts to an anchor their page does not have. Checked are the entries' own pages (a link
 * to «#…» in the same text, or to another entry's page) and the site's other pages whose ids all stand in their code;
 * a page whose code makes ids from data (/tall/, /kilder/…, /filmer/) is left to the build's link test.
 */
export function anchorLinkProblems(entries: readonly AnchoredEntry[], pageFiles: readonly string[] = filesUnder(pagesFolder)): Problem[] {
  const entryAt = new Map<string, AnchoredEntry>();
  for (const entry of entries) if (collectionDefinitions[entry.collection].entryPages) entryAt.set(entryUrl(entry.collection, entry.id), entry);
  const pageFileAt = new Map<string, string>();
  for (const file of pageFiles) if (file.endsWith('.astro') && !file.includes('[') && !file.split('/').some((part) => part.startsWith('_'))) pageFileAt.set(addressOf(file), file);

  /** The page at `address` as the check knows it: the text's ids, the code's, and whether these are all it has. */
  const pageAt = (address: string): { textIds: string[]; codeIds: Set<string> } | undefined => {
    const entry = entryAt.get(address);
    if (entry) return { textIds: entry.anchors.ids, codeIds: codeAnchors(entryPageFile(entry.collection)).ids };
    const file = pageFileAt.get(address);
    if (file === undefined) return undefined;
    const code = codeAnchors(file);
    return code.fromData ? undefined : { textIds: [], codeIds: code.ids };
  };

  const problems: Problem[] = [];
  for (const entry of entries) {
    for (const { url, line } of entry.anchors.links) {
      const hash = url.indexOf('#');
      const anchor = decoded(url.slice(hash + 1));
      if (anchor === '') continue;
      const path = url.slice(0, hash).replace(/\?.*$/, '');
      let address: string;
      if (path === '') address = collectionDefinitions[entry.collection].entryPages ? entryUrl(entry.collection, entry.id) : '';
      else if (path.startsWith('/') && !path.startsWith('//')) address = withTrailingSlash(path);
      else continue;
      const page = pageAt(address);
      if (page === undefined) continue;
      if (page.textIds.includes(anchor) || page.codeIds.has(anchor)) continue;
      // The headings' anchors first: they are what a text links to.
      const headings = page.textIds.filter((id) => !id.startsWith('user-content-') && id !== 'footnote-label');
      const nearest = nearestIds(anchor, [...headings, ...page.codeIds]);
      const missing = path === '' ? `lenken «${url}» går til et anker som ikke finnes på denne siden` : `lenken «${url}» går til ankeret «#${anchor}», som ikke finnes på siden «${address}»`;
      const hint =
        nearest.length > 0
          ? `mente du ${quotedAnchors(nearest)}?`
          : headings.length > 0
            ? `overskriftene der har ${headings.length === 1 ? 'ankeret' : 'ankrene'} ${quotedAnchors(headings.slice(0, 8))}${headings.length > 8 ? ' …' : ''}`
            : 'siden har ingen overskrifter i teksten å lenke til; fjern «#' + anchor + '» fra lenken';
      problems.push({
        file: entry.file,
        field: 'body',
        label: bodyField.label,
        line,
        ...(line !== undefined && entry.bodyStartLine !== undefined && line >= entry.bodyStartLine && { textLine: line - entry.bodyStartLine + 1 }),
        message: `${missing}, så lenken åpner bare toppen av siden; ${hint} (ankeret er overskriften med små bokstaver og bindestrek for mellomrom: «## Slik gjorde vi» gir «#slik-gjorde-vi»)`,
      });
    }
  }
  return problems;
}

/**
 * Each entry's {@link textAnchors}, from `<dir>/page-anchors/` when the same text was read by the same code before:
 * parsing every text again cost as much as the body check the cache spares (issue 17).
 */
export async function entriesWithAnchors<Entry extends Omit<AnchoredEntry, 'anchors'> & { body?: string | undefined }>(
  entries: readonly Entry[],
  { version = sourceCodeVersion(), dir = fileCacheDir }: { version?: string | null; dir?: string } = {},
): Promise<(Entry & { anchors: TextAnchors })[]> {
  const result: (Entry & { anchors: TextAnchors })[] = [];
  for (const entry of entries) {
    const { body } = entry;
    const anchors: TextAnchors =
      body === undefined
        ? { ids: [], links: [] }
        : version === null
          ? await textAnchors(body, entry.file)
          : (JSON.parse((await cachedFile('page-anchors', [version, entry.file, body], async () => Buffer.from(JSON.stringify(await textAnchors(body, entry.file))), dir)).toString('utf8')) as TextAnchors);
    result.push({ ...entry, anchors });
  }
  return result;
}

/**
 * The links to a missing anchor in a text not saved yet (`text`, of the entry `text.id`; the CMS asks before a save):
 * the other entries' texts as saved (`entries`), this one as it stands. Only for a text with such a link: the others
 * are read only then.
 */
export async function unsavedAnchorProblems(
  text: Omit<AnchoredEntry, 'anchors'> & { body: string },
  entries: () => Promise<readonly (Omit<AnchoredEntry, 'anchors'> & { body?: string | undefined })[]>,
): Promise<Problem[]> {
  const own = await textAnchors(text.body, text.file);
  if (own.links.length === 0) return [];
  const others = (await entries()).filter((entry) => !(entry.collection === text.collection && entry.id === text.id));
  const all = [...(await entriesWithAnchors(others)), { ...text, anchors: own }];
  return anchorLinkProblems(all).filter((problem) => problem.file === text.file);
}
