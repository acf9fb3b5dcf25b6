// Renders an entry's Markdown body for a page that shows several entries
// (the særtrykk), with its headings a level down and every id prefixed.
import { createMarkdownProcessor, rehypeHeadingIds } from '@astrojs/markdown-remark';
import { rendererOptions } from './plugins.ts';
import { rehypeNestHeadings } from './rehype-nest-headings.ts';
import { rehypePrefixIds } from './rehype-prefix-ids.ts';

export async function renderNested(markdown: string, idPrefix: string): Promise<string> {
  const processor = await createMarkdownProcessor({
    ...rendererOptions,
    rehypePlugins: [...rendererOptions.rehypePlugins, rehypeHeadingIds, rehypeNestHeadings, [rehypePrefixIds, { prefix: idPrefix }]],
  });
  return (await processor.render(markdown)).code;
}
