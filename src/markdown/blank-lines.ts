// One blank line between a text's blocks, as the CMS saves it (cms/browser/saved-text.js): Enter after a paragraph
// leaves an empty line (cms/body-breaks.ts), and Enter pressed again there, out of habit, added another, and another.
// The page shows one gap however many there are, but the file kept them all, and its changes read as messy.

/**
 * `body` with each run of blank lines (empty, or spaces only) made one, its first as it is; the lines of fenced code,
 * as `codeLines` (fenced-code.ts) finds them, keep theirs, as code shows every line. Lists, tables and quotes keep
 * their own lines (a quote's «>» line is no blank line), and their meaning: to Markdown, one blank line between
 * blocks says what several do. Self-contained, as the CMS page runs its source, with the page's fencedCodeLines.
 */
export function singleBlankLines(body: string, codeLines: (lines: readonly string[]) => boolean[]): string {
  const lines = body.split('\n');
  const code = codeLines(lines);
  const blank = (i: number) => !code[i] && lines[i]!.trim() === '';
  // The last line is what follows the text's last line break: the text's end, no line of its own.
  return lines.filter((_, i) => i === 0 || i === lines.length - 1 || !(blank(i) && blank(i - 1))).join('\n');
}
