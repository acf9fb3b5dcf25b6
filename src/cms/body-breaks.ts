// Line breaks in the CMS's text field (Decap's Markdown editor in raw mode: a line of the editor is a line of the
// saved Markdown). The page must show what the editor showed:
// - Enter at the end of a typed line started a line of its own in the editor, but one line break in Markdown is a
//   space on the page: the two lines were one paragraph there (and in the preview). Enter after text now makes a new
//   paragraph (an empty line between), as in Word; after a list item, a table row, a heading or a quote it stays one
//   line break, which those need (the next item, the next row).
// - Shift+Enter, which Word uses for a line break inside a paragraph, is saved as one the page shows: «\» at the end
//   of the line, as a paste from Word writes it (pasted-text.js).
// - A list or other blocks pasted (from Word, pasted-text.js) right after a typed line went into that line: «Første
//   linje- Dialogmøter tidlig», a list no more. Blocks pasted are set off by an empty line from the text around them.
// Self-contained: the CMS page runs its source (start-script.ts), as window.kompetansebankenTextAtCaret.

/** What is put in at the caret: Markdown pasted or dropped, or a key pressed. */
export type AtCaret = { markdown: string } | { key: 'enter' | 'shift-enter' };

/**
 * The text to put in at the caret, which stands between `before` and `after` (the field's text on either side of
 * it; of a selection, before its start and after its end); undefined where the editor's own is right (a few words
 * pasted into a line, a single line break). `codeLines` tells the lines of fenced code (markdown/fenced-code.ts),
 * where text goes in as it is.
 */
export function textAtCaret(input: AtCaret, before: string, after: string, codeLines: (lines: readonly string[]) => boolean[]): string | undefined {
  // A line Markdown reads as a block of its own, which the next line does not join as a paragraph would: a list
  // item, a table row, a heading, a quote, a fence, a footnote.
  const block = /^ {0,3}(?:[-*+][ \t]|\d{1,9}[.)][ \t]|#{1,6}(?:[ \t]|$)|\||>|`{3}|~{3}|\[\^[^\]]+\]:)/;
  const lineBefore = before.slice(before.lastIndexOf('\n') + 1);
  const line = lineBefore + after.split('\n', 1)[0];
  const inCode = codeLines(`${before}${after}`.split('\n'))[before.split('\n').length - 1] === true;
  if (inCode) return undefined;
  if ('markdown' in input) {
    const { markdown } = input;
    if (!markdown.includes('\n') && !block.test(markdown)) return undefined;
    const lead = before === '' || before.endsWith('\n\n') ? '' : before.endsWith('\n') ? '\n' : '\n\n';
    const trail = after === '' || after.startsWith('\n\n') ? '' : after.startsWith('\n') ? '\n' : '\n\n';
    return `${lead}${markdown}${trail}`;
  }
  if (lineBefore.trim() === '') return undefined;
  // A line break inside a paragraph, a list item or a quote; a heading or a table row cannot hold one.
  if (input.key === 'shift-enter') return /^ {0,3}(?:#{1,6}(?:[ \t]|$)|\|)/.test(line) || lineBefore.endsWith('\\') ? undefined : '\\\n';
  return block.test(line) ? undefined : '\n\n';
}
