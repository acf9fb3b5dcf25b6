import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import yaml from 'js-yaml';
import { afterAll, expect, it } from 'vitest';
import { starlightPage, writeStarlightSite } from './starlight-site.ts';

const story = `---
title: System for oppfølging av resultater
summary: Askim bygde et system
  over flere linjer.
municipalities:
  - askim
sources:
  - doc: S002
    page: 26
---

## Bakgrunn og behov

Opplæringsloven pålegger skoleeieren å ha et forsvarlig system.
`;

it('keeps the title, makes the summary the description, and leaves the body as it is', () => {
  const page = starlightPage(story);
  const [, frontmatter = '', body] = /^---\n([\s\S]*?)---\n([\s\S]*)$/.exec(page) ?? [];
  expect(yaml.load(frontmatter)).toEqual({ title: 'System for oppfølging av resultater', description: 'Askim bygde et system over flere linjer.' });
  expect(body).toBe(story.slice(story.indexOf('\n## ') ));
});

it('refuses a story without frontmatter or title', () => {
  expect(() => starlightPage('## Bare tekst\n')).toThrow(/frontmatter/);
  expect(() => starlightPage('---\nsummary: x\n---\ntekst\n')).toThrow(/title/);
});

let folder = '';
afterAll(async () => rm(folder, { recursive: true, force: true }));

it('writes one docs page per story, a home page, and names Starlight as a dependency', async () => {
  folder = await mkdtemp(join(tmpdir(), 'kb-starlight-'));
  const project = join(folder, 'starlight');
  await writeStarlightSite(project, 'content/stories', join(process.cwd(), 'node_modules'));
  const stories = (await readdir('content/stories')).filter((f) => f.endsWith('.mdx'));
  expect((await readdir(join(project, 'src', 'content', 'docs', 'eksempler'))).sort()).toEqual(stories.sort());
  expect(await readdir(join(project, 'src', 'content', 'docs'))).toContain('index.mdx');
  expect(JSON.parse(await readFile(join(project, 'package.json'), 'utf8')).dependencies).toHaveProperty('@astrojs/starlight');
  expect(await readFile(join(project, 'astro.config.mjs'), 'utf8')).toMatch(/pagefind: true/);
});
