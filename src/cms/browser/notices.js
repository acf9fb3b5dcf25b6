// The notice above the form, and the media library's own, which several parts use (showNotice, showLibraryNotice).
// After a save in `npm run dev`: the content check's problems with the saved
// file, in Norwegian, at the top of the form (the dev server answers
// reportPath). Sticky at the top of the form's pane, not over its fields:
// every field can still be scrolled into view below it, and «Lukk» hides it.
// On a phone it stands in the form's flow instead (admin-styles.ts): sticky, it
// covered the top of the small screen, and the fields it named, until «Lukk».
// Above the pane's own sticky bar (Decap's z-index 200), below the toolbar
// and its «Publiser» menu (300): at 300 the notice covered the menu.
const notice = document.createElement('div');
notice.id = 'innholdskontroll';
const noticeStyle = (problems) =>
  'position:sticky;top:0;z-index:250;margin:0 0 1rem;max-height:40vh;overflow:auto;color:#1a1a1a;border-radius:4px;' +
  'padding:0.75rem 1rem;font:1rem/1.45 system-ui,sans-serif;box-shadow:0 2px 6px rgba(0,0,0,.2);' +
  (problems ? 'background:#fdf3f2;border:2px solid #b3261e' : 'background:#f1f6f1;border:2px solid #2e6b30');
// The form's pane once the editor is open; the page itself (at its top) before.
let shown = false;
/** A field of the form the notice stands right above instead of the pane's top (what is said of that field), or undefined. */
let noticeBefore;
const place = () => {
  const pane = document.querySelector('[class*="ControlPaneContainer"]');
  const before = noticeBefore?.isConnected && pane?.contains(noticeBefore) ? noticeBefore : undefined;
  if (before) {
    if (before.previousSibling !== notice) before.before(notice);
  } else if (pane && notice.parentElement !== pane) pane.prepend(notice);
  else if (!pane && notice.parentElement !== document.body) document.body.prepend(notice);
};
// Decap draws the editor anew when a new entry gets its address, right after
// the save: a notice already in the old pane went with it, and the check's
// answer, if it came first, was never seen. A shown notice follows the pane.
new MutationObserver(() => shown && place()).observe(document.body, { childList: true, subtree: true });
const hideNotice = () => {
  shown = false;
  noticeBefore = undefined;
  notice.remove();
};
// The address the notice is about: opening another entry, the list or a new one takes it away.
let noticeAddress = '';
const buttonStyle = 'font:inherit;padding:.25rem .75rem;cursor:pointer';
/**
 * What a line of a notice says, appended to `element`: an entry to open: { text, href }, with what is wrong there after
 * it (`detail`, after «: »; `after`, as it is), if anything, and text before it (`before`).
 * A field of the form to go to: { text, href, field } (`field` brings the form there), a link within the line (a button
 * stood on a line of its own on a phone), whose address is not followed: the editor's address stays.
 */
const appendLine = (element, text) => {
  if (text.before) element.append(text.before);
  const link = document.createElement(text.href || text.field ? 'a' : text.action ? 'button' : 'span');
  if (text.href || text.field) link.href = text.href ?? '#';
  link.textContent = text.text;
  link.style.cssText = text.href || text.field ? 'color:#0b4f9c;text-decoration:underline' : text.action ? buttonStyle : 'font-weight:700';
  if (text.field)
    link.addEventListener('click', (event) => {
      event.preventDefault();
      text.field();
    });
  if (text.action) {
    link.type = 'button';
    link.addEventListener('click', text.action);
  }
  element.append(link);
  if (text.detail) element.append(`: ${text.detail}`);
  if (text.after) element.append(text.after);
};
/**
 * `element` made a notice: `heading`, `items` (texts, or lines: appendLine), `note` (a paragraph after them, if any)
 * and «Lukk» (`close`). `closable`: with «Lukk» (an offer to answer has its own buttons). `headingLine`: what the
 * heading says after its lead («Kunne ikke lagre:»), as a line (appendLine): a refusal of one line, linked to its field.
 */
const fillNotice = (element, heading, items, problems, close, closable = true, note = '', headingLine = undefined) => {
  element.replaceChildren();
  element.style.cssText = noticeStyle(problems);
  element.setAttribute('role', problems ? 'alert' : 'status');
  // (Read out again: fixed-fields.js quiets a refusal whose lines it strikes through.)
  element.removeAttribute('aria-live');
  const title = document.createElement('p');
  title.style.cssText = 'margin:0;font-weight:700';
  // A refusal of one long line («Kunne ikke lagre: Tittelen … er allerede brukt …») was bold from end to end, half a
  // phone's screen high (fresh eyes): only its lead is bold.
  const long = heading.length > 80 ? heading.indexOf(': ') + 1 : 0;
  const lead = headingLine ? heading.indexOf(': ') + 1 : long;
  if (lead > 0) {
    const bold = document.createElement(long > 0 ? 'strong' : 'span');
    bold.textContent = heading.slice(0, lead);
    if (long > 0) title.style.fontWeight = '400';
    if (headingLine) {
      title.append(bold, ' ');
      appendLine(title, headingLine);
    } else title.append(bold, heading.slice(lead));
  } else title.textContent = heading;
  element.append(title);
  if (items.length > 0) {
    const list = document.createElement('ul');
    list.style.cssText = 'margin:.5rem 0 0;padding-left:1.25rem';
    for (const text of items) {
      const item = document.createElement('li');
      if (typeof text === 'object') appendLine(item, text);
      else item.textContent = text;
      // A long file name or address breaks where it must on a phone, not beyond the notice's edge.
      item.style.overflowWrap = 'anywhere';
      // Buttons to answer with stand side by side, without bullets.
      if (typeof text === 'object' && text.action) Object.assign(item.style, { display: 'inline-block', listStyle: 'none', margin: '0 .5rem .25rem 0' });
      list.append(item);
    }
    element.append(list);
  }
  if (note) {
    const paragraph = document.createElement('p');
    paragraph.style.cssText = 'margin:.5rem 0 0';
    paragraph.textContent = note;
    element.append(paragraph);
  }
  if (!closable) return;
  const button = document.createElement('button');
  button.type = 'button';
  button.textContent = 'Lukk';
  // Named apart from a dialog's own «Lukk» (the media library's ✕), its visible word first (WCAG 2.5.3).
  button.setAttribute('aria-label', 'Lukk meldingen');
  button.style.cssText = buttonStyle;
  button.addEventListener('click', close);
  // Kept in sight at the foot of a long notice, which scrolls within its 40 % of the screen (at 375 px it was out of
  // sight until the notice was scrolled; fresh eyes), on a band of the notice's colour that the text scrolls under.
  const foot = document.createElement('div');
  foot.style.cssText = `position:sticky;bottom:-0.75rem;margin:.5rem -1rem -0.75rem;padding:.5rem 1rem .75rem;background:${problems ? '#fdf3f2' : '#f1f6f1'}`;
  foot.append(button);
  element.append(foot);
};
/**
 * `note`: a paragraph after the items. `before`: a field's element the notice stands right above, for what is said of
 * the field the user is at (on a phone the form was taken to its top, away from the field); it is brought into sight
 * there, the form otherwise left as it is. `inFlow`: in the form's flow at every width, as tall as it is (a refusal,
 * which names the fields below it), not kept at the top of the pane over them. `headingLine`: see fillNotice.
 */
const showNotice = (heading, items, problems, closable = true, { note = '', before, inFlow = false, marked: markedBefore, headingLine } = {}) => {
  shown = true;
  noticeBefore = before;
  leftTextShown = '';
  noticeAddress = location.hash;
  fillNotice(notice, heading, items, problems, hideNotice, closable, note, headingLine);
  if (inFlow) Object.assign(notice.style, { position: 'static', maxHeight: 'none', overflow: 'visible' });
  place();
  // On a phone, in the form's flow (admin-styles.ts), it is brought into sight, above the fields: shown while the form
  // was scrolled down, it was out of sight. Not when Decap takes the form to a field it marked itself (a field left
  // empty or wrong), which says what is wrong there.
  // (`marked`: whether it was, before a refusal marked the fields it names.)
  const marked = markedBefore ?? formMarked();
  if (before) return bringNoticeIntoSight();
  if (getComputedStyle(notice).position === 'static' && !marked) notice.scrollIntoView({ block: 'start' });
};
/** The notice scrolled into sight as little as it takes, its top not under the editor's toolbar (which overlaps the form's pane on a phone). */
const bringNoticeIntoSight = () => {
  notice.scrollIntoView({ block: 'nearest' });
  const toolbar = document.querySelector('[class*="-ToolbarContainer "]')?.getBoundingClientRect().bottom ?? 0;
  const under = toolbar - notice.getBoundingClientRect().top;
  if (under > 0) notice.parentElement?.closest('[class*="ControlPaneContainer"]')?.scrollBy({ top: -under - 8 });
};
// What the media library says (an image made smaller before its upload, an image not deleted) stands in the
// library, under its buttons, and goes with it: shown above the page, behind the library, the «Ikke slettet»
// notice stayed there after the library closed, and was still there in the entry opened next (fresh eyes).
const libraryNotice = document.createElement('div');
libraryNotice.id = 'mediebibliotek-melding';
const hideLibraryNotice = () => libraryNotice.remove();
/** Whether it is shown: not when the library is not open. */
const showLibraryNotice = (heading, items, problems, closable = true, { note = '' } = {}) => {
  const library = document.querySelector('.nc-fileUploadButton')?.closest('[role="dialog"]');
  const top = library?.querySelector(':scope > [class*="LibraryTop"]');
  if (!top) return false;
  fillNotice(libraryNotice, heading, items, problems, hideLibraryNotice, closable, note);
  // In the library's top (a column), not between it and the files: the library's rows are laid out for those two.
  // A refusal (an upload refused) as tall as it is: at 375 px, in 30 % of the screen, its advice was cut mid-sentence.
  Object.assign(libraryNotice.style, { position: 'static', margin: '0', boxShadow: 'none', textAlign: 'left', maxHeight: problems ? 'none' : '30vh' });
  top.append(libraryNotice);
  return true;
};
