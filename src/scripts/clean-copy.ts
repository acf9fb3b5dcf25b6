// Pages carry soft hyphens (U+00AD) so long words break well on phones
// (src/hyphenation/). Chromium copies them along with the text, and a
// journalist's publishing system then holds invisible characters. What is
// copied from a page with this script goes to the clipboard as plain text
// without them.
document.addEventListener('copy', (event) => {
  const text = document.getSelection()?.toString();
  if (!text || !event.clipboardData) return;
  event.clipboardData.setData('text/plain', text.replaceAll('\u00AD', ''));
  event.preventDefault();
});
