import { EventEmitter } from 'node:events';
import type { ViteDevServer } from 'vite';
import { describe, expect, it } from 'vitest';
import { reloadAfterStoreWrites } from './dev-content-reload.ts';

type Middleware = (request: object, response: EventEmitter, next: () => void) => void;

/** A dev server with a file watcher, a middleware stack and Astro's server environments, recording the events sent to them. */
function devServer(storeFile: string) {
  const middlewares: Middleware[] = [];
  const watcher = new EventEmitter();
  const sent: string[] = [];
  const environment = (name: string) => ({ hot: { send: (payload: { type: string }) => sent.push(`${name}:${payload.type}`) } });
  const server = {
    middlewares: { use: (middleware: Middleware) => middlewares.push(middleware) },
    watcher,
    environments: { client: environment('client'), ssr: environment('ssr'), prerender: environment('prerender') },
  };
  const plugin = reloadAfterStoreWrites(storeFile);
  (plugin.configureServer as (server: ViteDevServer) => void)(server as unknown as ViteDevServer);
  /** A request that runs until its response is closed. */
  const request = () => {
    const response = new EventEmitter();
    for (const middleware of middlewares) middleware({}, response, () => {});
    return () => response.emit('close');
  };
  return { watcher, sent, request };
}

const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('reloading the dev server’s modules after a content store write', () => {
  it('waits for the requests under way at the write to end, then reloads the server environments’ modules once', async () => {
    const { watcher, sent, request } = devServer('/site/.astro/data-store.json');
    const first = request();
    const second = request();
    watcher.emit('change', '/site/.astro/data-store.json');
    await settle();
    // A request that began before the write could still put the old paths back.
    expect(sent).toEqual([]);
    first();
    await settle();
    expect(sent).toEqual([]);
    second();
    await settle();
    expect(sent).toEqual(['ssr:full-reload', 'prerender:full-reload']);
  });

  it('reloads at once when no request is under way, on the store’s first write too, and not for other files', async () => {
    const { watcher, sent, request } = devServer('/site/.astro/data-store.json');
    request()();
    watcher.emit('change', '/site/content/news/sak.mdx');
    await settle();
    expect(sent).toEqual([]);
    watcher.emit('add', '/site/.astro/data-store.json');
    await settle();
    expect(sent).toEqual(['ssr:full-reload', 'prerender:full-reload']);
  });
});
