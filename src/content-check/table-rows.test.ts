import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { describe, expect, it } from 'vitest';
import { findRowsWithoutTable } from './table-rows.ts';

const problems = (body: string) => findRowsWithoutTable(unified().use(remarkParse).use(remarkGfm).parse(body), body);

describe('findRowsWithoutTable', () => {
  // Fresh eyes: typed in the CMS row by row, without the line of «---»; the page showed one paragraph of pipes.
  it('names rows typed without the line of «---», with the line to write for as many cells as the first row', () => {
    expect(problems('Fravær:\n\n| Skole | Fravær |\n| Bjørkeløkka | 7,1 % |\n| Nordbyen | 6,0 % |\n\nEtter.')).toEqual([
      { line: 3, message: 'linjene med «|» blir ikke en tabell, men ett avsnitt: skriv en linje med «| --- | --- |» under den første raden (overskriftene)' },
    ]);
    expect(problems('| A | B \\| C | D |\n| 1 | 2 | 3 |')[0]?.message).toContain('«| --- | --- | --- |»');
  });

  it('leaves a table, one line with pipes, and a paragraph that only has some', () => {
    expect(problems('| Skole | Fravær |\n| --- | --- |\n| Nordbyen | 6,0 % |')).toEqual([]);
    expect(problems('| Bare én linje |')).toEqual([]);
    expect(problems('Valg: ja | nei\n| og mer |')).toEqual([]);
    expect(problems('> | A | B |\n> | 1 | 2 |')).toHaveLength(1);
  });
});
