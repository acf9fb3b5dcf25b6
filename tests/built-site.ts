// The built site in dist/: which pages there are, and how to read them.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { pagesWithScript as pagesWithScriptList } from '../src/lib/pages-with-script.ts';
import { isSpelledPath } from '../src/lib/spelled-addresses.ts';

export const distDir = join(import.meta.dirname, '..', 'dist');

function builtHtmlFiles(): string[] {
  const files = readdirSync(distDir, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.html'));
  if (files.length === 0) throw new Error('dist/ has no pages: run `npm run build` before the browser tests.');
  return files.map((file) => '/' + file.split(sep).join('/')).sort();
}

/**
 * Newsletter e-mails (/nyhetsbrev/<id>/epost.html) are HTML for a mailing tool,
 * not pages of the site: no site shell, no CSP, styles inline. They have their
 * own checks (tests/newsletter-email.spec.ts) instead of the page gates.
 */
export function isNewsletterEmail(path: string): boolean {
  return /^\/nyhetsbrev\/[^/]+\/epost\.html$/.test(path);
}

/**
 * The CMS (/admin/) is an editing tool for the secretariat, run by Decap CMS
 * with its own CSP exceptions; tests/cms.spec.ts checks it instead of the page gates.
 */
export const cmsPage = '/admin/';

/**
 * The pages at a name's spelling (/kommuner/hægebostad/, src/lib/spelled-pages.ts) only send the reader on (a
 * refresh, no address of their own, outside the sitemap): about a hundred of one template, a heading and a link.
 * They are not pages for the page gates (which they made a third slower, and whose visits they navigate away
 * from); tests/static-output.spec.ts validates them and their targets, tests/nginx.spec.ts follows them.
 */
export function builtSpellingPages(): string[] {
  return builtHtmlFiles()
    .map((path) => path.replace(/index\.html$/, ''))
    .filter((path) => isSpelledPath(path));
}

/** URL paths of every HTML page in the build, e.g. /eksempler/gloppen/ (not the spelling pages, above). */
export function builtPages(): string[] {
  return builtHtmlFiles()
    .filter((path) => !isNewsletterEmail(path) && path !== `${cmsPage}index.html`)
    .map((path) => path.replace(/index\.html$/, ''))
    .filter((path) => !isSpelledPath(path));
}

/** URL paths of the newsletter e-mails, e.g. /nyhetsbrev/nr-1-desember-2008/epost.html. */
export function builtNewsletterEmails(): string[] {
  return builtHtmlFiles().filter(isNewsletterEmail);
}

/** A built file exactly as it is on disk, soft hyphens included. */
export function builtFileAsIs(path: string): string {
  const file = path.endsWith('/') ? join(distDir, path, 'index.html') : join(distDir, path);
  return readFileSync(file, 'utf8');
}

/** A built file as a reader reads and copies it: without the soft hyphens the build adds to pages for line breaks. */
export function builtFile(path: string): string {
  return readable(builtFileAsIs(path));
}

export function fileSize(path: string): number {
  return statSync(join(distDir, path)).size;
}

/** Pages that are allowed to run JavaScript of their own, and why: the site's one list (src/lib/pages-with-script.ts), by path. */
export const pagesWithScript = new Map(pagesWithScriptList.map(({ path, why }) => [path, why]));

/**
 * The copy script every page loads (src/components/SiteScript.astro), known by its component's name in the built
 * file's: `<script type="module" src="/_astro/SiteScript.astro_astro_type_script_index_0_lang.….js">`.
 */
export const copyScriptSelector = 'script[type="module"][src*="/SiteScript.astro_astro_type_script_"]';

/** A page's scripts but its JSON-LD data and the copy script: those a page not in pagesWithScript must not have. */
export const ownScriptSelector = `script:not([type="application/ld+json"]):not(${copyScriptSelector})`;

/** The search page loads the copy script itself, once text is selected (src/scripts/search.ts): not in a first search. */
export const copyScriptOnSelection = '/sok/';

/**
 * Text as a reader sees it: without the soft hyphens (U+00AD) the build puts
 * into long words (src/hyphenation/), which are in textContent and innerText,
 * and with a plain space for the no-break space the build puts between a number
 * and its unit («95 %»: src/hyphenation/number-units.ts).
 */
export function readable(text: string): string {
  return text.replaceAll('\u00AD', '').replaceAll('\u2011', '-').replaceAll('\u00A0', ' ');
}

export function relativeToDist(file: string): string {
  return relative(distDir, file);
}
