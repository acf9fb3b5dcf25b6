import { createMarkdownProcessor } from '@astrojs/markdown-remark';
import { describe, expect, it } from 'vitest';
import { markdownOptions } from './plugins.ts';

const render = async (markdown: string) => (await (await createMarkdownProcessor(markdownOptions)).render(markdown)).code;

// Fresh eyes: Bømlo's project leader quoted in nynorsk in a newsletter, on /verktoy/prosjektarbeid/ and in a
// communication template was read by a screen reader with the page's bokmål voice.
describe('nynorsk quoted in a bokmål text', () => {
  it('marks a «…» in nynorsk, marks included, and leaves the bokmål around it', async () => {
    const html = await render(
      'Prosjektlederen beskriver fordelen: «Når prosjekta vert arbeidd fram av dei tilsette, vert overgangen kort.» Stord delte arbeidet.',
    );
    expect(html).toContain('beskriver fordelen: <span lang="nn">«Når prosjekta vert arbeidd fram av dei tilsette, vert overgangen kort.»</span> Stord');
  });

  it('marks a blockquote in nynorsk as a whole', async () => {
    const html = await render('> «Det er ikkje kvar dag at dei tilsette\n> vert skrivne om!»');
    expect(html).toMatch(/^<blockquote lang="nn">/);
    expect(html.match(/lang="nn"/g)).toHaveLength(1);
  });

  it('leaves bokmål quotes, a single nynorsk word and code alone', async () => {
    expect(await render('Hun sa: «Vi er utrolig stolte over at ett av prosjektene ble presentert.»')).not.toContain('lang=');
    expect(await render('Ordet «ikkje» er nynorsk for «ikke».')).not.toContain('lang=');
    expect(await render('`«Det er ikkje kvar dag»`')).not.toContain('lang=');
  });
});
