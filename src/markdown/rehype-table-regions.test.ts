import { createMarkdownProcessor } from '@astrojs/markdown-remark';
import { expect, it } from 'vitest';
import { markdownOptions } from './plugins.ts';
import { isNumberCell } from './rehype-table-regions.ts';

async function render(markdown: string) {
  const processor = await createMarkdownProcessor(markdownOptions);
  return (await processor.render(markdown)).code;
}

it('puts a table in a region named after its heading and columns, which takes keyboard focus', async () => {
  const table = '| Kommune | Sykefravær 2009 |\n| --- | --- |\n| Mandal | 6,8 |\n| Molde | 7,2 % |\n';
  const html = await render(`## Resultater\n\n${table}\n${table}`);
  expect(html).toContain('<section class="table-region" aria-label="Resultater: tabell med Kommune, Sykefravær 2009" tabindex="0"><table>');
  expect(html).toContain('aria-label="Resultater: tabell med Kommune, Sykefravær 2009 (2)"');
  expect(await render(table)).toMatch(/^<section class="table-region" aria-label="Tabell med Kommune, Sykefravær 2009" tabindex="0">/);
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
