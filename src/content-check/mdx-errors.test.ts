import remarkGfm from 'remark-gfm';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { describe, expect, it } from 'vitest';
import { mdxSyntaxProblem, mdxSyntaxProblems, quoteAround, type MdxError } from './mdx-errors.ts';

/** The problem for a body MDX cannot read, from the error remark-mdx throws for it. */
function problem(body: string) {
  try {
    unified().use(remarkParse).use(remarkMdx).use(remarkGfm).parse(body);
  } catch (error) {
    return mdxSyntaxProblem(body, error as MdxError);
  }
  throw new Error(`MDX read ${JSON.stringify(body)}`);
}

describe('mdxSyntaxProblem', () => {
  it('names a stray <, quotes the words around it and writes them as they should be', () => {
    expect(problem('Første avsnitt.\n\nDet er 3<4 her.')).toEqual({
      line: 3,
      message: 'teksten kan ikke leses som MDX: tegnet < i «Det er 3<4 her.» leses som starten på en HTML-kode i MDX; skriv \\< i stedet: «Det er 3\\<4 her.», eller skriv det med ord («mindre enn», «under»)',
    });
  });

  it('names a stray {, also when MDX stops at the end of the paragraph lines below it', () => {
    expect(problem('Innledning.\n\nPrisen var {ca. 200 kr\nfor hver\nsom deltok.\n\nNeste avsnitt.')).toEqual({
      line: 3,
      message: 'teksten kan ikke leses som MDX: tegnet { i «Prisen var {ca. 200 kr» leses som starten på kode i MDX; skriv \\{ i stedet (og \\} for }): «Prisen var \\{ca. 200 kr», eller bruk vanlige parenteser ( )',
    });
  });

  it('escapes the closing brace too when braces hold what is not code', () => {
    expect(problem('Se {side 2 og 3} i rapporten.').message).toContain('«Se \\{side 2 og 3\\} i rapporten.»');
  });

  it('passes over a { already escaped', () => {
    expect(problem('Dette er \\{riktig} men {ikke dette').message).toContain('tegnet { i «Dette er \\{riktig} men {ikke dette» leses som starten på kode i MDX; skriv \\{ i stedet (og \\} for }): «Dette er \\{riktig} men \\{ikke dette»');
  });

  it('says a < before a letter looks like a tag, with the line of the tag left open', () => {
    const found = problem('Tekst.\n\nDe brukte <Tabell uten lukking.');
    expect(found.line).toBe(3);
    expect(found.message).toMatch(/^teksten kan ikke leses som MDX: tegnet < i «De brukte <Tabell uten lukking\.» leses som starten på en HTML-kode eller en komponent i MDX, og de virker ikke her; skal tegnet stå i teksten, skriv \\< i stedet: «De brukte \\<Tabell uten lukking\.»$/);
    expect(problem('Bruk <> her\n\nmer').message).toMatch(/tegnet < i «Bruk <> her»/);
  });

  it('finds the line in a file with Windows line ends', () => {
    expect(problem('a\r\n\r\nDet er 3<4 her.')).toMatchObject({ line: 3, message: expect.stringContaining('«Det er 3<4 her.»') });
  });

  // «[//]: # (kommentar)» was offered for a comment inside a sentence too, where it is no comment but text.
  it('offers the link-style comment only for a comment on a line of its own', () => {
    expect(problem('Tekst <!-- kommentar --> her.').message).toBe('teksten kan ikke leses som MDX: HTML-kommentarer (<!-- … -->) virker ikke i MDX; skriv {/* kommentar */}');
    expect(problem('Tekst.\n\n<!-- kommentar -->').message).toBe('teksten kan ikke leses som MDX: HTML-kommentarer (<!-- … -->) virker ikke i MDX; skriv {/* kommentar */} eller [//]: # (kommentar)');
  });

  it('keeps the advice for lines it knows: import, <br>, comments, addresses in < >', () => {
    expect(problem('import av varer er ikke vårt tema.').message).toMatch(/en linje som begynner med «import»/);
    expect(problem('Første linje<br>andre linje').message).toMatch(/<br> virker ikke her; skriv \\ sist på linjen/);
    // In a table row no break can stand (fresh eyes).
    expect(problem('| Tall | Hva<br>det gjelder |\n|---|---|\n| 1 | x |').message).toMatch(/en tabellcelle kan ikke ha linjeskift; ta bort <br> og skriv det som står i cellen på én linje/);
    expect(problem('Tekst <!-- kommentar -->').message).toMatch(/HTML-kommentarer/);
    expect(problem('Se <https://www.nav.no/> her').message).toMatch(/adresser i < > virker ikke i MDX/);
  });
});

describe('mdxSyntaxProblems', () => {
  const parse = (text: string) => unified().use(remarkParse).use(remarkMdx).use(remarkGfm).parse(text);

  // The secretariat saved once per problem: MDX stops at the first.
  it('names every character MDX cannot read, in line order, quoting the text as written', () => {
    const body = 'Tett oppfølging <2 uker.\n\nKartlegg {fravær og a<b, og <!-- dette -->.\n\nimport av varer.\n\nSiste {linje';
    const { problems, tree, readable } = mdxSyntaxProblems(body, parse);
    expect(problems.map(({ line }) => line)).toEqual([1, 3, 3, 3, 5, 7]);
    expect(problems[0]!.message).toContain('«Tett oppfølging <2 uker.»');
    expect(problems[1]!.message).toContain('tegnet { i «Kartlegg {fravær og a<b, og <!--…»');
    expect(problems[2]!.message).toContain('tegnet < i «Kartlegg {fravær og a<b, og <!-- dette -->.»');
    expect(problems[3]!.message).toMatch(/HTML-kommentarer/);
    expect(problems[4]!.message).toMatch(/en linje som begynner med «import»/);
    expect(problems[5]!.message).toContain('tegnet { i «Siste {linje»');
    // The rest of the text is read, with the same lines, for the other checks.
    expect(tree?.children.length).toBe(3);
    expect(readable.split('\n')).toHaveLength(body.split('\n').length);
    expect(readable).toHaveLength(body.length);
  });

  it('reads a body without errors once, as it is', () => {
    const body = 'Helt \\<vanlig\\> tekst.';
    expect(mdxSyntaxProblems(body, parse)).toMatchObject({ problems: [], readable: body, tree: { type: 'root' } });
  });
});

describe('quoteAround', () => {
  it('keeps whole words within about 25 characters on each side', () => {
    const text = 'Fraværet i kommunene var lavt, x <= 5 hele tiden gjennom året';
    expect(quoteAround(text, text.indexOf('<'))).toEqual({ quote: '…i kommunene var lavt, x <= 5 hele tiden gjennom…', at: 25 });
  });

  it('keeps part of a word too long to fit', () => {
    const text = 'Sykefraværsoppfølgingsarbeidet<5';
    expect(quoteAround(text, text.indexOf('<')).quote).toBe('…raværsoppfølgingsarbeidet<5');
  });
});
