// The benchmark's synthetic stories must be content the site accepts, or the
// benchmark measures a build that fails.
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, expect, it } from 'vitest';
import { checkContent } from '../../src/content-check/index.ts';
import { writeSyntheticContent } from './synthetic-stories.ts';

const folders: string[] = [];
afterAll(async () => Promise.all(folders.map((f) => rm(f, { recursive: true, force: true }))));

async function generate(total: number) {
  const target = join(await mkdtemp(join(tmpdir(), 'kb-synthetic-')), 'content');
  folders.push(target);
  await writeSyntheticContent('content', target, total);
  return target;
}

it('adds stories up to the total, and the content checker finds nothing wrong', { timeout: 120_000 }, async () => {
  const target = await generate(80);
  expect((await readdir(join(target, 'stories'))).filter((f) => f.endsWith('.mdx'))).toHaveLength(80);
  expect(await checkContent(target)).toEqual([]);
});

it('makes the same stories every time, in Norwegian', { timeout: 60_000 }, async () => {
  const [a, b] = [await generate(40), await generate(40)];
  const file = (await readdir(join(a, 'stories'))).find((f) => f.startsWith('syntetisk-'));
  expect(file).toBeDefined();
  const text = await readFile(join(a, 'stories', file ?? ''), 'utf8');
  expect(text).toBe(await readFile(join(b, 'stories', file ?? ''), 'utf8'));
  expect(text).toMatch(/[æøå]/);
  expect(text).toMatch(/^## /m);
});

it('gives every story a title of its own, as the content check demands', { timeout: 60_000 }, async () => {
  const target = await generate(400);
  const titles = await Promise.all(
    (await readdir(join(target, 'stories'))).filter((f) => f.endsWith('.mdx')).map(async (f) => /^title: (.*)$/m.exec(await readFile(join(target, 'stories', f), 'utf8'))?.[1]),
  );
  expect(titles.every((t) => t !== undefined)).toBe(true);
  expect(new Set(titles).size).toBe(titles.length);
});
