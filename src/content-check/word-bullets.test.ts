import { describe, expect, it } from 'vitest';
import { findBulletFields, findWordBullets } from './word-bullets.ts';

describe('findWordBullets', () => {
  // Finding 5 of the CMS test: «•\tFørste punkt» pasted from Word ran together into one paragraph.
  it.each(['•\tFørste punkt', '• Første punkt', '  ▪ Punkt', '–\tPunkt', 'o\tPunkt', '◦Punkt'])('reports %j', (line) => {
    expect(findWordBullets(`Innledning:\n${line}\nmer`)).toEqual([
      { line: 2, message: expect.stringMatching(/^linjen begynner med et punkttegn fra Word \(«.»\), som ikke blir en punktliste; skriv «- » i starten av linjen for en punktliste/) },
    ]);
  });

  it.each(['- Punkt', '* Punkt', '1. Punkt', '– politisk og administrativ ledelse – er én part', 'og så videre', 'o Punkt uten tab'])('accepts %j', (line) => {
    expect(findWordBullets(line)).toEqual([]);
  });

  it('leaves code blocks alone', () => {
    expect(findWordBullets('```\n•\tkode\n```')).toEqual([]);
  });
});

describe('findBulletFields', () => {
  it('reports a text field that starts with a Word bullet, by its path', () => {
    expect(findBulletFields({ summary: '•\tKort ingress', quotes: [{ text: 'Sitat' }, { text: '• Sitat' }], date: new Date(0) })).toEqual([
      { field: 'summary', message: expect.stringMatching(/^teksten begynner med et punkttegn fra Word \(«•»\); ta det bort/) },
      { field: 'quotes (nr. 2) → text', message: expect.any(String) },
    ]);
  });
});
