// Soft hyphens in the pages visitors get, as a step of `npm run build` after
// `astro build` and before the search index (scripts/hyphenate-pages.ts). Only
// the site's pages (index.html, 404.html) are changed: not the newsletter
// e-mails (epost.html), the CMS page, feeds, downloads, social images, or
// anything in a page's <head> (meta tags, JSON-LD).
import { readFile, readdir, writeFile } from 'node:fs/promises';
import { basename, join, sep } from 'node:path';

const pageFiles = new Set(['index.html', '404.html']);

/** Built files (relative to dist/) that are pages of the site. */
export function isSitePage(file: string): boolean {
  return pageFiles.has(basename(file)) && !file.split(sep).includes('admin');
}

/**
 * Adds soft hyphens to every page under `site` (a built site's folder) with
 * `hyphenate` (in the build cachedHyphenatePage with the content's names), one
 * page at a time, so memory does not grow with the site; returns how many pages.
 */
export async function hyphenateSite(site: string, hyphenate: (html: string) => string | Promise<string>): Promise<{ pages: number }> {
  const files = (await readdir(site, { recursive: true })).filter(isSitePage);
  for (const file of files) {
    const path = join(site, file);
    await writeFile(path, await hyphenate(await readFile(path, 'utf8')));
  }
  return { pages: files.length };
}
