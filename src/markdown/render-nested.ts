// Renders an entry's Markdown body for a page that shows several entries
// (the særtrykk), with its headings a level down and its ids prefixed.
import { createMarkdownProcessor, rehypeHeadingIds } from '@astrojs/markdown-remark';
import { markdownOptions } from './plugins.ts';
import { rehypeNestHeadings } from './rehype-nest-headings.ts';

export async function renderNested(markdown: string, idPrefix: string): Promise<string> {
  const processor = await createMarkdownProcessor({
    ...markdownOptions,
    rehypePlugins: [...markdownOptions.rehypePlugins, rehypeHeadingIds, [rehypeNestHeadings, { idPrefix }]],
  });
  return (await processor.render(markdown)).code;
}
