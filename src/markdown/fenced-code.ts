// Which lines of a Markdown text are fenced code (``` or ~~~), as the site reads
// the text: MDX, which has no indented code (four spaces are not code), so a
// fence may stand at any indentation («    ```» opens one, in a list item or
// not), and a fence closes only on a line of its marker alone, as long as the
// opening one or longer («``` tekst» inside it is code). The one definition for
// the CMS page's text steps, which leave code alone: the preview's footnotes
// and comments (cms/preview-footnotes.js, cms/preview-comments.js) and the
// escaped dates (dated-lines.ts). Self-contained: the CMS page runs its source
// (start-script.ts), as window.kompetansebankenCodeLines.

/** For each line, whether it is fenced code: a fence's own line or one inside it. */
export function fencedCodeLines(lines: readonly string[]): boolean[] {
  let fence = '';
  return lines.map((line) => {
    const marker = /^[ \t]*(`{3,}|~{3,})/.exec(line)?.[1];
    if (fence) {
      // A closing fence: the same character, at least as many, nothing after it.
      if (marker && marker[0] === fence[0] && marker.length >= fence.length && /^[ \t]*(`+|~+)\s*$/.test(line)) fence = '';
      return true;
    }
    // An opening ``` fence has no ` in its info string (```js`x` is text).
    if (marker && !(marker[0] === '`' && line.slice(line.indexOf(marker) + marker.length).includes('`'))) {
      fence = marker;
      return true;
    }
    return false;
  });
}
