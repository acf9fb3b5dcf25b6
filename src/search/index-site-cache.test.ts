import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { afterAll, expect, it, vi } from 'vitest';

// The build cache goes to a folder of this test's own (read when the cache module loads).
const cache = vi.hoisted(() => {
  const dir = `${process.env.TMPDIR ?? '/tmp'}/index-site-cache-${process.pid}-${Date.now()}`;
  process.env.KOMPETANSEBANKEN_CACHE = dir;
  return dir;
});
const { indexSite } = await import('./index-site.ts');

const site = mkdtempSync(join(tmpdir(), 'index-site-'));
afterAll(() => {
  rmSync(site, { recursive: true, force: true });
  rmSync(cache, { recursive: true, force: true });
});

function writePage(path: string, text: string) {
  mkdirSync(join(site, path), { recursive: true });
  const html = `<!doctype html><html lang="nb"><head><title>${path}</title></head><body><main data-pagefind-body><h1>${path}</h1><p>${text}</p></main></body></html>`;
  writeFileSync(join(site, path, 'index.html'), html);
}

/** Each indexed page's text as Pagefind stored it, by address. */
function indexedTexts(): Record<string, string> {
  const folder = join(site, 'pagefind', 'fragment');
  const texts: Record<string, string> = {};
  for (const file of readdirSync(folder)) {
    const fragment = JSON.parse(gunzipSync(readFileSync(join(folder, file))).toString('utf8').replace(/^pagefind_dcd/, '')) as { url: string; content: string };
    texts[fragment.url] = fragment.content;
  }
  return texts;
}

it('indexes a page again from the cache as before, and anew when another page changes how its words split', async () => {
  writePage('a', 'Sykefraværet går ned.');
  writePage('b', 'Ingen andre ord her.');
  await indexSite(site);
  const first = indexedTexts();
  expect(first['/a/']).toContain('Sykefraværet');

  rmSync(join(site, 'pagefind'), { recursive: true });
  await indexSite(site);
  expect(indexedTexts()).toEqual(first);

  // «syke» and «fravær» are now words of the site, so page a's compound is split in its index copy, though a is unchanged.
  writePage('b', 'Syke barn og fravær.');
  rmSync(join(site, 'pagefind'), { recursive: true });
  await indexSite(site);
  expect(indexedTexts()['/a/']).toContain('Syke\u2060-fraværet');
});
