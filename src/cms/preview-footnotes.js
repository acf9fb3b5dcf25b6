// Footnotes for the CMS preview. Decap's Markdown preview parses with its own
// remark-parse 6, from before remark-gfm (which needs remark-parse 9 or later),
// without footnotes, and does not pass it the remark plugins registered with
// CMS.registerRemarkPlugin (Decap 3.16's MarkdownPreview hands them in an
// argument markdownToHtml ignores). So «Tekst.[^1]» and «[^1]: Forklaring.»
// showed as written. This splits the text as GFM reads it: each reference
// becomes its number in superscript (numbered in the order first referred to,
// as on the site), and the notes come back as a numbered list, in that order,
// for the preview to show under «Fotnoter» (browser/preview.js). A note nobody
// refers to is left out and a reference with no note stays as written, as on
// the site. Code blocks (as the site reads them: window.kompetansebankenCodeLines)
// and `code` are left alone. Runs in the browser (see start-script.ts).
window.kompetansebankenPreviewFootnotes = function previewFootnotes(markdown) {
  const definition = /^ {0,3}\[\^([^\]\s]+)\]:[ \t]?(.*)$/;
  const key = (label) => label.toLowerCase();
  const notes = new Map();
  const lines = [];
  let open = undefined;
  const all = markdown.split(/\r?\n/);
  // Fenced code as the site reads it (markdown/fenced-code.ts, loaded first): no note starts or goes on there.
  const code = window.kompetansebankenCodeLines(all);
  for (const [i, line] of all.entries()) {
    if (code[i]) {
      open = undefined;
      lines.push(line);
      continue;
    }
    const found = definition.exec(line);
    if (found) {
      open = [found[2]];
      if (!notes.has(key(found[1]))) notes.set(key(found[1]), open);
      continue;
    }
    // A note goes on over indented lines, and over a blank line before one.
    if (open && (/^( {2,}|\t)\S/.test(line) || (line.trim() === '' && open[open.length - 1] !== ''))) {
      open.push(line.trim());
      continue;
    }
    open = undefined;
    lines.push(line);
  }
  const order = [];
  const text = lines
    .map((line) =>
      line
        .split(/(`+[^`]*`+)/)
        .map((part, i) =>
          i % 2 === 1
            ? part
            : part.replace(/\[\^([^\]\s]+)\]/g, (reference, label) => {
                if (!notes.has(key(label))) return reference;
                if (!order.includes(key(label))) order.push(key(label));
                return `<sup>${order.indexOf(key(label)) + 1}</sup>`;
              }),
        )
        .join(''),
    )
    .join('\n');
  // Each note as one item of a numbered list; its own paragraphs indented under it.
  const list = order
    .map((label, i) => {
      const [first, ...rest] = notes.get(label);
      while (rest.length > 0 && rest[rest.length - 1] === '') rest.pop();
      return [`${i + 1}. ${first}`, ...rest.map((line) => (line === '' ? '' : `   ${line}`))].join('\n');
    })
    .join('\n');
  return { text, notes: list };
};
