import { compile } from '@mdx-js/mdx';
import { describe, expect, it } from 'vitest';
import { fencedCodeLines } from './fenced-code.ts';
import { htmlCommentsAsMdx } from './html-comments.ts';
import { remarkDropMdxComments } from './remark-drop-mdx-comments.ts';

const asMdx = (body: string) => htmlCommentsAsMdx(body, fencedCodeLines);
const note = 'intern merknad: ikke publiser tallene før styremøtet';

describe('htmlCommentsAsMdx', () => {
  it('makes a comment as Decap saves it, escaped, an MDX comment', () => {
    expect(asMdx(`Tekst.\n\n\\<!-- ${note} -->\n`)).toBe(`Tekst.\n\n{/* ${note} */}\n`);
    expect(asMdx(`Tekst.\n\n<!-- ${note} --\\>\n`)).toBe(`Tekst.\n\n{/* ${note} */}\n`);
  });

  it('makes one inside a paragraph, and one over several lines, MDX comments', () => {
    expect(asMdx('En <!-- liten --> kommentar.')).toBe('En {/* liten */} kommentar.');
    expect(asMdx('Før.\n\n\\<!-- over\nto linjer -->\n\nEtter.')).toBe('Før.\n\n{/* over\nto linjer */}\n\nEtter.');
  });

  it('undoes Decap\'s escapes in it and keeps what would end the MDX comment or expression out', () => {
    expect(asMdx('\\<!-- tall\\_1 \\*/ {x} -->')).toBe('{/* tall_1 * / (x) */}');
  });

  it('leaves code alone, fenced and inline', () => {
    const code = '```html\n<!-- i kode -->\n```\n\nSe `<!-- her -->`.\n';
    expect(asMdx(code)).toBe(code);
  });

  it('gives text MDX reads, with the note left out as the site leaves comments out', async () => {
    const mdx = asMdx(`Synlig tekst.\n\n\\<!-- ${note} {1} */ -->\n\nMer <!-- b --> tekst.\n`);
    const output = String(await compile(mdx, { remarkPlugins: [remarkDropMdxComments] }));
    expect(output).toContain('Synlig tekst.');
    expect(output).not.toContain('intern merknad');
  });
});
