// Renders an entry's Markdown body for a page that shows several entries
// (the særtrykk), with its headings a level down, every id prefixed, and its
// tables' regions named after the entry.
import { createMarkdownProcessor, rehypeHeadingIds } from '@astrojs/markdown-remark';
import { rendererOptions } from './plugins.ts';
import { rehypeNestHeadings } from './rehype-nest-headings.ts';
import { rehypePrefixIds } from './rehype-prefix-ids.ts';
import { rehypeTableRegions } from './rehype-table-regions.ts';

/** `title` is the entry's, e.g. «Punkt 3: …»; `idPrefix` makes its ids unique on the page; `lang` is the entry's («nn»: nynorsk footnote labels). */
export async function renderNested(markdown: string, idPrefix: string, title: string, lang = 'nb'): Promise<string> {
  const plugins = rendererOptions.rehypePlugins.map((plugin) => (plugin === rehypeTableRegions ? ([rehypeTableRegions, { context: title }] as [typeof rehypeTableRegions, { context: string }]) : plugin));
  const processor = await createMarkdownProcessor({
    ...rendererOptions,
    rehypePlugins: [...plugins, rehypeHeadingIds, rehypeNestHeadings, [rehypePrefixIds, { prefix: idPrefix }]],
  });
  return (await processor.render(markdown, { frontmatter: { lang } })).code;
}
