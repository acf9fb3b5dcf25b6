import { createMarkdownProcessor } from '@astrojs/markdown-remark';
import { expect, it } from 'vitest';
import { rendererOptions } from './plugins.ts';
import { isBareLink } from './rehype-bare-links.ts';

async function render(markdown: string) {
  const processor = await createMarkdownProcessor(rendererOptions);
  return (await processor.render(markdown)).code;
}

// On paper a bare address was printed twice (MDX has no <https://…>: the content check says to write it bare): «https://www.ks.no/kvalitet (https://www.ks.no/kvalitet)».
it('marks a link whose text is its own address, however it was written', async () => {
  const html = await render('Se https://www.ks.no/kvalitet, [https://www.regjeringen.no/](https://www.regjeringen.no/), www.ks.no og post@ks.no.\n');
  expect(html.match(/<a href="[^"]+" class="bare-link">/g)).toHaveLength(4);
});

it('reads an address with æøå as its text, though its href is percent-encoded', () => {
  expect(isBareLink('øyvind.åsen@kommune.no', 'mailto:%C3%B8yvind.%C3%A5sen@kommune.no')).toBe(true);
  expect(isBareLink('www.ks.no', 'http://www.ks.no')).toBe(true);
  expect(isBareLink('100 %', 'https://www.ks.no/')).toBe(false);
});

it('leaves a link with its own text unmarked', async () => {
  const html = await render('En [lenke med tittel](https://www.ks.no/ "KS") og [https://ks.no](https://www.ks.no/annet).\n');
  expect(html).not.toContain('bare-link');
});
