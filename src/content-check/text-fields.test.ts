import { describe, expect, it } from 'vitest';
import { findTextFieldProblems } from './text-fields.ts';

describe('findTextFieldProblems', () => {
  it('reports a text field that starts with a Word bullet, by its path', () => {
    expect(findTextFieldProblems({ summary: '•\tKort ingress', quotes: [{ text: 'Sitat' }, { text: '• Sitat' }], date: new Date(0) })).toEqual([
      { field: 'summary', message: expect.stringMatching(/^teksten begynner med et punkttegn fra Word \(«•»\); ta det bort/) },
      { field: 'quotes (nr. 2) → text', message: expect.any(String) },
    ]);
  });

  it('reports an invisible character pasted into a text field, with the words before it (a newsletter ingress from Word)', () => {
    expect(findTextFieldProblems({ title: 'Nyhetsbrev', summary: '“Kommunene” fikk\u00a0gode resultater\u000B i 2009. Kárášjohka var med.' })).toEqual([
      { field: 'summary', message: expect.stringMatching(/^det står et usynlig tegn \(vertikal tabulator, U\+000B\) rett etter «“Kommunene” fikk gode resultater»/) },
    ]);
  });

  it('reports a quote typed in its own quotation marks and a name with its own dash, in a quotes list only', () => {
    expect(findTextFieldProblems({ title: '«Veien videre»', quotes: [{ text: '«Det nytter å jobbe med heltid.»', attribution: '– Ola Nordmann, rådmann' }] })).toEqual([
      { field: 'quotes (nr. 1) → text', message: expect.stringMatching(/^sitatet står i anførselstegn/) },
      { field: 'quotes (nr. 1) → attribution', message: expect.stringMatching(/^navnet begynner med en strek/) },
    ]);
  });

  it('leaves ordinary text alone: non-breaking spaces, curly quotes, Sami letters, a dash starting a line', () => {
    expect(findTextFieldProblems({ summary: '“Kommunene” fikk\u00a0gode resultater i Porsáŋgu.', note: '– en vanlig tankestrek' })).toEqual([]);
  });
});
