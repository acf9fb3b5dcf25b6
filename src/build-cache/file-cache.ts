// A cache of generated files (social images, Word downloads) that survives
// between builds, so a build redraws only what changed. Each file is stored
// under the SHA-256 of everything that determines its bytes (the caller lists
// the input data, fonts and a version of the code that makes it); a hit gives
// the same bytes as a miss. The folder is safe to delete: a missing, unreadable
// or corrupt entry is simply made again. A hit sets the entry's modification
// time, so what a build no longer uses can be pruned (prune-cache.ts).
import { createHash, randomUUID } from 'node:crypto';
import { mkdirSync, readFileSync, renameSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { cacheDir } from '../lib/cache-dir.ts';

/** The site's cache folder: <Astro's cacheDir>/kompetansebanken-files. */
export const fileCacheDir = join(cacheDir, 'kompetansebanken-files');

/** One input of a cache key: text, bytes, or a list of them. */
export type KeyPart = string | Uint8Array | readonly KeyPart[];

/** SHA-256 (hex) of the parts, each prefixed by its kind and length so no two lists hash alike. */
export function cacheKey(parts: readonly KeyPart[]): string {
  const hash = createHash('sha256');
  const add = (part: KeyPart) => {
    if (typeof part === 'string' || part instanceof Uint8Array) {
      const bytes = typeof part === 'string' ? Buffer.from(part) : part;
      hash.update(`${typeof part === 'string' ? 's' : 'b'}${bytes.length}:`).update(bytes);
    } else {
      hash.update(`l${part.length}:`);
      part.forEach(add);
    }
  };
  parts.forEach(add);
  return hash.digest('hex');
}

const digestLength = 32;
const sha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest();

/** The stored bytes, or undefined if missing or corrupt (stored as SHA-256 of the bytes, then the bytes). */
function read(file: string): Buffer | undefined {
  let stored: Buffer;
  try {
    stored = readFileSync(file);
  } catch {
    return undefined;
  }
  const bytes = stored.subarray(digestLength);
  if (stored.length < digestLength || !sha256(bytes).equals(stored.subarray(0, digestLength))) return undefined;
  markUsed(file);
  return bytes;
}

/**
 * Sets the modification time to now, by the clock the build's start mark is
 * set with (the file system's own can lag it by a few milliseconds): the entry
 * was used. In a read-only cache it stays as it was.
 */
function markUsed(file: string): void {
  try {
    const now = new Date();
    utimesSync(file, now, now);
  } catch {
    // Nothing is lost: the entry stays and is read as before.
  }
}

/** Written to a temporary file and renamed, so a parallel build never reads half a file. */
function write(file: string, dir: string, bytes: Uint8Array): void {
  try {
    mkdirSync(dir, { recursive: true });
    const temporary = join(dir, `.${randomUUID()}.tmp`);
    writeFileSync(temporary, Buffer.concat([sha256(bytes), bytes]));
    renameSync(temporary, file);
    markUsed(file);
  } catch {
    // A read-only or full disk only costs the next build the time to make the file again.
    rmSync(file, { force: true });
  }
}

/**
 * The file made by `make` from the inputs in `key`, from the cache when an
 * earlier build made it. `kind` names a subfolder («social-images»); `dir`
 * defaults to {@link fileCacheDir}.
 */
export async function cachedFile(kind: string, key: readonly KeyPart[], make: () => Promise<Uint8Array>, dir = fileCacheDir): Promise<Buffer> {
  const folder = join(dir, kind);
  const file = join(folder, `${cacheKey(key)}.bin`);
  const hit = read(file);
  if (hit) return hit;
  const bytes = Buffer.from(await make());
  write(file, folder, bytes);
  return bytes;
}
