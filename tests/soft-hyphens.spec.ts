// Soft hyphens (U+00AD) are for line breaking on the site's pages only
// (src/integrations/hyphenation.ts): what is copied, mailed, fed or downloaded has none.
import { expect, test } from '@playwright/test';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { contentNames } from '../src/content-check/content-names.ts';
import { properNames } from '../src/hyphenation/proper-names.ts';
import { builtFileAsIs, builtPages, distDir } from './built-site.ts';

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

// At 320 px «Fredrik-/stad» and «Kristian-/sund» stood in /tall/'s table and «Bydel Nord-/strand» as a heading:
// the names the content gives (municipalities, the events' places) are divided nowhere (src/hyphenation/proper-names.ts).
test('no page divides a municipality or a place of an event', async () => {
  const names = properNames(await contentNames('content'));
  const divided = (path: string) =>
    (builtFileAsIs(path).match(/[\p{L}\u00AD]*\u00AD[\p{L}\u00AD]*/gu) ?? []).filter((word) => names.has(word.replaceAll('\u00AD', ''))).map((word) => `${path}: ${word.replaceAll('\u00AD', '|')}`);
  for (const [path, shown] of [
    ['/tall/', ['Fredrikstad', 'Lillehammer', 'Kristiansund', 'Ullensaker']],
    ['/kommuner/', ['Hammerfest', 'Bydel Nordstrand', 'Innherred samkommune']],
    ['/kommuner/bydel-nordstrand/', ['Bydel Nordstrand']],
    ['/arrangementer/oppstartsamlinger/', ['Gardermoen']],
  ] as const) {
    for (const name of shown) expect(builtFileAsIs(path), `${path} names ${name}`).toContain(name);
  }
  expect(builtPages().flatMap(divided)).toEqual([]);
});
