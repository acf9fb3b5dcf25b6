import { describe, expect, it } from 'vitest';
import { singleBlankLines } from './blank-lines.ts';
import { fencedCodeLines } from './fenced-code.ts';

// As the CMS page runs them: their source alone (start-script.ts).
const asRun = new Function(`return ${singleBlankLines.toString()}`)() as typeof singleBlankLines;
const codeLines = new Function(`return ${fencedCodeLines.toString()}`)() as typeof fencedCodeLines;
const saved = (body: string) => asRun(body, codeLines);

describe('blank lines in a text as the CMS saves it', () => {
  // Enter pressed twice or three times after a paragraph: the page showed one gap, the file kept three empty lines.
  it('are one between blocks, however many were typed', () => {
    expect(saved('Første avsnitt.\n\n\n\nAndre avsnitt.\n')).toBe('Første avsnitt.\n\nAndre avsnitt.\n');
    expect(saved('## Mellomtittel\n\n\nTekst.\n  \n\t\n\n- punkt\n')).toBe('## Mellomtittel\n\nTekst.\n  \n- punkt\n');
  });

  it('leave a text with one blank line between its blocks as it is, its end included', () => {
    for (const body of ['Ett avsnitt.\n', 'Ett.\n\nTo.\n\n', '| a | b |\n| --- | --- |\n| 1 | 2 |\n\nEtter tabellen.\n', 'Linje\\\nlinje\n', ''])
      expect(saved(body), body).toBe(body);
  });

  it('are kept in fenced code, and lists, tables and quotes keep their own lines', () => {
    const code = '```\nlinje\n\n\n\nlinje\n```\n\n\nEtter koden.\n';
    expect(saved(code)).toBe('```\nlinje\n\n\n\nlinje\n```\n\nEtter koden.\n');
    expect(saved('- en\n- to\n\n\n\n1. tre\n   fortsatt\n')).toBe('- en\n- to\n\n1. tre\n   fortsatt\n');
    expect(saved('> Sitat.\n>\n> Mer.\n\n\nEtter.\n')).toBe('> Sitat.\n>\n> Mer.\n\nEtter.\n');
    expect(saved('| a |\n| --- |\n| 1 |\n\n\n\nTekst.')).toBe('| a |\n| --- |\n| 1 |\n\nTekst.');
  });

  it('are one at the text’s start and end too', () => {
    expect(saved('\n\n\nTekst.\n\n\n\n')).toBe('\nTekst.\n\n');
  });
});
