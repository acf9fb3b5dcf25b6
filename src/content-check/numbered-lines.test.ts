import remarkGfm from 'remark-gfm';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { describe, expect, it } from 'vitest';
import { escapeDatedLines, monthPattern } from '../markdown/dated-lines.ts';
import { fencedCodeLines } from '../markdown/fenced-code.ts';
import { findNumberedLines } from './numbered-lines.ts';

/** Parsed as the content check parses an MDX body. */
const problems = (body: string) => findNumberedLines(unified().use(remarkParse).use(remarkMdx).use(remarkGfm).parse(body) as never, body);

describe('findNumberedLines', () => {
  // The tester's paragraph: it became a list numbered from 2010.
  it('reports a paragraph that starts with a year and a full stop, with what to write instead', () => {
    expect(problems('Innledning.\n\n2010. Det året startet prosjektet i Gloppen.\n')).toEqual([
      {
        line: 3,
        message:
          'linjen begynner med «2010. Det året startet …», og et tall med punktum først på linjen blir en nummerert liste i Markdown, ikke vanlig tekst; skriv «2010\\. Det året startet …» med \\ foran punktumet, eller skriv om: «I 2010 …»',
      },
    ]);
  });

  it.each([
    ['17. mai var det fest.', /«17\. mai var det …».*skriv «17\\\. mai var det …» med \\ foran punktumet, eller skriv om: «Den 17\. mai var det …»$/],
    ['1. januar 2009 startet de.', /«1\. januar 2009 startet …».*eller skriv om: «Den 1\. januar 2009 startet …»$/],
    ['Tekst i avsnittet\n1. januar 2009 startet de.', /«1\. januar 2009/],
    ['3. plass i konkurransen gikk til Os.', /«3\. plass i konkurransen …».*skriv «3\\\. plass i konkurransen …».*en nummerert liste begynner med 1\./],
    ['1. kvartal 2009 var fraværet lavere.', /«1\. kvartal 2009 var …»/],
    ['31. okt. kom rapporten.', /«Den 31\. okt\. kom rapporten\.»/],
    ['> 2010. Det året', /«2010\. Det året»/],
    ['- Punkt\n\n  2008. Oppstart', /«2008\. Oppstart»/],
    ['2008. Oppstart i Gloppen.\n2009. Evaluering.', /«2008\. Oppstart i Gloppen\.»/],
  ])('reports %j', (body, message) => {
    const found = problems(body);
    expect(found).toHaveLength(1);
    expect(found[0]?.message).toMatch(message);
  });

  it('gives the line of each date in a list of dates', () => {
    expect(problems('1. januar kom rapporten.\n2. mars kom svaret.\n').map((p) => p.line)).toEqual([1, 2]);
  });

  it.each([
    ['a numbered list', '1. Kartlegg fraværet\n2. Lag en plan\n3. Følg opp'],
    ['a numbered list in lower case', '1. kartlegg fraværet\n2. lag en plan'],
    ['one step in capitals', '1. Kartlegg fraværet'],
    ['a list of several items from 3', '3. Tre\n4. Fire'],
    ['a list that goes on after text in between', '1. Kartlegg\n2. Planlegg\n\nSå kommer det viktigste:\n\n3. Følg opp\n4. Evaluer'],
    ['steps in lower case with text in between', '1. beskriv målgruppen\n\nHvem skal dere nå?\n\n2. velg kanal'],
    ['a year inside a paragraph', 'Prosjektet startet i 2010. Det året var fraværet høyt.'],
    ['a year on a later line of a paragraph', 'Prosjektet startet\n2010. Det året'],
    ['a year with an escaped full stop', '2010\\. Det året startet prosjektet.'],
    ['a list numbered with parentheses', '3) Tredje punkt'],
    ['a bullet list', '- 2010: oppstart\n- 2011: evaluering'],
    // A scratch story's nested list was refused as a date: «1. dypt» under «- under b».
    ['a sub-list of one item in lower case', '1. Første\n   - under a\n   - under b\n     1. dypt\n2. Andre'],
    ['a numbered sub-item in lower case under a bullet', '- Punkt\n  1. underpunkt'],
    ['a code block', '```\n2010. Det året\n```'],
  ])('accepts %s', (_, body) => {
    expect(problems(body)).toEqual([]);
  });
});

describe('escapeDatedLines (the CMS, as it saves and previews a text)', () => {
  const escaped = (body: string) => escapeDatedLines(body, monthPattern, fencedCodeLines);

  it('makes a year or a day and a month at the start of a line text, so the check has nothing to say and the text is as typed', () => {
    const typed = '17. mai gikk toget.\n\n2010. Det året startet de.\n\n> 1. januar 2009 kom rapporten.\n\n31. okt. kom den.\nTekst\n2011.\n';
    expect(problems(typed).map(({ line }) => line)).toEqual([1, 5, 7]);
    const saved = escaped(typed);
    expect(saved).toBe('17\\. mai gikk toget.\n\n2010\\. Det året startet de.\n\n> 1\\. januar 2009 kom rapporten.\n\n31\\. okt. kom den.\nTekst\n2011\\.\n');
    expect(problems(saved)).toEqual([]);
    expect(escaped(saved)).toBe(saved);
  });

  it('leaves lists, numbers that may be meant as a list, and code as they are', () => {
    for (const body of ['1. Kartlegge\n2. Følge opp\n', '3. plass gikk til Os.\n', '1. kvartal var lavt.\n', '17. maidag\n', '```\n2010. i kode\n```\n', '12. Tolvte punkt\n'])
      expect(escaped(body), body).toBe(body);
  });

  // Indented code as the site (MDX) reads it: a fence indented four spaces is still a fence, and a line indented
  // four spaces outside one is no code (MDX has none) but a list numbered from 2010, which the check refuses.
  it('reads code as the site does: a fence at any indentation, closed only by its marker alone', () => {
    for (const body of ['Tekst.\n\n    ```\n    2010. Det året\n    ```\n', '- Punkt\n\n      ~~~\n      17. mai\n      ~~~\n', '```\nkode\n``` ikke slutt\n2011. Mer\n```\n']) {
      expect(problems(body), body).toEqual([]);
      expect(escaped(body), body).toBe(body);
    }
    const indented = 'Tekst.\n\n    2010. Det året\n';
    expect(problems(indented).map(({ line }) => line)).toEqual([3]);
    expect(escaped(indented)).toBe('Tekst.\n\n    2010\\. Det året\n');
    expect(problems(escaped(indented))).toEqual([]);
  });
});
