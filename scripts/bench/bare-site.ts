// A bare Astro 7 site over the same stories: one plain page per story and an
// index, no layout, components, styles, checks or search. What our site costs
// beyond it is the overhead of our layouts and integrations. `processor` picks
// Astro's default Markdown processor (satteri) or our unified + remark-gfm one.
import { mkdir, symlink, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

export type Processor = 'satteri' | 'unified';

function config(processor: Processor): string {
  const unified = processor === 'unified';
  return `import mdx from '@astrojs/mdx';
import { defineConfig } from 'astro/config';
${unified ? "import { unified } from '@astrojs/markdown-remark';\nimport remarkGfm from 'remark-gfm';\n" : ''}
export default defineConfig({
  cacheDir: './.cache',
  trailingSlash: 'always',
  integrations: [mdx()],
  markdown: { syntaxHighlight: false${unified ? ', processor: unified({ gfm: false, remarkPlugins: [remarkGfm] })' : ''} },
});
`;
}

const contentConfig = (storiesDir: string) => `import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';

export const collections = {
  stories: defineCollection({ loader: glob({ pattern: '**/*.{md,mdx}', base: ${JSON.stringify(storiesDir)} }) }),
};
`;

const indexPage = `---
import { getCollection } from 'astro:content';
const stories = await getCollection('stories');
---
<html lang="nb"><head><meta charset="utf-8"><title>Eksempler</title></head>
<body><h1>Eksempler</h1><ul>{stories.map((s) => <li><a href={\`/eksempler/\${s.id}/\`}>{s.data.title}</a></li>)}</ul></body></html>
`;

const storyPage = `---
import { getCollection, render } from 'astro:content';
export async function getStaticPaths() {
  return (await getCollection('stories')).map((story) => ({ params: { id: story.id }, props: { story } }));
}
const { story } = Astro.props;
const { Content } = await render(story);
---
<html lang="nb"><head><meta charset="utf-8"><title>{story.data.title}</title></head>
<body><h1>{story.data.title}</h1><p>{story.data.summary}</p><Content /></body></html>
`;

/** Writes the bare project to `dir`, using this repository's node_modules. */
export async function writeBareSite(dir: string, storiesDir: string, nodeModules: string, processor: Processor): Promise<void> {
  await mkdir(join(dir, 'src', 'pages', 'eksempler'), { recursive: true });
  await symlink(nodeModules, join(dir, 'node_modules'), 'dir');
  await writeFile(join(dir, 'package.json'), JSON.stringify({ name: 'bare-astro', private: true, type: 'module' }));
  await writeFile(join(dir, 'astro.config.mjs'), config(processor));
  await writeFile(join(dir, 'src', 'content.config.ts'), contentConfig(storiesDir));
  await writeFile(join(dir, 'src', 'pages', 'index.astro'), indexPage);
  await writeFile(join(dir, 'src', 'pages', 'eksempler', '[id].astro'), storyPage);
}
