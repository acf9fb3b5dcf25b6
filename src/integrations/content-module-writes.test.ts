import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { contentStoreClass, writeImportsInTurn } from './content-module-writes.ts';

const folders: string[] = [];
afterEach(() => folders.splice(0).forEach((dir) => rmSync(dir, { recursive: true, force: true })));

interface Store {
  set(collection: string, key: string, entry: object): void;
  addModuleImport(file: string): void;
  writeModuleImports(file: string): Promise<void>;
}
/** A news entry whose text is rendered on demand, as the glob loader stores an MDX file. */
const entry = (id: string) => ({ id, data: {}, filePath: `content/news/${id}.mdx`, deferredRender: true, digest: id });

/** Two writes of the module file, the second asked for while the first runs, with an entry added between them. */
async function overlappingWrites(MutableDataStore: new () => Store): Promise<string> {
  const dir = mkdtempSync(join(tmpdir(), 'content-modules-'));
  folders.push(dir);
  const file = join(dir, 'content-modules.mjs');
  const store = new MutableDataStore();
  store.set('news', 'saved-first', entry('saved-first'));
  const first = store.writeModuleImports(file);
  store.set('news', 'saved-next', entry('saved-next'));
  await Promise.all([first, store.writeModuleImports(file)]);
  return readFileSync(file, 'utf8');
}

describe('writing the content modules in turn', () => {
  it('keeps an entry saved while the module file was being written (Astro lost it: its page was a 500 or a 404 in dev)', async () => {
    const MutableDataStore = (await contentStoreClass()) as unknown as new () => Store;
    writeImportsInTurn(MutableDataStore.prototype);
    const written = await overlappingWrites(MutableDataStore);
    expect(written).toContain('saved-first.mdx');
    expect(written).toContain('saved-next.mdx');
  });

  it('writes an entry saved while the module file was being written once the save’s own write comes (Astro marked the file clean: a 500 in dev)', async () => {
    const MutableDataStore = (await contentStoreClass()) as unknown as new () => Store;
    writeImportsInTurn(MutableDataStore.prototype);
    const dir = mkdtempSync(join(tmpdir(), 'content-modules-'));
    folders.push(dir);
    const file = join(dir, 'content-modules.mjs');
    const store = new MutableDataStore();
    store.set('news', 'saved-first', entry('saved-first'));
    await store.writeModuleImports(file);
    // A change to another entry is being written when the new one is saved, as the glob loader saves it.
    store.addModuleImport(entry('saved-first').filePath);
    const writing = store.writeModuleImports(file);
    await new Promise((resolve) => setTimeout(resolve, 1));
    store.addModuleImport(entry('saved-next').filePath);
    store.set('news', 'saved-next', entry('saved-next'));
    await writing;
    await expect.poll(() => readFileSync(file, 'utf8'), { timeout: 3_000, interval: 100 }).toContain('saved-next.mdx');
  });

  it('says what to check when an Astro upgrade renamed a writer', () => {
    expect(() => writeImportsInTurn({ writeModuleImports: async () => {} })).toThrow(/no writeAssetImports\(\).*content-module-writes\.ts/);
  });
});
