import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';

// A file deleted between the folder's listing and its reading: the listing is real, the reading of one file fails
// as it does when the CMS deletes it just then.
const gone = new Set<string>();
vi.mock('node:fs/promises', async (original) => {
  const fs = await original<typeof import('node:fs/promises')>();
  return {
    ...fs,
    readFile: (path: string, ...rest: unknown[]) =>
      gone.has(String(path))
        ? Promise.reject(Object.assign(new Error(`ENOENT: no such file or directory, open '${path}'`), { code: 'ENOENT' }))
        : (fs.readFile as (...args: unknown[]) => Promise<unknown>)(path, ...rest),
  };
});
const { loadContent } = await import('./load.ts');

const folders: string[] = [];
afterEach(() => {
  gone.clear();
  folders.splice(0).forEach((dir) => rmSync(dir, { recursive: true, force: true }));
});

// The CMS spec: a story deleted while the CMS's list of entries (/admin/oppforinger.json) was read gave a stack trace
// in the terminal and no list.
describe('loading the content while an entry is deleted', () => {
  it('leaves out a file deleted after the folder was listed, and reads the rest', async () => {
    const root = mkdtempSync(join(tmpdir(), 'load-'));
    folders.push(root);
    mkdirSync(join(root, 'news'));
    const entry = (title: string) => `---\ntitle: ${title}\n---\nTekst.\n`;
    writeFileSync(join(root, 'news', 'a.mdx'), entry('A'));
    writeFileSync(join(root, 'news', 'b.mdx'), entry('B'));
    gone.add(join(root, 'news', 'a.mdx'));
    const { entries, problems } = await loadContent(root, ['news']);
    expect(entries.map((e) => e.id)).toEqual(['b']);
    expect(problems).toEqual([]);
  });
});
