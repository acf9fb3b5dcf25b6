// Builds the Pagefind index for a built site. What Pagefind reads of each page
// has its compounds split and synonyms added (see extra-terms.ts); the files
// on disk, which visitors get, are not changed.
import { readFile, readdir } from 'node:fs/promises';
import { join, sep } from 'node:path';
import { HTMLElement, parse, TextNode, type Node } from 'node-html-parser';
import * as pagefind from 'pagefind';
import { vocabularyOf } from './compounds.ts';
import { splitCompounds, synonymLine } from './extra-terms.ts';
import { words } from './words.ts';

interface Page {
  sourcePath: string;
  html: string;
  text: string;
}

async function readPages(site: string): Promise<Page[]> {
  const files = (await readdir(site, { recursive: true })).filter((f) => f.endsWith('.html'));
  const pages: Page[] = [];
  for (const file of files) {
    const html = await readFile(join(site, file), 'utf8');
    const body = parse(html).querySelector('[data-pagefind-body]');
    if (body) pages.push({ sourcePath: file.split(sep).join('/'), html, text: body.textContent });
  }
  return pages;
}

function splitCompoundsIn(node: Node, vocabulary: ReadonlySet<string>) {
  if (node instanceof TextNode) node.rawText = splitCompounds(node.rawText, vocabulary);
  if (node instanceof HTMLElement && !node.hasAttribute('data-pagefind-ignore'))
    for (const child of node.childNodes) splitCompoundsIn(child, vocabulary);
}

/** The page as Pagefind should read it. */
function forIndex(page: Page, vocabulary: ReadonlySet<string>): string {
  const root = parse(page.html);
  const body = root.querySelector('[data-pagefind-body]');
  if (!body) return page.html;
  const synonyms = synonymLine(page.text);
  if (synonyms) body.insertAdjacentHTML('beforeend', `<p data-pagefind-weight="0.5">${synonyms}</p>`);
  splitCompoundsIn(body, vocabulary);
  return root.toString();
}

export async function indexSite(site: string): Promise<{ pages: number }> {
  const pages = await readPages(site);
  const vocabulary = vocabularyOf(pages.map((p) => words(p.text)));
  // One index for bokmål and nynorsk pages alike, so one search finds both.
  const { index, errors } = await pagefind.createIndex({ forceLanguage: 'nb' });
  if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
  try {
    for (const page of pages) {
      const added = await index.addHTMLFile({
        sourcePath: page.sourcePath,
        content: forIndex(page, vocabulary),
      });
      if (added.errors.length > 0) throw new Error(`Pagefind could not index ${page.sourcePath}: ${added.errors.join('; ')}`);
    }
    const written = await index.writeFiles({ outputPath: join(site, 'pagefind') });
    if (written.errors.length > 0) throw new Error(`Pagefind could not write its index: ${written.errors.join('; ')}`);
  } finally {
    await pagefind.close();
  }
  return { pages: pages.length };
}
