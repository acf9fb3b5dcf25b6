// Builds the Pagefind index for a built site. Each page is indexed with extra
// terms (compound parts, synonyms, ASCII spellings) added to what Pagefind
// reads; the files on disk are not changed.
import { readFile, readdir } from 'node:fs/promises';
import { join, sep } from 'node:path';
import { parse } from 'node-html-parser';
import * as pagefind from 'pagefind';
import { vocabularyOf } from './compounds.ts';
import { extraTerms } from './extra-terms.ts';
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

/** The page with its extra terms at the end of the indexed part, at low weight. */
function withExtraTerms(html: string, terms: readonly string[]): string {
  if (terms.length === 0) return html;
  const root = parse(html);
  const body = root.querySelector('[data-pagefind-body]');
  body?.insertAdjacentHTML('beforeend', `<p data-pagefind-weight="0.5">Søkeord: ${terms.join(', ')}</p>`);
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
        content: withExtraTerms(page.html, extraTerms(page.text, vocabulary)),
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
