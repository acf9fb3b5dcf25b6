import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createMarkdownProcessor } from '@astrojs/markdown-remark';
import { parse } from 'node-html-parser';
import { describe, expect, it } from 'vitest';
import { footnoteLabels } from './footnote-labels.ts';
import { rendererOptions } from './plugins.ts';
import { renderNested } from './render-nested.ts';
import { renderBody } from '../email/newsletter-email.ts';

const text = 'Ei fotnote[^1] og ei til[^1] og ei tredje[^2].\n\n[^1]: Sjå sluttrapporten.\n[^2]: Sjå søknaden.\n';

async function render(markdown: string, lang?: string) {
  const processor = await createMarkdownProcessor(rendererOptions);
  return parse((await processor.render(markdown, lang === undefined ? {} : { frontmatter: { lang } })).code);
}

const backLabels = (html: ReturnType<typeof parse>) => html.querySelectorAll('a[data-footnote-backref]').map((a) => a.getAttribute('aria-label'));

describe('the words around footnotes', () => {
  // A nynorsk page said «Fotnoter» and «Tilbake til henvisning 1-2» in bokmål.
  it('are nynorsk on a nynorsk page', async () => {
    const html = await render(text, 'nn');
    expect(html.querySelector('#footnote-label')?.text).toBe('Fotnotar');
    expect(backLabels(html)).toEqual(['Tilbake til tilvising 1', 'Tilbake til tilvising 1-2', 'Tilbake til tilvising 2']);
  });

  it('are bokmål on a bokmål page and where the page does not say', async () => {
    for (const lang of ['nb', undefined]) {
      const html = await render(text, lang);
      expect(html.querySelector('#footnote-label')?.text).toBe('Fotnoter');
      expect(backLabels(html)).toEqual(['Tilbake til henvisning 1', 'Tilbake til henvisning 1-2', 'Tilbake til henvisning 2']);
    }
  });

  it('are nynorsk in a nynorsk text on a page of several (the særtrykk)', async () => {
    const html = parse(await renderNested(text, 'punkt-3-', 'Punkt 3', 'nn'));
    expect(html.querySelector('#punkt-3-footnote-label')?.text).toBe('Fotnotar');
    expect(backLabels(html)[0]).toBe('Tilbake til tilvising 1');
  });

  it('are nynorsk in a nynorsk newsletter\'s e-mail', async () => {
    const html = parse(await renderBody(text, new URL('https://kompetansebanken.no/nyhetsbrev/nr-9/'), 'html', undefined, 'nn'));
    expect(html.querySelector('#footnote-label')?.text).toBe('Fotnotar');
  });

  // The CMS's preview is a script of its own (no imports): it heads a nynorsk entry's footnotes as the page does.
  it('are the page\'s in the CMS\'s preview', () => {
    const preview = readFileSync(join(import.meta.dirname, '..', 'cms', 'browser', 'preview.js'), 'utf8');
    expect(preview).toContain(`data.get('lang') === 'nn' ? '${footnoteLabels.nn.heading}' : '${footnoteLabels.nb.heading}'`);
  });
});
