import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { cachedMdxTransform } from './mdx-cache.ts';

const dir = mkdtempSync(join(tmpdir(), 'mdx-cache-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
/** Stands in for @astrojs/mdx's transform: the result's shape, from the text. */
const compile = () =>
  vi.fn(async (code: string, id: string) => ({ code: `export default ${JSON.stringify(code)}; // ${id}`, map: null, meta: { astro: { scripts: [], containsHead: false } } }));

describe('cachedMdxTransform', () => {
  it('gives the compiled module from the cache, equal to a fresh compile, without compiling again', async () => {
    const first = compile();
    const miss = await cachedMdxTransform(first, 'v1', dir)('# Tittel', '/a.mdx');
    const second = compile();
    const hit = await cachedMdxTransform(second, 'v1', dir)('# Tittel', '/a.mdx');
    expect(hit).toEqual(miss);
    expect(hit).toEqual(await compile()('# Tittel', '/a.mdx'));
    expect([first.mock.calls.length, second.mock.calls.length]).toEqual([1, 0]);
  });

  it('compiles again for other text, another file, another pipeline version, or a corrupt cache file', async () => {
    await cachedMdxTransform(compile(), 'v1', dir)('Tekst', '/b.mdx');
    for (const file of readdirSync(join(dir, 'mdx-modules'))) writeFileSync(join(dir, 'mdx-modules', file), '');
    for (const [code, id, version] of [
      ['Annen tekst', '/b.mdx', 'v1'],
      ['Tekst', '/c.mdx', 'v1'],
      ['Tekst', '/b.mdx', 'v2'],
      ['Tekst', '/b.mdx', 'v1'],
    ] as const) {
      const handler = compile();
      expect(await cachedMdxTransform(handler, version, dir)(code, id)).toEqual(await compile()(code, id));
      expect(handler, `${code} ${id} ${version}`).toHaveBeenCalledTimes(1);
    }
  });

  it('wraps a handler once, however many build steps resolve the plugin', () => {
    const once = cachedMdxTransform(compile(), 'v1', dir);
    expect(cachedMdxTransform(once, 'v1', dir)).toBe(once);
  });
});
