// «{», «}» and a «<» that starts no component, typed in the CMS's text («Pris {ca} 100 kr», «<5 prosent», «a <3»,
// «<navn>»), are code to MDX: the CMS refused the save with «Teksten kan ikke leses som MDX …» and a backslash to write, words a
// secretariat does not know (fresh eyes). The CMS page writes them as text («\{», «\<») before it saves and
// previews the text (cms/browser/saved-text.js), as a paste already did (cms/pasted-text.js escapePlain).
// A «<br>» typed (or left by text copied from a web page) was refused the same way; it is written as the line break it
// means, Shift+Enter's «\» at the line's end (fresh eyes). Any other HTML tag («<tag>», «<b>») is refused by the
// content check in every body (content-check/markdown-constructs.ts) and was refused at the save in words about MDX
// (fresh eyes: «## Mellomtittel med <tag>»): it is text too, as typed. Components (a capital first: «<PagesWithScript />»)
// are code, left to the check.
// Self-contained: the CMS page runs its source (start-script.ts), with the page's fencedCodeLines.

/**
 * `body` with each «<br>» («<br/>», «<BR />») a Markdown line break (none at a paragraph's end), then each «{» and «}»
 * outside an MDX comment, and each «<» that starts no component, escaped. Left as they are: fenced code (`codeLines`)
 * and inline code, a line with a component in it («<PagesWithScript />»), and signs already escaped; a «<br>» in a
 * table row or a heading, which cannot break, for the check to name.
 */
export function escapeCodeSigns(body: string, codeLines: (lines: readonly string[]) => boolean[]): string {
  const lineBreak = /[ \t]*<br\s*\/?>[ \t]*/giu;
  // «<Name», «</Name»: a component (MDX reads a capital first as one).
  const component = /<\/?\p{Lu}/u;
  const typed = body.split('\n');
  const typedCode = codeLines(typed);
  /** «a<br>b» as «a\», «b»; a break at the line's end kept only where the paragraph goes on; «<br>» alone an empty line. */
  const breaksAsMarkdown = (line: string, next: string | undefined) => {
    const parts = line.split(lineBreak).filter((part) => part !== '');
    const goesOn = /<br\s*\/?>[ \t]*$/iu.test(line) && next?.trim();
    return parts.map((part, j) => (j < parts.length - 1 || goesOn ? `${part}\\` : part)).join('\n');
  };
  const lines = typed
    .map((typedLine, i) => {
      // «<br>» then Shift+Enter's «\» at the line's end: one break, not two (fresh eyes).
      const line = typedCode[i] ? typedLine : typedLine.replace(/[ \t]*<br\s*\/?>[ \t]*(?=\\$)/giu, '');
      const others = line.replace(lineBreak, '');
      // A table row or a heading cannot hold a line break: left for the check to name.
      const kept = typedCode[i] || others === line || component.test(others) || line.includes('`') || /^ {0,3}(?:\||#)/.test(line);
      return kept ? line : breaksAsMarkdown(line, typed[i + 1]);
    })
    .join('\n')
    .split('\n');
  const code = codeLines(lines);
  // An address in angle brackets, Markdown's autolink («<https://www.ks.no>», «<kari@ks.no>»), is JSX to MDX: escaped,
  // it linked to «https://www.ks.no%3E» with a «<» before it (fresh eyes). The address alone is a link (remark-gfm).
  // Bold and italics typed as HTML («<b>fet</b>») are written as Markdown, and a wrapper that means nothing in a text
  // («<div align="center">», «<span>», «<font>», «<u>») is dropped: escaped, the page showed the tags (fresh eyes).
  // Other tags stay text, as typed.
  const asText = (text: string) =>
    text
      .replace(/<(b|strong)>([^<>]+)<\/\1>/giu, '**$2**')
      .replace(/<(i|em)>([^<>]+)<\/\1>/giu, '*$2*')
      .replace(/(?<!\\)<\/?(?:div|span|p|center|font|u)(?:\s[^<>]*)?>/giu, '')
      .replace(/(?<!\\)<(?:mailto:)?((?:https?:\/\/|www\.)[^\s<>]+|[^\s<>@]+@[^\s<>@]+\.[^\s<>]+)>/giu, '$1')
      .replace(/(?<!\\)<(?!br\s*\/?>)/giu, '\\<')
      .replace(/(?<!\\)\{(?!\/\*)/g, '\\{')
      .replace(/(?<!\\|\*\/)\}/g, '\\}');
  const outsideInlineCode = (line: string) =>
    line
      .split(/(`+[^`]*`+)/)
      .map((part, i) => (i % 2 === 1 ? part : asText(part)))
      .join('');
  return lines.map((line, i) => (code[i] || component.test(line) ? line : outsideInlineCode(line))).join('\n');
}
