// A line break («\» at a line's end, Shift+Enter in the CMS: cms/body-breaks.ts) where no line of the paragraph
// follows: at the text's end, before an empty line or a heading, or on a heading's own line. Markdown breaks only
// between two lines of a paragraph, so there the «\» is text, and the page, the e-mail, the feeds and the downloads
// showed «… skråstrek\» (a scratch story; Shift+Enter pressed last in a paragraph, then Enter). The CMS saves the
// text without it (cms/browser/saved-text.js); the content check names it in a file written elsewhere.

/**
 * `body` without the «\» at the end of each line where it breaks no line: the line is the last of its paragraph (the
 * text ends, or an empty line, a heading, a quote, a list item or a fence follows) or a heading. An escaped
 * backslash («\\») is text and stays; so do the lines of fenced code, as `codeLines` (fenced-code.ts) finds them.
 * Only the line's end changes, so line numbers stay. Self-contained, as the CMS page runs its source, with the page's
 * fencedCodeLines.
 */
export function withoutDanglingBreaks(body: string, codeLines: (lines: readonly string[]) => boolean[]): string {
  const lines = body.split('\n');
  const code = codeLines(lines);
  const heading = /^ {0,3}#{1,6}(?:[ \t]|$)/;
  // What ends a paragraph when it comes on the next line (an ordered item only from 1, as Markdown has it).
  const ending = /^\s*$|^ {0,3}(?:#{1,6}(?:[ \t]|$)|>|```|~~~|[-*+][ \t]|1[.)][ \t])/;
  const breakAtEnd = /(?<!\\)((?:\\\\)*)\\[ \t]*$/;
  return lines
    .map((line, i) => {
      if (code[i] || !breakAtEnd.test(line)) return line;
      const next = lines[i + 1];
      const last = next === undefined || (code[i + 1] ?? false) || ending.test(next);
      return last || heading.test(line) ? line.replace(breakAtEnd, '$1').trimEnd() : line;
    })
    .join('\n');
}
