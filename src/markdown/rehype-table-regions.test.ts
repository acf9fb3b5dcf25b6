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
  expect(html).toMatch(/<td>Mandal<\/td>\s*<td class="number"><span class="nowrap">6,8<\/span><\/td>/);
  expect(html).toContain('<th class="number">Sykefravær 2009</th>');
});

it('marks a column as numbers only when every filled cell is one', async () => {
  const html = await render('| Hva | Tall |\n| --- | --- |\n| A | 12 |\n| B | ca. 20 kommuner |\n');
  expect(html).not.toContain('class="number"');
});

it('reads Norwegian numbers, units and ranges as numbers, words not', () => {
  for (const text of ['1 234', '11,8', '-0,4', '45 %', '12 prosent', '2007–2010', '2007 - 2010', '50 og 51', '5 til 10', '10,9 og 8,9 prosent', '0,4 prosentpoeng', '297 millioner kroner', '12 mill. kr', '9 av 12', '200']) expect(isNumberCell(text), text).toBe(true);
  for (const text of ['Styrerne', '20 kommuner', 'over tid', 'ca.', '5 og mer', '']) expect(isNumberCell(text), text).toBe(false);
});

it('reads a number with «over», «ca.» or a sign for about before it as a number (/tall-og-fakta/: «over 50 prosent»)', () => {
  for (const text of ['over 50 prosent', 'ca. 20', 'Ca. 900', 'om lag 40 %', 'mer enn 1 000', '< 5', '≈ 3,2']) expect(isNumberCell(text), text).toBe(true);
});

it('keeps each number in a number cell on one line, letting only the words beside it wrap', async () => {
  const html = await render('| Tall | Hva |\n| --- | --- |\n| over 50 prosent | Andel |\n| 1 234 | Antall |\n| 2007–2010 | År |\n| 50 og 51 | Sider |\n| 0,4 prosentpoeng | Endring |\n| **ca. 20** | Uthevet |\n');
  expect(html).toContain('<td class="number">over <span class="nowrap">50 prosent</span></td>');
  expect(html).toContain('<td class="number"><span class="nowrap">1 234</span></td>');
  expect(html).toContain('<td class="number"><span class="nowrap">2007–2010</span></td>');
  expect(html).toContain('<td class="number"><span class="nowrap">50</span> og <span class="nowrap">51</span></td>');
  expect(html).toContain('<td class="number"><strong>ca. <span class="nowrap">20</span></strong></td>');
  // A unit that only begins like a short one («prosent» in «prosentpoeng») is not cut.
  expect(html).toContain('<td class="number"><span class="nowrap">0,4</span> prosentpoeng</td>');
  // Text columns are left as written.
  expect(html).toContain('<td>Andel</td>');
});

it('marks a table of text with three columns to be read row by row on a phone, each cell with its heading', async () => {
  const html = await render('| Nivå | Stikkord | Hva |\n|---|---|---|\n| Systemet | organisering | Rammene |\n');
  expect(html).toContain('<section class="table-region stack"');
  expect(html).toMatch(/<td data-label="Nivå">Systemet<\/td>\s*<td data-label="Stikkord">organisering<\/td>\s*<td data-label="Hva">Rammene<\/td>/);
});

// /tall-og-fakta/ at 320 px: the sentences stood 100 px wide beside «32,1 prosent» and the page number.
it('marks a table of numbers beside a column of sentences to be read row by row on a phone', async () => {
  const html = await render('| Tall | Hva det gjelder | Side |\n|---|---|---|\n| 200 | Så mange kommuner var målet for programmet. | 9 |\n| 32,1 prosent | Så stor del av landets kommuner var kvalitetskommuner. | 40 |\n');
  expect(html).toContain('<section class="table-region stack"');
  expect(html).toMatch(/<td class="number" data-label="Tall"><span class="nowrap">200<\/span><\/td>/);
});

it.each([
  ['two columns', '| Nivå | Hva |\n|---|---|\n| Systemet | Rammene |\n'],
  ['a column of numbers', '| Kommune | Pulje | Fravær |\n|---|---|---|\n| Molde | I | 8,2 |\n'],
])('leaves a table with %s as it is', async (_, markdown) => {
  const html = await render(markdown);
  expect(html).toContain('<section class="table-region"');
  expect(html).not.toContain('data-label');
});
