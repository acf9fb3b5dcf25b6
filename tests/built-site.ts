// The built site in dist/: which pages there are, and how to read them.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

export const distDir = join(import.meta.dirname, '..', 'dist');

/** URL paths of every HTML page in the build, e.g. /eksempler/gloppen/. */
export function builtPages(): string[] {
  const files = readdirSync(distDir, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.html'));
  if (files.length === 0) throw new Error('dist/ has no pages: run `npm run build` before the browser tests.');
  return files
    .map((file) => '/' + file.split(sep).join('/'))
    .map((path) => path.replace(/index\.html$/, ''))
    .sort();
}

export function builtFile(path: string): string {
  const file = path.endsWith('/') ? join(distDir, path, 'index.html') : join(distDir, path);
  return readFileSync(file, 'utf8');
}

export function fileSize(path: string): number {
  return statSync(join(distDir, path)).size;
}

/** Pages that are allowed to run JavaScript, and why. */
export const pagesWithScript = new Map([
  ['/sok/', 'the search runs Pagefind in the browser'],
  ['/verktoy/spc/lag-diagram/', 'the SPC tool computes and draws the chart in the browser, so no data leaves the machine'],
]);

export function relativeToDist(file: string): string {
  return relative(distDir, file);
}
