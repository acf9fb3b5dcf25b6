// MDX's syntax errors are English and point where the parser gave up (often
// the end of the paragraph), not at the character that started the trouble.
// An editor gets the character (< or {), a few words around it to find it by,
// the line it is on, and the same words as they should be written. MDX stops
// at its first error; every error of a text is still said in one run.
import type { BodyProblem } from './problem.ts';

/** What remark-mdx throws: a VFileMessage with where it stopped and which part of MDX stopped. */
export interface MdxError {
  line?: number;
  place?: { offset?: number } | { start: { offset?: number } };
  /** «micromark-extension-mdx-expression» for { }, «micromark-extension-mdx-jsx» or «mdast-util-mdx-jsx» for < >. */
  source?: string;
  reason?: string;
}

/** The character that starts what MDX could not read, by the part of MDX that stopped. */
function culpritCharacter(error: MdxError): '<' | '{' | undefined {
  if (error.source?.includes('mdx-expression')) return '{';
  if (error.source?.includes('mdx-jsx')) return '<';
  return undefined;
}

/** Where the parser stopped, as an offset into the body. */
function stopOffset(body: string, error: MdxError): number | undefined {
  // A tag left open is named by its own position: «Expected a closing tag for `<b>` (3:7-3:10) …».
  const opened = /\((\d+):(\d+)-\d+:\d+\)/.exec(error.reason ?? '');
  if (opened) return offsetOf(body, Number(opened[1]), Number(opened[2]));
  const place = error.place;
  if (place === undefined) return undefined;
  return 'start' in place ? place.start.offset : place.offset;
}

function offsetOf(body: string, line: number, column: number): number {
  let offset = 0;
  for (let i = 1; i < line; i++) offset = body.indexOf('\n', offset) + 1;
  return offset + column - 1;
}

/** The last `char` at or before `offset` that is not escaped with a backslash. */
function lastUnescaped(body: string, char: string, offset: number): number | undefined {
  for (let i = Math.min(offset, body.length - 1); i >= 0; i--) {
    if (body[i] !== char) continue;
    const backslashes = /\\*$/.exec(body.slice(0, i))?.[0].length ?? 0;
    if (backslashes % 2 === 0) return i;
  }
  return undefined;
}

/** About 25 characters on each side of `index` in `text`, cut between words where there is room, with the character itself. */
export function quoteAround(text: string, index: number): { quote: string; at: number } {
  const room = 25;
  const from = Math.max(0, index - room);
  const to = Math.min(text.length, index + 1 + room);
  let before = text.slice(from, index);
  let after = text.slice(index + 1, to);
  // A word cut in two is left out, unless it is all there is.
  if (from > 0) before = `…${/\s/.test(before) ? before.replace(/^\S*\s+/, '') : before}`;
  if (to < text.length) after = `${/\s/.test(after) ? after.replace(/\s+\S*$/, '') : after}…`;
  before = before.trimStart();
  return { quote: `${before}${text[index]}${after.trimEnd()}`, at: before.length };
}

/**
 * Norwegian advice for a line MDX cannot read, from what stands on it: at `index`, the character MDX stopped
 * at, if known (a line can hold more than one problem), or anywhere on the line.
 */
function lineAdvice(lineText: string, index?: number): string | undefined {
  const keyword = /^\s*(import|export)\b/.exec(lineText)?.[1];
  if (keyword)
    return `en linje som begynner med «${keyword}», leses som kode i MDX; skriv ordet med stor forbokstav («${keyword.charAt(0).toUpperCase()}${keyword.slice(1)} …») eller begynn setningen med et annet ord`;
  const at = (pattern: RegExp) => (index === undefined ? pattern.exec(lineText) : new RegExp(`^(?:${pattern.source})`, pattern.flags).exec(lineText.slice(index)));
  const unclosed = at(/<(br|hr|img)\b[^>]*?(?<!\/)>/i);
  // A line break: where the text can hold one, as the CMS writes it; a table cell cannot (fresh eyes tried «<br/>»
  // next, and were refused again in other words).
  if (unclosed?.[1]?.toLowerCase() === 'br')
    return /^ {0,3}\|/.test(lineText)
      ? `en tabellcelle kan ikke ha linjeskift; ta bort ${unclosed[0]} og skriv det som står i cellen på én linje, eller del det på flere rader`
      : `${unclosed[0]} virker ikke her; skriv \\ sist på linjen for linjeskift (Shift+Enter i redigeringsverktøyet), eller en tom linje for nytt avsnitt`;
  if (unclosed) return `${unclosed[0]} må lukkes i MDX; bruk en tom linje for nytt avsnitt i stedet for ${unclosed[0]}`;
  const comment = at(/<!--/);
  // «[//]: # (…)» is a comment only on a line of its own; inside a sentence it would be shown as text.
  if (comment)
    return `HTML-kommentarer (<!-- … -->) virker ikke i MDX; skriv {/* kommentar */}${/^\s*<!--/.test(lineText) ? ' eller [//]: # (kommentar)' : ''}`;
  if (at(/<(https?:|mailto:|[^\s<>@]+@)/))
    return 'adresser i < > virker ikke i MDX; skriv adressen uten < og > (https://… eller navn@kommune.no), eller som lenke: [tekst](https://…)';
  return undefined;
}

/** What to write for the character at `index` of `lineText`, quoting the words around it as they are and as they should be. */
function characterAdvice(char: '<' | '{', lineText: string, index: number): string {
  const { quote, at } = quoteAround(lineText, index);
  if (char === '<') {
    const fixed = `«${quote.slice(0, at)}\\<${quote.slice(at + 1)}»`;
    if (/^<[\p{L}/]/u.test(lineText.slice(index)))
      return `tegnet < i «${quote}» leses som starten på en HTML-kode eller en komponent i MDX, og de virker ikke her; skal tegnet stå i teksten, skriv \\< i stedet: ${fixed}`;
    return `tegnet < i «${quote}» leses som starten på en HTML-kode i MDX; skriv \\< i stedet: ${fixed}, eller skriv det med ord («mindre enn», «under»)`;
  }
  const fixed = `${quote.slice(0, at)}\\{${quote.slice(at + 1).replaceAll(/(?<!\\)\}/g, '\\}')}`;
  return `tegnet { i «${quote}» leses som starten på kode i MDX; skriv \\{ i stedet (og \\} for }): «${fixed}», eller bruk vanlige parenteser ( )`;
}

/** Where a syntax error starts: the offset of the character that caused it (< or {), if found, and its line. */
function locate(body: string, error: MdxError): { offset: number | undefined; line: number | undefined } {
  const char = culpritCharacter(error);
  const stop = stopOffset(body, error);
  const offset = char === undefined || stop === undefined ? undefined : lastUnescaped(body, char, stop);
  return { offset, line: offset === undefined ? error.line : body.slice(0, offset).split('\n').length };
}

/**
 * A syntax error in a body as the editor's problem: the line of the character that caused it, and what to write.
 * `shown`: the body as the editor wrote it, of the same length, for the words the message quotes (see mdxSyntaxProblems).
 */
export function mdxSyntaxProblem(body: string, error: MdxError, shown = body): BodyProblem {
  const lines = shown.split('\n').map((line) => line.replace(/\r$/, ''));
  const { offset, line } = locate(body, error);
  const char = culpritCharacter(error);
  const lineText = line === undefined ? '' : (lines[line - 1] ?? '');
  const index = offset === undefined ? undefined : offset - (shown.lastIndexOf('\n', offset - 1) + 1);
  const advice = char !== undefined && index !== undefined ? (lineAdvice(lineText, index) ?? characterAdvice(char, lineText, index)) : lineAdvice(lineText);
  return {
    line,
    message: `teksten kan ikke leses som MDX: ${advice ?? 'sjekk at alle <tagger> lukkes, og skriv \\< og \\{ foran < og { som skal stå i teksten'}`,
  };
}

/** Stand-ins for a character MDX stopped at: as long as it (offsets and lines stay), and plain text to MDX. */
const standIns: Record<string, string> = { '<': '\uFF1C', '{': '\uFF5B' };

/**
 * Every syntax error in a body, not only the first (MDX stops there, and the editor fixed one and saved to
 * see the next): after each, the character that caused it is put out of play (or, with no such character,
 * its line blanked) and the body read again. Gives the problems in line order, and the tree `parse` made
 * of the body so mended, with the mended body (of the same length and lines) for the checks that read it.
 */
export function mdxSyntaxProblems<Tree>(body: string, parse: (text: string) => Tree): { problems: BodyProblem[]; tree: Tree | undefined; readable: string } {
  const problems: BodyProblem[] = [];
  const inLineOrder = () => problems.sort((a, b) => (a.line ?? 0) - (b.line ?? 0));
  let readable = body;
  // Each round mends one character or line; a bound in case a mend does not move the parser on.
  for (let round = 0; round < 200; round++) {
    try {
      return { problems: inLineOrder(), tree: parse(readable), readable };
    } catch (caught) {
      const error = caught as MdxError;
      problems.push(mdxSyntaxProblem(readable, error, body));
      const { offset, line } = locate(readable, error);
      const mended = offset !== undefined ? `${readable.slice(0, offset)}${standIns[readable[offset]!]}${readable.slice(offset + 1)}` : blankLine(readable, line);
      if (mended === readable) break;
      readable = mended;
    }
  }
  return { problems: inLineOrder(), tree: undefined, readable };
}

/** `text` with line `line` (1-based) as spaces, which MDX reads as an empty line. */
function blankLine(text: string, line: number | undefined): string {
  if (line === undefined) return text;
  const lines = text.split('\n');
  const at = lines[line - 1];
  if (at === undefined) return text;
  lines[line - 1] = at.replace(/[^\r]/g, ' ');
  return lines.join('\n');
}
