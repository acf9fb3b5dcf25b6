import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import sharp from 'sharp';
import { afterAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { checkEntries, checkEntry } from './cached-entry-checks.ts';
import { checkContent } from './index.ts';
import type { SourceTexts } from './source-texts.ts';
import { contentFolder, edit } from './test-fixtures.ts';
import type { ValidEntry } from './validate.ts';

const root = mkdtempSync(join(tmpdir(), 'content-check-cache-'));
let dir = root;
let run = 0;
beforeEach(() => {
  dir = join(root, String(run++));
});
afterAll(() => rmSync(root, { recursive: true, force: true }));

const sources: SourceTexts = { missing: [], around: (doc) => (doc === 'S002' ? 'Det har til sammen vært åtte kommuner.' : undefined) };
/** A news item whose body has an image without alt text and whose key figure is not in the source: two problems. */
function entry(body = '![](/favicon.svg)\n'): ValidEntry {
  return {
    collection: 'news',
    id: 'x',
    file: 'content/news/x.mdx',
    body,
    data: { title: 'x', summary: 'x', keyFigures: [{ value: '9', label: 'kommuner', source: { doc: 'S002', page: 3 } }] },
  } as unknown as ValidEntry;
}
const counted = () => vi.fn(checkEntry);

describe('checkEntries (the content check’s cache)', () => {
  it('gives the same problems from the cache as a fresh check, without checking again', async () => {
    const fresh = await checkEntry(entry(), sources);
    expect(fresh.bodies.map((p) => p.message)).toEqual([expect.stringMatching(/^bildet mangler alt-tekst/)]);
    const first = counted();
    const miss = await checkEntries([entry()], sources, { dir, version: 'v1', check: first });
    const second = counted();
    const hit = await checkEntries([entry()], sources, { dir, version: 'v1', check: second });
    expect(first).toHaveBeenCalledTimes(1);
    expect(second).not.toHaveBeenCalled();
    expect(miss).toEqual(fresh);
    expect(hit).toEqual(fresh);
  });

  it('checks again when the body, the data, the sources or the code changed', async () => {
    await checkEntries([entry()], sources, { dir, version: 'v1' });
    const changes: [string, Parameters<typeof checkEntries>][] = [
      ['body', [[entry('![Et bilde](/favicon.svg)\n')], sources, { dir, version: 'v1' }]],
      ['data', [[{ ...entry(), data: { ...entry().data, title: 'y' } } as ValidEntry], sources, { dir, version: 'v1' }]],
      ['sources', [[entry()], { ...sources, around: () => 'Ni kommuner: 9.' }, { dir, version: 'v1' }]],
      ['code', [[entry()], sources, { dir, version: 'v2' }]],
    ];
    for (const [what, [entries, texts, options]] of changes) {
      const check = counted();
      await checkEntries(entries, texts, { ...options, check });
      expect(check, what).toHaveBeenCalledTimes(1);
    }
    // The edited body no longer has the problem: the cached answer for the old body was not reused.
    expect((await checkEntries([entry('![Et bilde](/favicon.svg)\n')], sources, { dir, version: 'v1' })).bodies).toEqual([]);
  });

  it('checks again, with the same result, when the cache folder was deleted or its files are corrupt', async () => {
    const fresh = await checkEntries([entry()], sources, { dir, version: 'v1' });
    const folder = join(dir, 'content-check');
    for (const file of readdirSync(folder)) writeFileSync(join(folder, file), 'not what was stored');
    const afterCorrupt = counted();
    expect(await checkEntries([entry()], sources, { dir, version: 'v1', check: afterCorrupt })).toEqual(fresh);
    rmSync(dir, { recursive: true, force: true });
    const afterDelete = counted();
    expect(await checkEntries([entry()], sources, { dir, version: 'v1', check: afterDelete })).toEqual(fresh);
    expect(afterCorrupt).toHaveBeenCalledTimes(1);
    expect(afterDelete).toHaveBeenCalledTimes(1);
  });

  it('caches nothing without a code version', async () => {
    const check = counted();
    await checkEntries([entry()], sources, { dir, version: null, check });
    await checkEntries([entry()], sources, { dir, version: null, check });
    expect(check).toHaveBeenCalledTimes(2);
  });
});

describe('checkContent with the cache', () => {
  it('still finds a broken reference in an unchanged, cached story once the entry it names is gone', async () => {
    const folder = await contentFolder();
    try {
      expect(await checkContent(folder.root)).toEqual([]);
      rmSync(join(folder.root, 'tools', 'kvalitetstrakten.mdx'));
      const problems = await checkContent(folder.root);
      expect(problems.map((p) => [p.file.endsWith('stories/gloppen.mdx'), p.field])).toEqual([[true, 'tools (nr. 1)']]);
    } finally {
      await folder.cleanup();
    }
  });

  it('finds a link in an unchanged, cached story broken once the page it links to is gone', async () => {
    const folder = await contentFolder();
    try {
      const story = Object.values(edit('stories/gloppen.mdx', '| DVD | Bedre samarbeid |', '| DVD | Bedre samarbeid |\n\nSe [nyheten](/nyheter/opptak/).'))[0] ?? '';
      writeFileSync(join(folder.root, 'stories', 'gloppen.mdx'), story);
      expect(await checkContent(folder.root)).toEqual([]);
      rmSync(join(folder.root, 'news', 'opptak.mdx'));
      const problems = await checkContent(folder.root);
      expect(problems.map((p) => [p.file.endsWith('stories/gloppen.mdx'), p.field])).toEqual([[true, 'body']]);
    } finally {
      await folder.cleanup();
    }
  });

  it('finds an image in an unchanged, cached story broken once its file is replaced by one that is not an image', async () => {
    const folder = await contentFolder();
    try {
      const png = await sharp({ create: { width: 800, height: 500, channels: 3, background: '#888' } }).png().toBuffer();
      writeFileSync(join(folder.root, 'stories', 'bilde.png'), png);
      const story = Object.values(edit('stories/gloppen.mdx', '| DVD | Bedre samarbeid |', '| DVD | Bedre samarbeid |\n\n![Foreldre i barnehagen](bilde.png)'))[0] ?? '';
      writeFileSync(join(folder.root, 'stories', 'gloppen.mdx'), story);
      expect(await checkContent(folder.root)).toEqual([]);
      writeFileSync(join(folder.root, 'stories', 'bilde.png'), '{"ikke": "et bilde"}');
      expect((await checkContent(folder.root)).map((p) => p.message)).toEqual([expect.stringMatching(/ikke et bilde som kan leses/)]);
    } finally {
      await folder.cleanup();
    }
  });

  it('reports a problem in an edited body on the next check', async () => {
    const folder = await contentFolder();
    try {
      expect(await checkContent(folder.root)).toEqual([]);
      const story = Object.values(edit('stories/gloppen.mdx', '| DVD | Bedre samarbeid |', '| DVD | Bedre samarbeid |\n\n![](/favicon.svg)'))[0] ?? '';
      writeFileSync(join(folder.root, 'stories', 'gloppen.mdx'), story);
      expect((await checkContent(folder.root)).map((p) => p.message)).toEqual([expect.stringMatching(/^bildet mangler alt-tekst/)]);
    } finally {
      await folder.cleanup();
    }
  });
});
