// The reference the benchmark holds our site against: a Starlight site (what a
// team would otherwise pick for a documentation-style site) built from the same
// stories, with Starlight's own Pagefind search. Each story becomes a Starlight
// docs page at /eksempler/<id>/ with its title and summary; the body is the
// story's MDX as it is. The sidebar is a fixed short menu: Starlight's default
// sidebar lists every page on every page, which grows with the square of the
// stories and is not what a 10 000-page site would ship.
import { mkdir, readFile, readdir, symlink, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import yaml from 'js-yaml';

const config = `import starlight from '@astrojs/starlight';
import { defineConfig } from 'astro/config';

export default defineConfig({
  cacheDir: './.cache',
  integrations: [
    starlight({
      title: 'Kompetansebanken',
      defaultLocale: 'root',
      locales: { root: { label: 'Norsk bokmål', lang: 'nb' } },
      sidebar: [{ label: 'Forside', link: '/' }],
      pagefind: true,
    }),
  ],
});
`;

// Astro bundles a package only when the project names it: without these
// dependencies Starlight's middleware is left external and its `astro:`
// imports fail at render time.
const packageJson = { name: 'starlight-reference', private: true, type: 'module', dependencies: { '@astrojs/starlight': '*', astro: '*' } };

const contentConfig = `import { defineCollection } from 'astro:content';
import { docsLoader } from '@astrojs/starlight/loaders';
import { docsSchema } from '@astrojs/starlight/schema';

export const collections = {
  docs: defineCollection({ loader: docsLoader(), schema: docsSchema() }),
};
`;

const indexPage = `---
title: Kompetansebanken
description: Eksempler fra Kvalitetskommuneprogrammet.
---

Eksempler fra kommunene i Kvalitetskommuneprogrammet. Søk etter et tema øverst på siden.
`;

/**
 * A story's MDX source (our frontmatter, then the body) as a Starlight docs
 * page: frontmatter `title` and `description` (from `summary`), the body
 * unchanged. Throws when the source has no frontmatter or no title.
 */
export function starlightPage(source: string): string {
  const match = /^---\n([\s\S]*?)\n---\n/.exec(source);
  if (!match) throw new Error('a story without frontmatter');
  const data = (yaml.load(match[1] ?? '') ?? {}) as { title?: string; summary?: string };
  if (!data.title) throw new Error('a story without a title');
  const frontmatter = yaml.dump({ title: data.title, ...(data.summary ? { description: data.summary } : {}) }, { lineWidth: -1 });
  return `---\n${frontmatter}---\n${source.slice(match[0].length)}`;
}

/** Writes the Starlight project to `dir`, its pages made from the `.mdx` stories in `storiesDir`. */
export async function writeStarlightSite(dir: string, storiesDir: string, nodeModules: string): Promise<void> {
  const docs = join(dir, 'src', 'content', 'docs');
  await mkdir(join(docs, 'eksempler'), { recursive: true });
  await symlink(nodeModules, join(dir, 'node_modules'), 'dir');
  await writeFile(join(dir, 'package.json'), JSON.stringify(packageJson));
  await writeFile(join(dir, 'astro.config.mjs'), config);
  await writeFile(join(dir, 'src', 'content.config.ts'), contentConfig);
  await writeFile(join(docs, 'index.mdx'), indexPage);
  for (const file of (await readdir(storiesDir)).filter((f) => f.endsWith('.mdx')))
    await writeFile(join(docs, 'eksempler', file), starlightPage(await readFile(join(storiesDir, file), 'utf8')));
}
