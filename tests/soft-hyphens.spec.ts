// Soft hyphens (U+00AD) are for line breaking on the site's pages only
// (src/integrations/hyphenation.ts): what is copied, mailed, fed or downloaded has none.
import { expect, test } from '@playwright/test';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { builtFileAsIs, distDir } from './built-site.ts';

const files = readdirSync(distDir, { recursive: true, encoding: 'utf8' });
const outsidePages = files.filter((f) => /\.(xml|txt|csv)$/.test(f) || /epost\.(html|txt)$/.test(f) || f.startsWith('pagefind/ord/'));

test('pages carry soft hyphens in long words', () => {
  expect(builtFileAsIs('/eksempler/innsatskommuner-tar-nytt-tak/')).toContain('\u00AD');
});

test('feeds, e-mails, text and CSV downloads and the search word lists have none', () => {
  expect(outsidePages.length).toBeGreaterThan(10);
  const withSoftHyphens = outsidePages.filter((f) => readFileSync(join(distDir, f), 'utf8').includes('\u00AD'));
  expect(withSoftHyphens).toEqual([]);
});
