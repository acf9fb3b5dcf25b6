import { describe, expect, it } from 'vitest';
import { createMarkdownProcessor } from '@astrojs/markdown-remark';
import { markdownOptions } from './plugins.ts';
import { linkPageReferences } from './rehype-source-page-links.ts';

const html = (value: string) =>
  linkPageReferences(value)
    .map((n) => (n.type === 'text' ? n.value : n.type === 'element' ? `<a href="${n.properties['href']}">${(n.children[0] as { value: string }).value}</a>` : ''))
    .join('');

describe('page references in running text', () => {
  it('links each page of the final report cited', () => {
    expect(html('fram til konferansen (s. 17 og 41). Rapporten')).toBe(
      'fram til konferansen (<a href="/kilder/sluttrapporten/#s-17">s. 17</a> og <a href="/kilder/sluttrapporten/#s-41">41</a>). Rapporten',
    );
    // A page number alone is a 24 px target; «s. 17» is wide enough.
    const classes = linkPageReferences('(s. 17 og 41)').flatMap((n) => (n.type === 'element' ? [n.properties['className'] ?? []] : []));
    expect(classes).toEqual([[], ['page-number']]);
    expect(html('sluttrapporten, s. 50')).toBe('sluttrapporten, <a href="/kilder/sluttrapporten/#s-50">s. 50</a>');
    expect(html('s. 22, 23 og 26')).toContain('<a href="/kilder/sluttrapporten/#s-23">23</a>');
    expect(html('s. 52–53')).toBe('<a href="/kilder/sluttrapporten/#s-52">s. 52</a>–<a href="/kilder/sluttrapporten/#s-53">53</a>');
  });

  it('leaves text without page references, and pages the report does not have, alone', () => {
    expect(html('Ingen sider her.')).toBe('Ingen sider her.');
    expect(html('s. 120')).toBe('s. 120');
  });
});

describe('the «Side» column of a table', () => {
  const run = async (markdown: string) => (await (await createMarkdownProcessor(markdownOptions)).render(markdown)).code;

  it('links each page number under «Side» to its page, named by the document (the press page links the same numbers)', async () => {
    // As /tall-og-fakta/ writes them.
    const out = await run('| Tall | Hva det gjelder | Side |\n|---|---|---|\n| 138 | Kommuner. | 9 |\n| 5 og 4 | Filmer. | 50 og 51 |\n');
    // The document before the numbers, out of sight and unread: a row copied names its source (fresh eyes).
    // Nor in the search's excerpts, where the numbers read as part of the next fact.
    const source = '<span class="ds-sr-only" aria-hidden="true">Sluttrapporten, s.\u00a0</span>';
    expect(out).toContain(`<td class="number" data-pagefind-ignore="">${source}<span class="nowrap"><a href="/kilder/sluttrapporten/#s-9" aria-label="Sluttrapporten, s. 9" class="page-number">9</a></span>`);
    expect(out).toContain(`${source}<span class="nowrap"><a href="/kilder/sluttrapporten/#s-50"`);
    expect(out).toContain(
      '<a href="/kilder/sluttrapporten/#s-50" aria-label="Sluttrapporten, s. 50" class="page-number">50</a></span> og <span class="nowrap"><a href="/kilder/sluttrapporten/#s-51" aria-label="Sluttrapporten, s. 51" class="page-number">51</a>',
    );
    // The figures in the other columns are not pages.
    expect(out).toContain('<span class="nowrap">138</span></td>');
    expect(out).toContain('<span class="nowrap">5</span> og <span class="nowrap">4</span></td>');
  });

  it('leaves a page the report does not have, and tables without a «Side» column, alone', async () => {
    expect(await run('| Hva | Side |\n|---|---|\n| A | 120 |\n')).not.toContain('<a ');
    expect(await run('| Hva | Antall |\n|---|---|\n| A | 9 |\n')).not.toContain('<a ');
  });
});
