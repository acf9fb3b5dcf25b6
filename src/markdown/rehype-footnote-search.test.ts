import { createMarkdownProcessor } from '@astrojs/markdown-remark';
import { parse } from 'node-html-parser';
import { expect, it } from 'vitest';
import { searchableText } from '../search/index-site.ts';
import { rendererOptions } from './plugins.ts';

async function render(markdown: string) {
  const processor = await createMarkdownProcessor(rendererOptions);
  return (await processor.render(markdown)).code;
}

// The search excerpt read «en fotnote 1 og en til 2» and «Fotnoter. En enkel fotnote. ↩ En fotnote med liste».
it('keeps footnote numbers and «↩» links out of the search index, the notes\' text in', async () => {
  const html = await render('Dette er en fotnote[^1] og en til[^2].\n\n[^1]: En enkel fotnote.\n[^2]: En fotnote med liste:\n\n    - første\n');
  const body = parse(`<main>${html}</main>`).querySelector('main');
  if (!body) throw new Error('no body');
  const text = searchableText(body);
  expect(text).toContain('Dette er en fotnote og en til.');
  expect(text).toContain('En enkel fotnote.');
  expect(text).toContain('første');
  expect(text).not.toContain('↩');
  expect(text).not.toMatch(/\d/);
});
