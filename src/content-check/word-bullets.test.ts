import { describe, expect, it } from 'vitest';
import { findWordBullets } from './word-bullets.ts';

describe('findWordBullets', () => {
  // Finding 5 of the CMS test: «•\tFørste punkt» pasted from Word ran together into one paragraph.
  it.each(['•\tFørste punkt', '• Første punkt', '  ▪ Punkt', '–\tPunkt', 'o\tPunkt', '◦Punkt'])('reports %j', (line) => {
    expect(findWordBullets(`Innledning:\n${line}\nmer`)).toEqual([
      { line: 2, message: expect.stringMatching(/^linjen begynner med et punkttegn fra Word \(«.»\), som ikke blir en punktliste; skriv «- » i starten av linjen for en punktliste/) },
    ]);
  });

  // Word's Symbol bullet was quoted as «», an empty box or nothing in the terminal and the CMS.
  it('names a Symbol bullet of Word\'s, which shows as an empty box or nothing', () => {
    expect(findWordBullets('Innledning:\n\uF0B7\tSymbol-punkt fra Word')[0]?.message).toMatch(
      /^linjen begynner med et punkttegn fra Word \(«\uF0B7», vist som en tom rute eller ingenting, U\+F0B7\), som ikke blir en punktliste/,
    );
  });

  it.each(['- Punkt', '* Punkt', '1. Punkt', '– politisk og administrativ ledelse – er én part', 'og så videre', 'o Punkt uten tab'])('accepts %j', (line) => {
    expect(findWordBullets(line)).toEqual([]);
  });

  it('leaves code blocks alone', () => {
    expect(findWordBullets('```\n•\tkode\n```')).toEqual([]);
  });
});
