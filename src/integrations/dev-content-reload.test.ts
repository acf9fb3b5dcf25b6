import { EventEmitter } from 'node:events';
import { mkdtempSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { ViteDevServer } from 'vite';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { longestWait, reloadAfterStoreWrites, storeModuleId, watchWritesByTime } from './dev-content-reload.ts';

type Middleware = (request: object, response: EventEmitter, next: () => void) => void;

const assetsFile = '/site/.astro/content-assets.mjs';

/**
 * A dev server with a middleware stack and Astro's server environments, recording what is sent to them; `write()`
 * writes the store, `writeAssets()` its image imports.
 */
function devServer() {
  const middlewares: Middleware[] = [];
  const sent: string[] = [];
  const writers = new Map<string, () => void>();
  const storeModule = { id: storeModuleId };
  const assetsModule = { id: assetsFile };
  const environment = (name: string) => ({
    hot: { send: (payload: { type: string }) => sent.push(`${name}:${payload.type}`) },
    moduleGraph: {
      getModuleById: (id: string) => (id === storeModuleId ? storeModule : undefined),
      getModulesByFile: (file: string) => (file === assetsFile ? new Set([assetsModule]) : undefined),
      // Vite's guard against keeping a stale read looks only at invalidations that are not hot updates (4th argument).
      invalidateModule: (module: object, ...rest: unknown[]) =>
        sent.push(`${name}:${rest[2] === true ? 'hot update' : module === storeModule ? 'forget store' : module === assetsModule ? 'forget assets' : '?'}`),
    },
  });
  const server = {
    middlewares: { use: (middleware: Middleware) => middlewares.push(middleware) },
    environments: { client: environment('client'), ssr: environment('ssr'), prerender: environment('prerender') },
  };
  const plugin = reloadAfterStoreWrites(
    '/site/.astro/data-store.json',
    (file, onWrite) => {
      writers.set(file, onWrite);
      return () => {};
    },
    [assetsFile],
  );
  (plugin.configureServer as (server: ViteDevServer) => void)(server as unknown as ViteDevServer);
  /** A request that runs until its response is closed. */
  const request = () => {
    const response = new EventEmitter();
    for (const middleware of middlewares) middleware({}, response, () => {});
    return () => response.emit('close');
  };
  return { write: () => writers.get('/site/.astro/data-store.json')!(), writeAssets: () => writers.get(assetsFile)!(), sent, request };
}

const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('reloading the dev server’s modules after a content store write', () => {
  it('waits for the requests under way at the write to end, then reloads the server environments’ modules once', async () => {
    const { write, sent, request } = devServer();
    const first = request();
    const second = request();
    write();
    await settle();
    // A read of the store begun before the write is not kept (Astro marks the module as a hot update only).
    expect(sent).toEqual(['ssr:forget store', 'ssr:forget assets', 'prerender:forget store', 'prerender:forget assets']);
    sent.length = 0;
    // A request that began before the write could still put the old paths back.
    first();
    await settle();
    expect(sent).toEqual([]);
    second();
    await settle();
    expect(sent).toEqual(['ssr:forget store', 'ssr:forget assets', 'prerender:forget store', 'prerender:forget assets', 'ssr:full-reload', 'prerender:full-reload']);
  });

  it('reloads after at most a few seconds when a request under way never ends', async () => {
    vi.useFakeTimers();
    try {
      const { write, sent, request } = devServer();
      request();
      write();
      await vi.advanceTimersByTimeAsync(longestWait - 1);
      expect(sent).not.toContain('ssr:full-reload');
      await vi.advanceTimersByTimeAsync(1);
      expect(sent).toContain('ssr:full-reload');
      expect(longestWait).toBeLessThanOrEqual(5_000);
    } finally {
      vi.useRealTimers();
    }
  });

  // The CMS spec: a story with an image, and then the image, deleted left every page a 500 «ImageNotFound».
  it('after a write of the store\'s image imports, forgets that module too and reloads', async () => {
    const { writeAssets, sent } = devServer();
    writeAssets();
    await settle();
    expect(sent.filter((what) => what.startsWith('ssr:'))).toEqual(['ssr:forget store', 'ssr:forget assets', 'ssr:forget store', 'ssr:forget assets', 'ssr:full-reload']);
  });

  it('reloads at once when no request is under way, and never the browser’s pages', async () => {
    const { write, sent, request } = devServer();
    request()();
    write();
    await settle();
    expect(sent.filter((what) => what.endsWith('full-reload'))).toEqual(['ssr:full-reload', 'prerender:full-reload']);
  });
});

const folders: string[] = [];
afterEach(() => folders.splice(0).forEach((dir) => rmSync(dir, { recursive: true, force: true })));

describe('noticing the store’s writes', () => {
  it('notices a write by a rename (as Astro writes the store), one soon after another, and nothing once stopped', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'store-writes-'));
    folders.push(dir);
    const file = join(dir, 'data-store.json');
    writeFileSync(file, '1');
    let writes = 0;
    const stop = watchWritesByTime(file, () => writes++);
    const wait = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
    const writeByRename = (text: string) => {
      writeFileSync(`${file}.tmp`, text);
      renameSync(`${file}.tmp`, file);
    };
    await wait(300);
    writeByRename('22');
    await wait(500);
    expect(writes).toBe(1);
    writeByRename('333');
    await wait(500);
    expect(writes).toBe(2);
    stop();
    writeByRename('4444');
    await wait(500);
    expect(writes).toBe(2);
  });
});
