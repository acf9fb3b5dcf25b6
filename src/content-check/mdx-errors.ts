// MDX's syntax errors are English and point where the parser gave up (often
// the end of the paragraph), not at the character that started the trouble.
// An editor gets the character (< or {), a few words around it to find it by,
// the line it is on, and the same words as they should be written.
import type { BodyProblem } from './markdown-constructs.ts';

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

/** Norwegian advice for a line MDX cannot read, from what stands on it. */
function lineAdvice(lineText: string): string | undefined {
  const keyword = /^\s*(import|export)\b/.exec(lineText)?.[1];
  if (keyword)
    return `en linje som begynner med «${keyword}», leses som kode i MDX; skriv ordet med stor forbokstav («${keyword.charAt(0).toUpperCase()}${keyword.slice(1)} …») eller begynn setningen med et annet ord`;
  const unclosed = /<(br|hr|img)\b[^>]*?(?<!\/)>/i.exec(lineText)?.[0];
  if (unclosed) return `${unclosed} må lukkes i MDX; bruk en tom linje for nytt avsnitt i stedet for ${unclosed}`;
  if (lineText.includes('<!--')) return 'HTML-kommentarer (<!-- … -->) virker ikke i MDX; skriv {/* kommentar */} eller [//]: # (kommentar)';
  if (/<(https?:|mailto:|[^\s<>@]+@)/.test(lineText))
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

/** A syntax error in a body as the editor's problem: the line of the character that caused it, and what to write. */
export function mdxSyntaxProblem(body: string, error: MdxError): BodyProblem {
  const lines = body.split('\n').map((line) => line.replace(/\r$/, ''));
  const char = culpritCharacter(error);
  const stop = stopOffset(body, error);
  const found = char === undefined || stop === undefined ? undefined : lastUnescaped(body, char, stop);
  let line = error.line;
  let advice: string | undefined;
  if (char !== undefined && found !== undefined) {
    line = body.slice(0, found).split('\n').length;
    const lineText = lines[line - 1] ?? '';
    advice = lineAdvice(lineText) ?? characterAdvice(char, lineText, found - (body.lastIndexOf('\n', found - 1) + 1));
  } else {
    advice = lineAdvice(line === undefined ? '' : (lines[line - 1] ?? ''));
  }
  return {
    line,
    message: `teksten kan ikke leses som MDX: ${advice ?? 'sjekk at alle <tagger> lukkes, og skriv \\< og \\{ foran < og { som skal stå i teksten'}`,
  };
}
