// A letter can be typed or pasted as one character (NFC «å») or as a letter and a combining mark (NFD
// «a» + U+030A, as macOS may paste it). A static host looks a path up byte for byte, so
// /kommuner/ås/ in NFD missed the page written for NFC. Astro reads both forms as one route, so after
// the build every file whose path has such a letter is copied to its NFD path as well (only the
// spelling pages of lib/spelled-pages.ts have such paths: ids are a–z).
import { copyFileSync, existsSync, mkdirSync, readdirSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';

/** Copies each file under `root` whose path's NFD form differs to that path; returns the copies' paths, relative to `root`. */
export function copyDecomposedFiles(root: string): string[] {
  const copied: string[] = [];
  const files = readdirSync(root, { recursive: true, encoding: 'utf8' }).filter((path) => path.normalize('NFD') !== path);
  for (const relative of files) {
    const decomposed = relative.normalize('NFD');
    // A file system that normalises names (macOS) has the file under both names already; a folder is made with its files.
    if (!statSync(join(root, relative)).isFile() || existsSync(join(root, decomposed))) continue;
    mkdirSync(dirname(join(root, decomposed)), { recursive: true });
    copyFileSync(join(root, relative), join(root, decomposed));
    copied.push(decomposed);
  }
  return copied;
}

export function decomposedAddresses(): AstroIntegration {
  return {
    name: 'kompetansebanken:decomposed-addresses',
    hooks: {
      'astro:build:done': ({ dir, logger }) => {
        const copied = copyDecomposedFiles(fileURLToPath(dir).replace(/\/$/, ''));
        logger.info(`${copied.length} adresser også med sammensatte tegn (NFD)`);
      },
    },
  };
}
