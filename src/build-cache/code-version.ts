// A version of the site's own code and of every installed package, for the
// cache keys of work done outside Vite (the content check, soft hyphens),
// where `import.meta.glob` cannot list the code.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { cacheKey } from './file-cache.ts';

const srcFolder = fileURLToPath(new URL('..', import.meta.url));
/** npm's record of every installed package and version (written on each install), or the lock file. */
const installedPackages = [join(srcFolder, '..', 'node_modules', '.package-lock.json'), join(srcFolder, '..', 'package-lock.json')];

function readable(file: string): string | undefined {
  try {
    return readFileSync(file, 'utf8');
  } catch {
    return undefined;
  }
}

let version: string | null | undefined;
/**
 * SHA-256 (hex) of every non-test .ts file under src/ and of the installed
 * packages' versions; computed once per process. Wider than any one cache
 * needs on purpose: a change anywhere redoes the cached work, a missed one
 * would give stale output. Null when either cannot be read: then callers
 * cache nothing.
 */
export function sourceCodeVersion(): string | null {
  if (version !== undefined) return version;
  const lock = installedPackages.map(readable).find((text) => text !== undefined);
  try {
    const files = readdirSync(srcFolder, { recursive: true, encoding: 'utf8' })
      .filter((file) => file.endsWith('.ts') && !file.endsWith('.test.ts'))
      .sort();
    version = lock === undefined ? null : cacheKey([files.map((file) => [file, readFileSync(join(srcFolder, file))]), lock]);
  } catch {
    version = null;
  }
  return version;
}
