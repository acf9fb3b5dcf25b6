// An HTML comment written in the CMS («<!-- intern merknad … -->», typed or pasted) is no comment to MDX, and
// Decap saves it escaped («\<!-- …»): the page, the feeds and the e-mail showed the internal note as text. The
// CMS page makes each one the comment the site leaves out, {/* … */} (remark-drop-mdx-comments.ts), before it
// saves and previews the text (cms/browser/saved-text.js). Self-contained: the CMS page runs its source
// (start-script.ts), with the page's fencedCodeLines.

/**
 * `body` with each HTML comment outside code (fenced, as `codeLines` finds it, or `inline`) made an MDX comment:
 * «<!-- tekst -->» and Decap's «\<!-- tekst --\>» → «{/* tekst *\/}». Decap's Markdown escapes inside it are
 * undone (it is not shown); a «*\/» in it, which would end the MDX comment early, becomes «* /».
 */
export function htmlCommentsAsMdx(body: string, codeLines: (lines: readonly string[]) => boolean[]): string {
  const comment = /\\?<!--([^]*?)--\\?>/g;
  const asMdx = (_: string, text: string) =>
    `{/*${text.replace(/\\([!-/:-@[-`{-~])/g, '$1').replace(/\*\//g, '* /').replace(/[{}]/g, (brace) => (brace === '{' ? '(' : ')'))}*/}`;
  const outsideInlineCode = (text: string) =>
    text
      .split(/(`+[^`]*`+)/)
      .map((part, i) => (i % 2 === 1 ? part : part.replace(comment, asMdx)))
      .join('');
  const lines = body.split(/(?<=\n)/);
  const code = codeLines(lines.map((line) => line.replace(/\n$/, '')));
  const parts: string[] = [];
  let prose = '';
  lines.forEach((line, i) => {
    if (!code[i]) return void (prose += line);
    parts.push(outsideInlineCode(prose), line);
    prose = '';
  });
  parts.push(outsideInlineCode(prose));
  return parts.join('');
}
