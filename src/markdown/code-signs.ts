// «{», «}» and a «<» that starts no tag, typed in the CMS's text («Pris {ca} 100 kr», «<5 prosent», «a <3»), are
// code to MDX: the CMS refused the save with «Teksten kan ikke leses som MDX …» and a backslash to write, words a
// secretariat does not know (fresh eyes). The CMS page writes them as text («\{», «\<») before it saves and
// previews the text (cms/browser/saved-text.js), as a paste already did (cms/pasted-text.js escapePlain).
// Self-contained: the CMS page runs its source (start-script.ts), with the page's fencedCodeLines.

/**
 * `body` with each «{» and «}» outside an MDX comment, and each «<» before what cannot start a tag (a digit, «=»,
 * «<»), escaped. Left as they are: fenced code (`codeLines`) and inline code, a line with a tag or component in it
 * («<PagesWithScript />», «<br>»), and signs already escaped.
 */
export function escapeCodeSigns(body: string, codeLines: (lines: readonly string[]) => boolean[]): string {
  const lines = body.split('\n');
  const code = codeLines(lines);
  const asText = (text: string) =>
    text
      .replace(/(?<!\\)<(?![\p{L}/_$!\s])/gu, '\\<')
      .replace(/(?<!\\)\{(?!\/\*)/g, '\\{')
      .replace(/(?<!\\|\*\/)\}/g, '\\}');
  const outsideInlineCode = (line: string) =>
    line
      .split(/(`+[^`]*`+)/)
      .map((part, i) => (i % 2 === 1 ? part : asText(part)))
      .join('');
  return lines.map((line, i) => (code[i] || /<[\p{L}/]/u.test(line) ? line : outsideInlineCode(line))).join('\n');
}
