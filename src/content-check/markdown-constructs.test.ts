import remarkGfm from 'remark-gfm';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { describe, expect, it } from 'vitest';
import { findDuplicateFootnotes, findHeadingLevelProblems, findHeadingsWithoutWords, findUnsupportedConstructs } from './markdown-constructs.ts';
import { findPastedCharacters, wordsAround } from './pasted-characters.ts';

describe('findPastedCharacters', () => {
  it('quotes the words before the character, so it can be found without line numbers', () => {
    expect(findPastedCharacters('Første linje.\nDe jobbet med sjukefråværet.\u000B Og så')).toEqual([
      { line: 2, message: expect.stringMatching(/^det står et usynlig tegn \(vertikal tabulator, U\+000B\) rett etter «De jobbet med sjukefråværet\.»/) },
    ]);
  });

  it('quotes the words after the character when it starts the line, and says so when the line is otherwise empty', () => {
    expect(findPastedCharacters('\u200BNytt avsnitt her')[0]?.message).toMatch(/\(mellomrom uten bredde, U\+200B\) rett før «Nytt avsnitt her»/);
    expect(findPastedCharacters('\u000C')[0]?.message).toMatch(/\(sideskift, U\+000C\) på en ellers tom linje/);
  });
});

// Word's «No-Width Optional Break» (U+200C) and «No-Width Non Break» (U+200D), a word joiner and direction marks
// went unnoticed into the page, the search index, the e-mail, the text and the Word file: invisible, but they split
// the word for search and stay in every copy. Nothing replaces them, so the advice is only to delete them.
describe('invisible marks inside words', () => {
  it.each([
    ['\u200C', 'skille uten bredde fra Word', 'U+200C'],
    ['\u200D', 'binder uten bredde fra Word', 'U+200D'],
    ['\u2060', 'ordbinder', 'U+2060'],
    ['\u200E', 'retningsmerke', 'U+200E'],
    ['\u202A', 'retningskontroll', 'U+202A'],
  ])('refuses %j with its name, and says to delete it', (mark, name, code) => {
    const [problem] = findPastedCharacters(`Vi jobbet med syke${mark}fravær.`);
    expect(problem?.message).toMatch(new RegExp(`^det står et usynlig tegn \\(${name}, ${code.replace('+', '\\+')}\\) rett etter «Vi jobbet med syke»`));
    expect(problem?.message).toMatch(/sett markøren der og slett tegnet$/);
  });

  it('leaves the joiner inside an emoji alone', () => {
    expect(findPastedCharacters('Hele teamet 👩\u200D💻 var med.')).toEqual([]);
  });
});

describe('wordsAround', () => {
  it('keeps at most four words and 40 characters, without other invisible characters', () => {
    expect(wordsAround('en to tre fire fem\u000B', 18)).toEqual({ before: true, words: 'to tre fire fem' });
    expect(wordsAround(`${'a'.repeat(50)}\u000B`, 50)).toEqual({ before: true, words: `…${'a'.repeat(40)}` });
    expect(wordsAround('ord\u200B\u000Bmer', 4)).toEqual({ before: true, words: 'ord' });
  });
});

describe('findHeadingLevelProblems', () => {
  const headings = (markdown: string) => findHeadingLevelProblems(unified().use(remarkParse).parse(markdown) as never);

  it('reports a skipped level (## then ####) with what to write, as the CMS test found', () => {
    expect(headings('## Bakgrunn\n\nTekst.\n\n#### Detaljer\n')).toEqual([
      { line: 5, message: 'overskriften «Detaljer» har #### rett etter en overskrift med ##; skriv ### foran, så skjermlesere ikke hopper over et nivå' },
    ]);
    expect(headings('### Først\n')[0]?.message).toMatch(/^overskriften «Først» har ### rett etter en overskrift med #; skriv ## foran/);
  });

  it('reports a # heading in the text, which competes with the page title', () => {
    expect(headings('# Tittel igjen\n')[0]?.message).toMatch(/^overskriften «Tittel igjen» har én #/);
  });

  it('accepts going back up any number of levels, and one step down', () => {
    expect(headings('## A\n\n### B\n\n#### C\n\n## D\n\n### E\n')).toEqual([]);
  });
});

// «## 🎉» passed the check and the build, and the page had <h2 id> (an empty anchor, invalid HTML) with no name.
describe('findHeadingsWithoutWords', () => {
  const headings = (markdown: string) => findHeadingsWithoutWords(unified().use(remarkParse).parse(markdown) as never);

  it('reports a heading of only an emoji or signs, at its level, with what to write', () => {
    expect(headings('## 🎉\n\nTekst.\n\n### ???\n')).toEqual([
      { line: 1, message: 'overskriften «🎉» har ingen bokstaver eller tall, så skjermlesere og lenker til den har ikke noe navn å vise; skriv med ord hva avsnittet handler om, for eksempel «## Resultater»' },
      { line: 5, message: expect.stringMatching(/^overskriften «\?\?\?» har ingen bokstaver eller tall.*«### Resultater»$/) },
    ]);
  });

  it('accepts a heading with a word or a number beside an emoji, Sami letters and a year alone', () => {
    expect(headings('## 🎉 Resultater\n\n## 2010\n\n## Čálli ja đ\n')).toEqual([]);
  });
});

// Fresh eyes: a Word text with its own footnote [1], pasted below a text whose footnote was [^1], lost its footnote
// from the page without a word (Markdown keeps the first definition, and both references went to it).
describe('findDuplicateFootnotes', () => {
  const footnotes = (markdown: string) => findDuplicateFootnotes(unified().use(remarkParse).use(remarkGfm).parse(markdown) as never);

  it('names a footnote written twice under one label, with both texts and a free number to give the second', () => {
    const text = 'Tekst.[^1]\n\nTekst etter tab.[^1]\n\n[^1]: Kilde: sekretariatet.\n\n[^1]: Fotnote fra Word.\n';
    expect(footnotes(text)).toEqual([
      {
        line: 7,
        message:
          'fotnoten [^1] er skrevet to ganger, og siden viser bare den første («Kilde: sekretariatet.»); gi denne («Fotnote fra Word.») et eget nummer, for eksempel [^2], både her og der den er henvist til i teksten',
      },
    ]);
  });

  it('accepts footnotes with labels of their own, in any order, numbers or words', () => {
    expect(footnotes('A.[^2] B.[^kilde] C.[^1]\n\n[^2]: To.\n[^kilde]: Ord.\n[^1]: En.\n')).toEqual([]);
  });

  it('reads labels as Markdown does, without regard to case', () => {
    expect(footnotes('A.[^Note]\n\n[^Note]: En.\n\n[^note]: To.\n').map((problem) => problem.message)).toEqual([
      'fotnoten [^note] er skrevet to ganger, og siden viser bare den første («En.»); gi denne («To.») et eget nummer, for eksempel [^1], både her og der den er henvist til i teksten',
    ]);
  });
});

// A paragraph pasted from a PDF with two zero-width spaces and a line separator of Word's took three runs of the
// check: only the first invisible character of a line was named.
describe('findPastedCharacters, several on a line', () => {
  it('names each kind on a line once, with how many there are, and quotes the words as they read', () => {
    expect(findPastedCharacters('Rommets utfor\u200Bming i barne\u200Bhagen\u2028igjen').map(({ line, message }) => [line, message.split(', som ')[0]])).toEqual([
      [1, 'det står 2 usynlige tegn (mellomrom uten bredde, U+200B) på linjen, det første rett etter «Rommets utfor»'],
      [1, 'det står et usynlig tegn (linjeskift fra Word, U+2028) rett etter «Rommets utforming i barnehagen»'],
    ]);
    expect(findPastedCharacters('a\u200Bb\u200Bc')[0]?.message).toMatch(/; sett markøren der, slett hvert av dem og skriv et vanlig mellomrom eller linjeskift i stedet$/);
  });
});

// «x<sup>2</sup>» and «<u>viktig</u>» in a scratch story were told to write an image or a link instead.
describe('findUnsupportedConstructs, HTML written by hand', () => {
  const said = (markdown: string) =>
    findUnsupportedConstructs(unified().use(remarkParse).use(remarkMdx).parse(markdown) as never, 'stories').map(({ message }) => message.split('; ')[1]);

  it('says what to write instead of the HTML elements written most often', () => {
    expect(said('Areal i m<sup>2</sup>, <u>viktig</u>, <b>fet</b>, CO<sub>2</sub> og <span>spenn</span>.')).toEqual([
      'skriv tegnet selv (m², 10³) eller vanlig tekst (m2) i stedet, og en fotnote som [^1]',
      'skriv **fet** eller *kursiv* i stedet (understreket tekst leses som en lenke på en nettside)',
      'skriv **fet** i stedet',
      'skriv tegnet selv (CO₂) eller vanlig tekst (CO2) i stedet',
      'ta bort <span> og </span>, så står teksten igjen',
    ]);
  });

  it('says Markdown in general for another element', () => {
    expect(said('<details>Mer</details>')).toEqual(['skriv Markdown i stedet (bilde: ![beskrivelse](bilde.jpg), lenke: [tekst](adresse))']);
  });
});
