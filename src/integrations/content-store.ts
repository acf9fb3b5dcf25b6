// Drops Astro's content store when the site's code changed since it was written
// (src/build-cache/content-store.ts says why). In the config hook, because every
// `astro dev` and `astro build` runs it before Astro reads the store: the dev
// server reads it once its container is made, the build when it syncs content.
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { dropStaleContentStores } from '../build-cache/content-store.ts';

/** The store files Astro reads: the build's in `cacheDir`, the dev server's in `.astro/` (astro/dist/content/paths.js). */
export function contentStoreFiles(config: { root: URL; cacheDir: URL }): { build: string; dev: string } {
  return { build: fileURLToPath(new URL('data-store.json', config.cacheDir)), dev: fileURLToPath(new URL('.astro/data-store.json', config.root)) };
}

/** The dev server's module of the store's image imports (ASSET_IMPORTS_FILE in astro/dist/content/consts.js). */
export function devAssetImportsFile(config: { root: URL }): string {
  return fileURLToPath(new URL('.astro/content-assets.mjs', config.root));
}

export function staleContentStore(): AstroIntegration {
  return {
    name: 'kompetansebanken:stale-content-store',
    hooks: {
      'astro:config:setup': ({ command, config, logger }) => {
        if (command !== 'dev' && command !== 'build') return;
        const dropped = dropStaleContentStores(Object.values(contentStoreFiles(config)));
        if (dropped.length > 0) logger.info('koden er endret siden innholdet sist ble lest: alle oppføringer leses på nytt');
      },
    },
  };
}
