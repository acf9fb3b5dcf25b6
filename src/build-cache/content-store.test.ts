import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { dropStaleContentStores } from './content-store.ts';

const folders: string[] = [];
afterEach(() => folders.splice(0).forEach((dir) => rmSync(dir, { recursive: true, force: true })));
/** A content store file in a folder of its own, as Astro writes it. */
function store(): string {
  const dir = mkdtempSync(join(tmpdir(), 'content-store-'));
  folders.push(dir);
  const file = join(dir, 'data-store.json');
  writeFileSync(file, '{}');
  return file;
}

describe('dropping a content store written by other code', () => {
  it('keeps a store the same code wrote, so a rebuild after an edit to content reads only that entry again', () => {
    const file = store();
    dropStaleContentStores([file], 'code A');
    writeFileSync(file, '{"entries":1}');
    expect(dropStaleContentStores([file], 'code A')).toEqual([]);
    expect(existsSync(file)).toBe(true);
  });

  it('drops a store after the code changed (a schema gained a field), and one with no recorded version', () => {
    const changed = store();
    dropStaleContentStores([changed], 'code A');
    writeFileSync(changed, '{"entries":1}');
    const unrecorded = store();
    expect(dropStaleContentStores([changed, unrecorded], 'code B')).toEqual([changed, unrecorded]);
    expect(existsSync(changed) || existsSync(unrecorded)).toBe(false);
  });

  it('drops the store every time the code cannot be read', () => {
    const file = store();
    dropStaleContentStores([file], null);
    writeFileSync(file, '{}');
    expect(dropStaleContentStores([file], null)).toEqual([file]);
  });
});
