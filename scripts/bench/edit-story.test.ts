// The benchmark's one-story edit must change the story and still pass the
// content check, or the rebuild measures a failing build.
import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, expect, it } from 'vitest';
import { checkContent } from '../../src/content-check/index.ts';
import { editedStory } from './edit-story.ts';
import { writeSyntheticContent } from './synthetic-stories.ts';

const story = `---
title: Tittel
---

## Bakgrunn

- et punkt

Første avsnitt i
historien.

Andre avsnitt.
`;

it('repeats the first paragraph at the end and leaves the rest as it was', () => {
  const edited = editedStory(story);
  expect(edited.startsWith(story.trimEnd())).toBe(true);
  expect(edited.endsWith('\n\nFørste avsnitt i\nhistorien.\n')).toBe(true);
});

it('refuses a story without a paragraph', () => {
  expect(() => editedStory('---\ntitle: T\n---\n\n## Bare en overskrift\n')).toThrow(/paragraph/);
});

let folder = '';
afterAll(async () => rm(folder, { recursive: true, force: true }));

it('keeps a synthetic story valid', { timeout: 120_000 }, async () => {
  folder = await mkdtemp(join(tmpdir(), 'kb-edit-'));
  const content = join(folder, 'content');
  await writeSyntheticContent('content', content, 40);
  const file = join(content, 'stories', (await readdir(join(content, 'stories'))).find((f) => f.startsWith('syntetisk-')) ?? '');
  const before = await readFile(file, 'utf8');
  await writeFile(file, editedStory(before));
  expect(await readFile(file, 'utf8')).not.toBe(before);
  expect(await checkContent(content)).toEqual([]);
});
