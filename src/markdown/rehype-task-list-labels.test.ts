import { createMarkdownProcessor } from '@astrojs/markdown-remark';
import { rendererOptions } from './plugins.ts';
import { expect, it } from 'vitest';

async function render(markdown: string) {
  const processor = await createMarkdownProcessor(rendererOptions);
  return (await processor.render(markdown)).code;
}

it('names each checklist checkbox after its item', async () => {
  const html = await render('- [ ] Lag en plan med mål\n- [x] Forankre planen i **kommunestyret**\n');
  expect(html).toContain('aria-label="Lag en plan med mål"');
  expect(html).toContain('aria-label="Forankre planen i kommunestyret"');
});

it('finds the checkbox in a loose list, where each item is a paragraph', async () => {
  const html = await render('- [ ] Første punkt\n\n- [ ] Andre punkt\n');
  expect(html).toContain('aria-label="Første punkt"');
});

it('leaves lists without checkboxes alone', async () => {
  expect(await render('- Et vanlig punkt\n')).not.toContain('aria-label');
});

it('renders GFM tables', async () => {
  expect(await render('| a | b |\n| - | - |\n| 1 | 2 |\n')).toMatch(/<table>[\s\S]*<td( class="number")?>(<span class="nowrap">)?1(<\/span>)?<\/td>/);
});

// /sykefravaer/dialogmoter/: «Skriv ned avtalene …» was a disabled 13 px box that looked tickable and was not.
it('leaves each checklist box enabled for the reader to tick, a ticked one ticked', async () => {
  const html = await render('- [ ] Skriv ned avtalene og sett en dato for oppfølging.\n- [x] Gjort\n');
  expect(html).not.toContain('disabled');
  expect(html).toContain('<input type="checkbox" aria-label="Skriv ned avtalene og sett en dato for oppfølging." class="ds-input">');
  expect(html).toContain('<input type="checkbox" checked aria-label="Gjort" class="ds-input">');
});
