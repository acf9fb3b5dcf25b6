// Soft hyphens in the pages visitors get, as a step after `astro build`
// (src/hyphenation/soft-hyphens.ts). The search index is built after it
// (scripts/index-search.ts) and reads the pages without them. Only the site's
// pages (index.html, 404.html) are changed: not the newsletter e-mails
// (epost.html), the CMS page, feeds, downloads, social images, or anything in
// a page's <head> (meta tags, JSON-LD).
import { readFile, readdir, writeFile } from 'node:fs/promises';
import { basename, join, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { cachedHyphenatePage } from '../hyphenation/cached-soft-hyphens.ts';

const pageFiles = new Set(['index.html', '404.html']);

/** Built files (relative to dist/) that are pages of the site. */
export function isSitePage(file: string): boolean {
  return pageFiles.has(basename(file)) && !file.split(sep).includes('admin');
}

export function hyphenation(): AstroIntegration {
  return {
    name: 'kompetansebanken:hyphenation',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const site = fileURLToPath(dir);
        const started = performance.now();
        const files = (await readdir(site, { recursive: true })).filter(isSitePage);
        for (const file of files) {
          const path = join(site, file);
          await writeFile(path, await cachedHyphenatePage(await readFile(path, 'utf8')));
        }
        logger.info(`soft hyphens in ${files.length} pages (${((performance.now() - started) / 1000).toFixed(1)} s)`);
      },
    },
  };
}
