import { describe, expect, it } from 'vitest';
import { fencedCodeLines } from './fenced-code.ts';
import { tablesEnded } from './table-ends.ts';

// Fresh eyes (the secretariat in the CMS): a table typed row by row kept its first row only, and the text after the
// last row was shown as «| 3 | 4 | | 5 | 6 | Etter tabellen.».
describe('tablesEnded', () => {
  const table = '| A | B |\n| --- | --- |\n| 1 | 2 |\n| 3 | 4 |';

  it('sets the text typed right after a table off as a paragraph', () => {
    expect(tablesEnded(`${table}\nEtter tabellen.`, fencedCodeLines)).toBe(`${table}\n\nEtter tabellen.`);
    expect(tablesEnded(`Før:\n\n${table}\nEtter.\nMer tekst.`, fencedCodeLines)).toBe(`Før:\n\n${table}\n\nEtter.\nMer tekst.`);
  });

  it('leaves a table that ends at an empty line, its rows, lines with «|» and text without a table as they are', () => {
    for (const text of [`${table}\n\nEtter.`, table, `${table}\nA | B`, 'Linje én\nLinje to', '| ikke en tabell |\nTekst', '```\n| a | b |\n| - | - |\ntekst\n```'])
      expect(tablesEnded(text, fencedCodeLines), text).toBe(text);
  });
});
