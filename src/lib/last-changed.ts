// When a content file last changed, from git: what a feed reader should see as
// an entry's «updated» date for content that has no date of its own.
import { execFileSync } from 'node:child_process';

export function lastChanged(file: string | undefined, fallback = new Date()): Date {
  if (!file) return fallback;
  try {
    const iso = execFileSync('git', ['log', '-1', '--format=%cI', '--', file], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
    return iso ? new Date(iso) : fallback;
  } catch {
    // Not a git checkout (a content folder elsewhere, or an export): the build time will do.
    return fallback;
  }
}
