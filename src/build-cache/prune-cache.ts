// Keeps the cache folder from growing with every edit: each changed story, page
// or image leaves its old entry behind (measured on a developer's machine after
// some weeks: 500 MB for a 300-page site, most of it pages no build uses any
// more). `npm run build` marks its start, and at its end removes every entry
// neither made nor read since then: what remains is what the last build used.
// A build that stops half-way prunes nothing. As in Gradle's and ccache's
// caches, a pruned entry is only made again if it is needed again.
import { mkdirSync, readdirSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileCacheDir } from './file-cache.ts';

/** The file whose modification time is the start of the current build. */
const startMark = '.build-started';

/** Marks the start of a build in `dir` (default: the site's cache folder). */
export function markBuildStart(dir = fileCacheDir): void {
  // Its time is set like an entry's (file-cache.ts markUsed), from the same clock.
  const now = new Date();
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, startMark), `${now.toISOString()}\n`);
  utimesSync(join(dir, startMark), now, now);
}

/**
 * Removes the entries in `dir` (`<kind>/<key>.bin`, and temporary files a
 * stopped build left) last made or read before the build's start mark.
 * Returns how many files and bytes were removed; with no mark (no build
 * started, or the folder is new) it removes nothing.
 */
export function pruneUnused(dir = fileCacheDir): { files: number; bytes: number } {
  const removed = { files: 0, bytes: 0 };
  let started: number;
  try {
    started = statSync(join(dir, startMark)).mtimeMs;
  } catch {
    return removed;
  }
  for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile() || entry.name === startMark || !/\.(bin|tmp)$/.test(entry.name)) continue;
    const file = join(entry.parentPath, entry.name);
    try {
      const { mtimeMs, size } = statSync(file);
      if (mtimeMs >= started) continue;
      rmSync(file, { force: true });
      removed.files++;
      removed.bytes += size;
    } catch {
      // Removed by another process meanwhile.
    }
  }
  return removed;
}
