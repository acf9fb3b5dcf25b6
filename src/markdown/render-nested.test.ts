import { expect, it } from 'vitest';
import { renderNested } from './render-nested.ts';

it('moves headings a level down and prefixes their ids', async () => {
  const html = await renderNested('## Hva punktet betyr\n\nTekst.\n\n### Detaljer\n', 'punkt-1-', 'Punkt 1');
  expect(html).toContain('<h3 id="punkt-1-hva-punktet-betyr">Hva punktet betyr</h3>');
  expect(html).toContain('<h4 id="punkt-1-detaljer">Detaljer</h4>');
});

it('keeps the site’s Markdown features: GFM tables and labelled checklists', async () => {
  const html = await renderNested('| a |\n| - |\n| 1 |\n\n- [ ] Gjør dette\n', 'p-', 'Punkt 1');
  expect(html).toContain('<table>');
  expect(html).toContain('aria-label="Gjør dette"');
});
