// MDX comments for the CMS preview. The content check tells editors to write
// a comment as {/* … */} (HTML's <!-- --> is no MDX), and the site leaves it
// out; Decap's preview reads plain Markdown and showed it as text, the stars
// as italics: «{/<em> kommentar </em>/}». This leaves the comments out of
// the text the preview gets, as the site does; code blocks (as the site reads
// them: window.kompetansebankenCodeLines) and `code` are left alone. Runs in
// the browser (see start-script.ts).
window.kompetansebankenPreviewComments = function previewComments(markdown) {
  const comment = /\{\/\*[\s\S]*?\*\/\}/g;
  const outsideCode = (text) =>
    text
      .split(/(`+[^`]*`+)/)
      .map((part, i) => (i % 2 === 1 ? part : part.replace(comment, '')))
      .join('');
  const parts = [];
  let prose = [];
  const lines = markdown.split(/(?<=\n)/);
  // Fenced code as the site reads it (markdown/fenced-code.ts, loaded first).
  const code = window.kompetansebankenCodeLines(lines);
  lines.forEach((line, i) => {
    if (!code[i]) return prose.push(line);
    parts.push(outsideCode(prose.join('')), line);
    prose = [];
  });
  parts.push(outsideCode(prose.join('')));
  return parts.join('');
};
