// When a content file last changed, from git: what a feed reader should see as
// an entry's «updated» date for content that has no date of its own.
import { execFileSync } from 'node:child_process';
import { resolve } from 'node:path';

let commitDates: Map<string, Date> | undefined;

/**
 * The last commit date of every file in the repository, from one `git log`.
 * One git process per file would cost a process start for each of thousands of
 * stories, and starting a process gets slower as the build's memory grows.
 */
function lastCommitDates(): Map<string, Date> {
  if (commitDates) return commitDates;
  commitDates = new Map();
  try {
    const git = (args: string[], cwd?: string) =>
      execFileSync('git', args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'], maxBuffer: 1024 ** 3 });
    const root = git(['rev-parse', '--show-toplevel']).trim();
    // Newest first: a NUL and the date start each commit, then the files it changed
    // (for a merge, with -c, those that differ from every parent, as `git log -1 -- file` sees it).
    let date: Date | undefined;
    for (const line of git(['log', '-c', '--format=%x00%cI', '--name-only'], root).split('\n')) {
      if (line.startsWith('\0')) date = new Date(line.slice(1));
      else if (line !== '' && date) {
        const file = resolve(root, line);
        if (!commitDates.has(file)) commitDates.set(file, date);
      }
    }
  } catch {
    // Not a git checkout (a content folder elsewhere, or an export): the build time will do.
  }
  return commitDates;
}

export function lastChanged(file: string | undefined, fallback = new Date()): Date {
  if (!file) return fallback;
  return lastCommitDates().get(resolve(file)) ?? fallback;
}
