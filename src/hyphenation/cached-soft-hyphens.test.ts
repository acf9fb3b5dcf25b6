import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { cachedHyphenatePage } from './cached-soft-hyphens.ts';
import { properNames } from './proper-names.ts';
import { hyphenatePage } from './soft-hyphens.ts';

const dir = mkdtempSync(join(tmpdir(), 'hyphenation-cache-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const page = (word: string) => `<!doctype html><html lang="nb"><head><title>x</title></head><body><main><p>${word}</p></main></body></html>`;

describe('cachedHyphenatePage', () => {
  it('gives the same page from the cache as hyphenatePage, without hyphenating again', async () => {
    const html = page('Sykefraværsoppfølgingen i kommunene');
    const first = vi.fn(hyphenatePage);
    const miss = await cachedHyphenatePage(html, { dir, version: 'v1', hyphenate: first });
    const second = vi.fn(hyphenatePage);
    const hit = await cachedHyphenatePage(html, { dir, version: 'v1', hyphenate: second });
    expect(miss).toContain('\u00ad');
    expect(hit).toBe(hyphenatePage(html));
    expect(miss).toBe(hit);
    expect([first.mock.calls.length, second.mock.calls.length]).toEqual([1, 0]);
  });

  it('hyphenates again for another page, another code version, or a corrupt cache file', async () => {
    await cachedHyphenatePage(page('Kvalitetskommuneprogrammet'), { dir, version: 'v1' });
    for (const file of readdirSync(join(dir, 'hyphenated-pages'))) writeFileSync(join(dir, 'hyphenated-pages', file), 'garbage');
    for (const [html, version] of [
      [page('Arbeidsmiljøutvalget'), 'v1'],
      [page('Kvalitetskommuneprogrammet'), 'v2'],
      [page('Kvalitetskommuneprogrammet'), 'v1'],
    ] as const) {
      const hyphenate = vi.fn(hyphenatePage);
      expect(await cachedHyphenatePage(html, { dir, version, hyphenate })).toBe(hyphenatePage(html));
      expect(hyphenate).toHaveBeenCalledTimes(1);
    }
  });

  it('hyphenates again when the names kept whole change (a municipality added to the content)', async () => {
    const html = page('Lillehammer');
    const before = await cachedHyphenatePage(html, { dir, version: 'v1' });
    const hyphenate = vi.fn(hyphenatePage);
    const after = await cachedHyphenatePage(html, { dir, version: 'v1', names: properNames(['Lillehammer']), hyphenate });
    expect(hyphenate).toHaveBeenCalledTimes(1);
    expect(before).toContain('\u00ad');
    expect(after).toBe(html);
  });
});
