import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { cachedFile, cacheKey } from './file-cache.ts';

const folders: string[] = [];
const folder = () => {
  const dir = mkdtempSync(join(tmpdir(), 'file-cache-'));
  folders.push(dir);
  return dir;
};
afterEach(() => folders.splice(0).forEach((dir) => rmSync(dir, { recursive: true, force: true })));

const maker = (text: string) => vi.fn(async () => new TextEncoder().encode(text));
const entries = (dir: string) => readdirSync(join(dir, 'test')).filter((f) => f.endsWith('.bin'));

describe('file cache', () => {
  it('reads a second request with the same input from the cache, without making the file again', async () => {
    const dir = folder();
    const make = maker('first');
    const miss = await cachedFile('test', ['input'], make, dir);
    const hit = await cachedFile('test', ['input'], maker('never called'), dir);
    expect(make).toHaveBeenCalledTimes(1);
    expect(hit.equals(miss)).toBe(true);
    expect(hit.toString()).toBe('first');
  });

  it('makes the file again when an input changed', async () => {
    const dir = folder();
    await cachedFile('test', ['input', 'v1'], maker('old'), dir);
    const make = maker('new');
    expect((await cachedFile('test', ['input', 'v2'], make, dir)).toString()).toBe('new');
    expect(make).toHaveBeenCalledTimes(1);
  });

  it('rebuilds after the cache folder was deleted', async () => {
    const dir = folder();
    await cachedFile('test', ['input'], maker('bytes'), dir);
    rmSync(dir, { recursive: true });
    const make = maker('bytes');
    expect((await cachedFile('test', ['input'], make, dir)).toString()).toBe('bytes');
    expect(make).toHaveBeenCalledTimes(1);
    expect(entries(dir)).toHaveLength(1);
  });

  it.each([
    ['truncated', (bytes: string) => bytes.slice(0, 10)],
    ['empty', () => ''],
    ['altered', (bytes: string) => `${bytes}x`],
  ])('ignores a corrupt (%s) cache file and writes a good one', async (_, corrupt) => {
    const dir = folder();
    await cachedFile('test', ['input'], maker('good bytes'), dir);
    const [entry = ''] = entries(dir);
    const file = join(dir, 'test', entry);
    writeFileSync(file, corrupt('0123456789abcdef0123456789abcdefgood bytes'));
    const make = maker('good bytes');
    expect((await cachedFile('test', ['input'], make, dir)).toString()).toBe('good bytes');
    expect(make).toHaveBeenCalledTimes(1);
    const again = maker('not called');
    expect((await cachedFile('test', ['input'], again, dir)).toString()).toBe('good bytes');
    expect(again).not.toHaveBeenCalled();
  });

  it('keys differ when parts are split differently', () => {
    expect(cacheKey(['ab', 'c'])).not.toBe(cacheKey(['a', 'bc']));
    expect(cacheKey([['a'], 'b'])).not.toBe(cacheKey(['a', 'b']));
    expect(cacheKey(['a'])).not.toBe(cacheKey([new TextEncoder().encode('a')]));
  });
});
