import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, expect, it } from 'vitest';
import { hyphenateSite } from './hyphenate-site.ts';
import { hyphenatePage } from './soft-hyphens.ts';

const site = mkdtempSync(join(tmpdir(), 'hyphenate-site-'));
afterAll(() => rmSync(site, { recursive: true, force: true }));
const page = '<!doctype html><html lang="nb"><head><title>x</title></head><body><main><p>Kvalitetskommuneprogrammet</p></main></body></html>';

it('puts soft hyphens into the site pages only: not the CMS, newsletter e-mails or other files', async () => {
  const files = ['index.html', '404.html', 'eksempler/gloppen/index.html', 'admin/index.html', 'nyhetsbrev/2009-05/epost.html', 'nyheter/rss.xml'];
  for (const file of files) {
    mkdirSync(dirname(join(site, file)), { recursive: true });
    writeFileSync(join(site, file), page);
  }
  expect(await hyphenateSite(site, hyphenatePage)).toEqual({ pages: 3 });
  const hyphenated = files.filter((file) => readFileSync(join(site, file), 'utf8').includes('\u00AD'));
  expect(hyphenated.sort()).toEqual(['404.html', 'eksempler/gloppen/index.html', 'index.html']);
});
