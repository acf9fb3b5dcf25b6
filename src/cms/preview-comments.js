// MDX comments for the CMS preview. The content check tells editors to write
// a comment as {/* … */} (HTML's <!-- --> is no MDX), and the site leaves it
// out; Decap's preview reads plain Markdown and showed it as text, the stars
// as italics: «{/<em> kommentar </em>/}». This leaves the comments out of
// the text the preview gets, as the site does; code blocks and `code` are left
// alone. Runs in the browser (see start-script.ts).
window.kompetansebankenPreviewComments = function previewComments(markdown) {
  const comment = /\{\/\*[\s\S]*?\*\/\}/g;
  const outsideCode = (text) =>
    text
      .split(/(`+[^`]*`+)/)
      .map((part, i) => (i % 2 === 1 ? part : part.replace(comment, '')))
      .join('');
  const parts = [];
  let prose = [];
  let fence = '';
  for (const line of markdown.split(/(?<=\n)/)) {
    const marker = /^ {0,3}(`{3,}|~{3,})/.exec(line)?.[1];
    if (fence) {
      parts.push(line);
      if (marker && marker[0] === fence[0] && marker.length >= fence.length) fence = '';
    } else if (marker) {
      parts.push(outsideCode(prose.join('')), line);
      prose = [];
      fence = marker;
    } else prose.push(line);
  }
  parts.push(outsideCode(prose.join('')));
  return parts.join('');
};
