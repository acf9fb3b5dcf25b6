import { createMarkdownProcessor } from '@astrojs/markdown-remark';
import { expect, it } from 'vitest';
import { markdownOptions } from './plugins.ts';
import { isNumberCell } from './rehype-table-regions.ts';

async function render(markdown: string) {
  const processor = await createMarkdownProcessor(markdownOptions);
  return (await processor.render(markdown)).code;
}

it('puts a table in a named region that takes keyboard focus', async () => {
  const html = await render('| Kommune | Sykefravær 2009 |\n| --- | --- |\n| Mandal | 6,8 |\n| Molde | 7,2 % |\n');
  expect(html).toMatch(/^<div class="table-region" role="region" aria-label="Tabell: Kommune, Sykefravær 2009" tabindex="0"><table>/);
  expect(html).toMatch(/<td>Mandal<\/td>\s*<td class="number">6,8<\/td>/);
  expect(html).toContain('<th class="number">Sykefravær 2009</th>');
});

it('marks a column as numbers only when every filled cell is one', async () => {
  const html = await render('| Hva | Tall |\n| --- | --- |\n| A | 12 |\n| B | ca. 20 |\n');
  expect(html).not.toContain('class="number"');
});

it('reads Norwegian numbers, units and ranges as numbers, words not', () => {
  for (const text of ['1 234', '11,8', '-0,4', '45 %', '12 prosent', '2007–2010', '200']) expect(isNumberCell(text), text).toBe(true);
  for (const text of ['Styrerne', 'ca. 20', '20 kommuner', '']) expect(isNumberCell(text), text).toBe(false);
});
