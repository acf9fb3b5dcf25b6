// Astro 7.3.5's content store writes .astro/content-modules.mjs (the module that renders each entry's text) and
// its image imports with a guard against overlapping writes that retries with the first write's text: a write
// asked for while another ran was lost (and marked done). In `astro dev`, an entry saved while another change
// was being written then had no text module, or the old store stayed in use: a news item deleted and saved
// again, or saved right after another was deleted, was a 500 («Unexpected error while rendering») or a 404
// until the next save (3 of 18 such saves in a row; the CMS spec failed on it in CI). Until Astro fixes it, a
// store's writes of these files run one after another, each writing the store as it is when its turn comes.
//
// A write also ends by marking its file clean, though an entry saved while it ran is not in it; the next write,
// asked for by that save, then found nothing to do. Under load (the CMS spec in CI; 4 of 25 new news items under
// three busy processes) the new entry stayed out of the module file, a 500 until the next save. So a change to the
// store while a write runs marks the files to be written again once it has ended.
import type { AstroIntegration } from 'astro';

/** The store's methods that write a module file; each ends in Astro's overlapping-write guard. */
const importWriters = ['writeModuleImports', 'writeAssetImports'] as const;
type ImportWriter = (this: object, file: string | URL) => Promise<void>;
/** The store's methods that change what the module files hold; each asks for a write of them after a pause. */
const storeChanges = ['set', 'delete', 'clear', 'clearAll', 'addModuleImport', 'addAssetImport'] as const;
/** A collection no store has: clearing it changes nothing but marks every file of the store to be written. */
const noCollection = '\0kompetansebanken:write-again';

/** Astro's content store class (not exported by the package: found beside its entry point). */
export async function contentStoreClass(): Promise<{ prototype: object }> {
  const file = new URL('./content/mutable-data-store.js', import.meta.resolve('astro'));
  return ((await import(file.href)) as { MutableDataStore: { prototype: object } }).MutableDataStore;
}

const serialized = new WeakSet<object>();

/**
 * Makes each of `prototype`'s import writers wait for the store's previous write of any of them to end, and a store
 * changed while one ran write its files again after the usual pause. Once per prototype. Throws if a writer or a change is missing (an Astro upgrade renamed it: check whether this is still needed).
 */
export function writeImportsInTurn(prototype: object): void {
  if (serialized.has(prototype)) return;
  const queues = new WeakMap<object, Promise<void>>();
  /** The stores writing a module file just now, and those changed meanwhile. */
  const writing = new WeakSet<object>();
  const changedWhileWriting = new WeakSet<object>();
  const methods = prototype as Record<string, unknown>;
  const original = (name: string) => {
    const method = methods[name];
    if (typeof method !== 'function') throw new Error(`Astro's content store has no ${name}(): see src/integrations/content-module-writes.ts`);
    return method as (this: object, ...args: unknown[]) => unknown;
  };
  const writers = importWriters.map((name) => [name, original(name) as ImportWriter] as const);
  const changes = storeChanges.map((name) => [name, original(name)] as const);
  const clear = original('clear');
  for (const [name, change] of changes) {
    methods[name] = function (this: object, ...args: unknown[]): unknown {
      if (writing.has(this)) changedWhileWriting.add(this);
      return change.apply(this, args);
    };
  }
  for (const [name, write] of writers) {
    methods[name] = function (this: object, file: string | URL): Promise<void> {
      const turn = (queues.get(this) ?? Promise.resolve()).then(async () => {
        writing.add(this);
        try {
          await write.call(this, file);
        } finally {
          writing.delete(this);
          if (changedWhileWriting.delete(this)) clear.call(this, noCollection);
        }
      });
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
