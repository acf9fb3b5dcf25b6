import { existsSync, mkdtempSync, readdirSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { cachedFile } from './file-cache.ts';
import { markBuildStart, pruneUnused } from './prune-cache.ts';

const folders: string[] = [];
const folder = () => {
  const dir = mkdtempSync(join(tmpdir(), 'prune-cache-'));
  folders.push(dir);
  return dir;
};
afterEach(() => folders.splice(0).forEach((dir) => rmSync(dir, { recursive: true, force: true })));

const bytes = (text: string) => async () => new TextEncoder().encode(text);
const entries = (dir: string, kind: string) => readdirSync(join(dir, kind)).filter((f) => f.endsWith('.bin'));
/** Moves every file under `dir` an hour back, as if an earlier build had made it. */
function age(dir: string) {
  const earlier = new Date(Date.now() - 3_600_000);
  for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true }))
    if (entry.isFile()) utimesSync(join(entry.parentPath, entry.name), earlier, earlier);
}

describe('pruning the cache after a build', () => {
  it('keeps what the build read or made, and removes what it did not use', async () => {
    const dir = folder();
    await cachedFile('pages', ['old version of a page'], bytes('old'), dir);
    await cachedFile('pages', ['unchanged page'], bytes('same'), dir);
    await cachedFile('images', ['deleted story'], bytes('png'), dir);
    age(dir);

    markBuildStart(dir);
    await cachedFile('pages', ['unchanged page'], bytes('same'), dir);
    await cachedFile('pages', ['new version of a page'], bytes('new'), dir);
    const removed = pruneUnused(dir);

    expect(removed.files).toBe(2);
    expect(removed.bytes).toBeGreaterThan(0);
    expect(entries(dir, 'pages')).toHaveLength(2);
    expect(entries(dir, 'images')).toHaveLength(0);
    const make = vi.fn(bytes('same'));
    expect((await cachedFile('pages', ['unchanged page'], make, dir)).toString()).toBe('same');
    expect(make).not.toHaveBeenCalled();
  });

  it('removes temporary files a stopped build left', async () => {
    const dir = folder();
    await cachedFile('pages', ['page'], bytes('page'), dir);
    writeFileSync(join(dir, 'pages', '.1234.tmp'), 'half');
    age(dir);
    markBuildStart(dir);
    await cachedFile('pages', ['page'], bytes('page'), dir);
    pruneUnused(dir);
    expect(readdirSync(join(dir, 'pages'))).toEqual(entries(dir, 'pages'));
    expect(entries(dir, 'pages')).toHaveLength(1);
  });

  it('removes nothing when no build marked its start (a folder from before, or a build that never started)', async () => {
    const dir = folder();
    await cachedFile('pages', ['page'], bytes('page'), dir);
    age(dir);
    expect(pruneUnused(dir)).toEqual({ files: 0, bytes: 0 });
    expect(entries(dir, 'pages')).toHaveLength(1);
    expect(pruneUnused(join(dir, 'missing'))).toEqual({ files: 0, bytes: 0 });
  });

  it('marks the start in a cache folder that does not exist yet', () => {
    const dir = join(folder(), 'new', 'cache');
    markBuildStart(dir);
    expect(existsSync(dir)).toBe(true);
    expect(pruneUnused(dir)).toEqual({ files: 0, bytes: 0 });
  });
});
