// In `astro dev`, the server keeps the content store it has read (a module-level
// value in Astro's runtime) and each route's list of pages until Vite reloads
// its modules. Astro, when it writes the store, clears only the list of pages
// and leaves the reload to the change of .astro/content-modules.mjs, which
// does not come when that file's text ends up the same or its module was not
// loaded just then; a request under way can also put an old list back. A news
// item saved in the CMS was then a 404, or the old text, until the next save
// (3 of 36 saves in a row, with content-module-writes.ts in place). So after every
// write of the store, once the requests under way then have ended, the server
// side's modules are reloaded, and the next request reads the store as written.
//
// The reload alone was not enough: Astro marks the store's module changed as a
// hot update (astro/dist/content/vite-plugin-content-virtual-mod.js,
// invalidateDataStore), which Vite's guard against caching a stale read does not
// look at, so a read of the store begun just before a write was kept as the
// module after it (a saved entry stayed a 404 until the next save: 3 of 8 saves
// after deleting two entries, in a probe). The module is marked changed here as
// well, the way that guard reads; so is the module of the store's image imports
// (.astro/content-assets.mjs). That did not cure a 500 «ImageNotFound» seen now
// and then after an image-bearing entry and then its image were deleted (open
// work, README).
import { unwatchFile, watchFile } from 'node:fs';
import type { AstroIntegration } from 'astro';
import type { Plugin, ViteDevServer } from 'vite';
import { contentStoreFiles, devAssetImportsFile } from './content-store.ts';

/** Astro's server-side environments (astro/dist/core/constants.js). */
const serverEnvironments = ['ssr', 'prerender'];

/** The module Astro serves the store as (RESOLVED_DATA_STORE_VIRTUAL_ID, astro/dist/content/consts.js). */
export const storeModuleId = '\0astro:data-layer-content';

/** Calls `onWrite` each time `file` is written; returns a function that stops. */
export type WatchWrites = (file: string, onWrite: () => void) => () => void;

/**
 * By its modification time, polled every 200 ms: Astro writes the store to a temporary file and renames it, and a
 * file watcher can miss a rename that follows another closely (Astro itself does not rely on one for it).
 */
export const watchWritesByTime: WatchWrites = (file, onWrite) => {
  const listener = (now: { mtimeMs: number }, before: { mtimeMs: number }) => {
    if (now.mtimeMs !== before.mtimeMs) onWrite();
  };
  watchFile(file, { interval: 200, persistent: false }, listener);
  return () => unwatchFile(file, listener);
};

/**
 * How long a reload waits for the requests under way, in ms: a request that never ends (a client that keeps its
 * connection open) must not hold every later reload back, leaving each new entry a 404 for the rest of the session.
 */
export const longestWait = 5_000;

/**
 * A Vite plugin that reloads the server side's modules after every write of `storeFile` (the dev content store) or of
 * one of `moduleFiles` (the store's image imports, .astro/content-assets.mjs), once the requests under way then have
 * ended, or after `longestWait` ms.
 */
export function reloadAfterStoreWrites(storeFile: string, watchWrites: WatchWrites = watchWritesByTime, moduleFiles: readonly string[] = []): Plugin {
  return {
    name: 'kompetansebanken:dev-content-reload',
    configureServer(server: ViteDevServer) {
      const underWay = new Set<Promise<void>>();
      server.middlewares.use((_request, response, next) => {
        const ended = new Promise<void>((resolve) => response.once('close', resolve));
        underWay.add(ended);
        void ended.then(() => underWay.delete(ended));
        next();
      });
      /** Not as a hot update (Astro's way): a read begun before now is then not kept. */
      const forgetStoreModules = () => {
        for (const name of serverEnvironments) {
          const graph = server.environments[name]?.moduleGraph;
          if (!graph) continue;
          const modules = [graph.getModuleById(storeModuleId), ...moduleFiles.flatMap((file) => [...(graph.getModulesByFile(file) ?? [])])];
          for (const module of modules) if (module) graph.invalidateModule(module);
        }
      };
      const onWrite = () => {
        forgetStoreModules();
        const waited = new Promise((resolve) => setTimeout(resolve, longestWait).unref());
        void Promise.race([Promise.all([...underWay]), waited]).then(() => {
          forgetStoreModules();
          // Vite's module runner drops every module it has evaluated, Astro's store and route cache with them.
          for (const name of serverEnvironments) server.environments[name]?.hot.send({ type: 'full-reload', path: '*' });
        });
      };
      const stops = [storeFile, ...moduleFiles].map((file) => watchWrites(file, onWrite));
      server.httpServer?.once('close', () => stops.forEach((stop) => stop()));
    },
  };
}

export function devContentReload(): AstroIntegration {
  return {
    name: 'kompetansebanken:dev-content-reload',
    hooks: {
      'astro:config:setup': ({ command, config, updateConfig }) => {
        if (command !== 'dev') return;
        updateConfig({ vite: { plugins: [reloadAfterStoreWrites(contentStoreFiles(config).dev, watchWritesByTime, [devAssetImportsFile(config)])] } });
      },
    },
  };
}
