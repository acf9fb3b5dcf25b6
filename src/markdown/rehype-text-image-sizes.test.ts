import { createMarkdownProcessor } from '@astrojs/markdown-remark';
import { expect, it } from 'vitest';
import { textImageSizes } from '../lib/text-images.ts';
import { rendererOptions } from './plugins.ts';

const markdown = 'Tekst.\n\n![Barn i barnehagen](../media/bilde.jpg)\n';

it('tells Astro the text column\'s width for an image it makes in several widths (a file beside the entry)', async () => {
  const processor = await createMarkdownProcessor(rendererOptions);
  const { code } = await processor.render(markdown, { fileURL: new URL('file:///innhold/news/opptak.mdx') });
  const props = JSON.parse(code.match(/__ASTRO_IMAGE_="([^"]+)"/)![1]!.replaceAll('&#x22;', '"')) as Record<string, unknown>;
  expect(props).toMatchObject({ src: '../media/bilde.jpg', alt: 'Barn i barnehagen', sizes: textImageSizes });
});

it('leaves an image Astro does not process without sizes (the e-mail, a site address): sizes needs a srcset', async () => {
  const processor = await createMarkdownProcessor(rendererOptions);
  expect((await processor.render(markdown)).code).not.toContain('sizes');
  const { code } = await processor.render('![Kart](/bilder/kart.png)\n', { fileURL: new URL('file:///innhold/news/opptak.mdx') });
  expect(code).toBe('<p><img src="/bilder/kart.png" alt="Kart"></p>');
});
