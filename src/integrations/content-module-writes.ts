// Astro 7.3.5's content store writes .astro/content-modules.mjs (the module that renders each entry's text) and
// its image imports with a guard against overlapping writes that retries with the first write's text: a write
// asked for while another ran was lost (and marked done). In `astro dev`, an entry saved while another change
// was being written then had no text module, or the old store stayed in use: a news item deleted and saved
// again, or saved right after another was deleted, was a 500 («Unexpected error while rendering») or a 404
// until the next save (3 of 18 such saves in a row; the CMS spec failed on it in CI). Until Astro fixes it, a
// store's writes of these files run one after another, each writing the store as it is when its turn comes.
import type { AstroIntegration } from 'astro';

/** The store's methods that write a module file; each ends in Astro's overlapping-write guard. */
const importWriters = ['writeModuleImports', 'writeAssetImports'] as const;
type ImportWriter = (this: object, file: string | URL) => Promise<void>;

/** Astro's content store class (not exported by the package: found beside its entry point). */
export async function contentStoreClass(): Promise<{ prototype: object }> {
  const file = new URL('./content/mutable-data-store.js', import.meta.resolve('astro'));
  return ((await import(file.href)) as { MutableDataStore: { prototype: object } }).MutableDataStore;
}

const serialized = new WeakSet<object>();

/**
 * Makes each of `prototype`'s import writers wait for the store's previous write of any of them to end.
 * Once per prototype. Throws if a writer is missing (an Astro upgrade renamed it: check whether this is still needed).
 */
export function writeImportsInTurn(prototype: object): void {
  if (serialized.has(prototype)) return;
  const queues = new WeakMap<object, Promise<void>>();
  const methods = prototype as Record<string, unknown>;
  for (const name of importWriters) {
    const write = methods[name];
    if (typeof write !== 'function') throw new Error(`Astro's content store has no ${name}(): see src/integrations/content-module-writes.ts`);
    methods[name] = function (this: object, file: string | URL): Promise<void> {
      const turn = (queues.get(this) ?? Promise.resolve()).then(() => (write as ImportWriter).call(this, file));
      queues.set(this, turn.catch(() => undefined));
      return turn;
    };
  }
  serialized.add(prototype);
}

export function contentModuleWrites(): AstroIntegration {
  return {
    name: 'kompetansebanken:content-module-writes',
    hooks: {
      // Before `astro dev` makes its store (astro/dist/core/dev/dev.js reads it after the config hooks).
      'astro:config:setup': async ({ command }) => {
        if (command === 'dev') writeImportsInTurn((await contentStoreClass()).prototype);
      },
    },
  };
}
