import remarkGfm from 'remark-gfm';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { describe, expect, it } from 'vitest';
import { findUnmatchedReferences } from './unmatched-references.ts';

/** Read as the check reads a body (mdx.ts): MDX and GFM. */
const problems = (markdown: string) => findUnmatchedReferences(unified().use(remarkParse).use(remarkMdx).use(remarkGfm).parse(markdown) as never, markdown);

describe('findUnmatchedReferences', () => {
  it('passes footnotes and reference links that have both halves, a footnote referred to twice included', () => {
    expect(problems('En fotnote[^1] og igjen[^1], og en [lenke][ks] og [ks][].\n\n[^1]: Kilden.\n\n[ks]: https://www.ks.no')).toEqual([]);
  });

  // Each of these passed the check and the build, and the page showed the brackets as typed or lost the text.
  it('names a footnote reference without its footnote, by its line', () => {
    expect(problems('Første linje.\n\nHer er en som mangler[^mangler].')).toEqual([
      { line: 3, message: expect.stringMatching(/^fotnoten \[\^mangler\] finnes ikke, .*: \[\^mangler\]: Teksten i fotnoten$/) },
    ]);
  });

  it('names a footnote nobody refers to, which the page leaves out', () => {
    expect(problems('Tekst med en fotnote[^1].\n\n[^1]: Brukt.\n[^ubrukt]: Denne brukes aldri.')).toEqual([
      { line: 4, message: expect.stringMatching(/^fotnoten \[\^ubrukt\] er ikke henvist til i teksten, så siden viser den ikke; skriv \[\^ubrukt\] i teksten/) },
    ]);
  });

  it('names a reference link, full or collapsed, without its address', () => {
    expect(problems('En [referanselenke][mangler-def] her.\n\nOg [Kildeliste][] der.').map(({ line, message }) => [line, message.split(';')[0]])).toEqual([
      [1, 'lenken til [mangler-def] mangler adressen, så siden viser klammene som tekst'],
      [3, 'lenken til [Kildeliste] mangler adressen, så siden viser klammene som tekst'],
    ]);
  });

  it('names the line inside a paragraph of several lines', () => {
    expect(problems('Linje en\nlinje to[^2] her.')[0]?.line).toBe(2);
  });

  it('leaves escaped brackets, code and plain brackets alone', () => {
    expect(problems('Skriv \\[^1] for en fotnote, `[^2]` og `[a][b]` i kode, [sic] og [dato].\n\n```\n[^3] [x][y]\n```')).toEqual([]);
  });
});
