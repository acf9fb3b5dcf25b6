// Astro keeps its content store between builds (data-store.json in the cache
// folder; in `astro dev`, in .astro/) and clears it only when
// src/content.config.ts itself changes. Our schemas live in src/schemas/, so a
// change there left entries parsed by the old schema in the store, and the next
// build read them as they were: after news got an optional «Kommuner» field,
// a build with the old store stopped on «Cannot read properties of undefined
// (reading 'includes')», though `npm run check` passed. The store is dropped
// when the site's code has changed since it was written (Astro then reads every
// entry again: a few seconds, and only after a code change). It runs from an
// integration (src/integrations/content-store.ts), so every start of `astro
// dev` or `astro build` does it, not only the npm scripts.
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { sourceCodeVersion } from './code-version.ts';

/** Beside each store, the code version it was written with. */
const versionFile = (store: string) => `${store}.code-version`;

/**
 * Removes each store in `stores` written by other code than `version` (a
 * sourceCodeVersion; null, when the code cannot be read, drops them always),
 * and records `version` beside it. Returns the stores removed.
 */
export function dropStaleContentStores(stores: readonly string[], version: string | null = sourceCodeVersion()): string[] {
  const dropped: string[] = [];
  for (const store of stores) {
    const recorded = existsSync(versionFile(store)) ? readFileSync(versionFile(store), 'utf8') : undefined;
    if (existsSync(store) && (version === null || recorded !== version)) {
      rmSync(store, { force: true });
      dropped.push(store);
    }
    mkdirSync(dirname(store), { recursive: true });
    if (version === null) rmSync(versionFile(store), { force: true });
    else writeFileSync(versionFile(store), version);
  }
  return dropped;
}
