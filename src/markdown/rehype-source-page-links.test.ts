import { describe, expect, it } from 'vitest';
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
    expect(html('sluttrapporten, s. 50')).toBe('sluttrapporten, <a href="/kilder/sluttrapporten/#s-50">s. 50</a>');
    expect(html('s. 22, 23 og 26')).toContain('<a href="/kilder/sluttrapporten/#s-23">23</a>');
    expect(html('s. 52–53')).toBe('<a href="/kilder/sluttrapporten/#s-52">s. 52</a>–<a href="/kilder/sluttrapporten/#s-53">53</a>');
  });

  it('leaves text without page references, and pages the report does not have, alone', () => {
    expect(html('Ingen sider her.')).toBe('Ingen sider her.');
    expect(html('s. 120')).toBe('s. 120');
  });
});
