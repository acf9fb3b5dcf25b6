// Pages carry soft hyphens (U+00AD) so long words break well on phones
// (src/hyphenation/). Chromium copies them along with the text, and a
// journalist's publishing system then holds invisible characters. What is
// copied from a page with this script goes to the clipboard as plain text
// without them, and with a plain hyphen for the non-breaking one (U+2011) that keeps a range («4-6») on its line.
// Tables: Chromium's text for a selection leaves out an empty cell that starts a row (the empty corner above the
// row headers), so a table pasted into a spreadsheet had every header one column to the left. The plain text is
// the selection as the browser renders text (`innerText`: a tab after every cell but a row's last, a line break
// after every row), which keeps empty cells. A copy with table rows in it also goes as HTML, so a spreadsheet
// places the cells itself; a selection of rows inside one table is wrapped in that table, so it stays one. Other
// copies stay plain text only, as a journalist's publishing system should get them.

const softHyphens = /\u00AD/g;
const nonBreakingHyphens = /\u2011/g;

/** Text as it was written, without what the site adds for line breaks. */
const asWritten = (text: string) => text.replace(softHyphens, '').replace(nonBreakingHyphens, '-');

/** The elements a selection of rows can end in: between the table and its cells. */
const tableParts = new Set(['TABLE', 'THEAD', 'TBODY', 'TFOOT', 'TR']);

/** The range's contents, inside shallow copies of the table parts it lies in, so a selection of rows stays a table. */
function selectedContents(range: Range): Node {
  let contents: Node = range.cloneContents();
  let ancestor: Node | null = range.commonAncestorContainer;
  while (ancestor instanceof Element && tableParts.has(ancestor.tagName)) {
    const copy = ancestor.cloneNode(false);
    copy.appendChild(contents);
    contents = copy;
    ancestor = ancestor.tagName === 'TABLE' ? null : ancestor.parentNode;
  }
  return contents;
}

/**
 * The selection's text as the page renders it, and its HTML. `innerText` needs the copy laid out: it stands on
 * the page out of sight for as long as it is read.
 */
function copied(selection: Selection): { text: string; html?: string } {
  const box = document.createElement('div');
  box.setAttribute('aria-hidden', 'true');
  box.style.cssText = 'position:fixed;inset-inline-start:-100000px;inset-block-start:0;white-space:normal';
  for (let i = 0; i < selection.rangeCount; i++) box.append(selectedContents(selection.getRangeAt(i)));
  // Text kept out of sight for screen readers (a page number's document: «Sluttrapporten, s.» before «9») is copied
  // as the text it is, in its place: laid out out of sight it stood on a line of its own, and a row split in three.
  for (const hidden of box.querySelectorAll('.ds-sr-only')) hidden.replaceWith(hidden.textContent ?? '');
  // A footnote's number, copied glued to the figure before it («297 millioner kroner.3»), goes in brackets; a chart's
  // drawn labels («6 8 10 12 14 3. kv.2006») are no text of the page, whose table has the figures (fresh eyes).
  for (const reference of box.querySelectorAll('[data-footnote-ref]')) reference.textContent = `[${reference.textContent}]`;
  for (const chart of box.querySelectorAll('svg')) chart.remove();
  document.body.append(box);
  const text = box.innerText;
  box.remove();
  // A link keeps its target outside the page (a relative one was an empty link in a spreadsheet: fresh eyes).
  for (const link of box.querySelectorAll<HTMLAnchorElement>('a[href]')) link.setAttribute('href', link.href);
  const html = box.querySelector('tr') ? asWritten(box.innerHTML) : undefined;
  return { text: asWritten(text), html };
}

document.addEventListener('copy', (event) => {
  const selection = document.getSelection();
  if (!selection || selection.isCollapsed || !event.clipboardData) return;
  const { text, html } = copied(selection);
  if (!text.trim()) return;
  event.clipboardData.setData('text/plain', text);
  if (html) event.clipboardData.setData('text/html', html);
  event.preventDefault();
});

// A module (the search page imports it once text is selected: scripts/search.ts).
export {};
