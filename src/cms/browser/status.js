// A new entry not saved yet: Decap's toolbar says «Endringer lagret» (it shows that whenever nothing has
// changed since the entry was loaded); Decap's draft has no file (slug) until its first save.
const markNewEntryStatus = () => {
  const status = document.querySelector('[class*="-BackStatusUnchanged"]');
  // While a save is under way it says «Lagrer …» (leave-while-saving.js).
  if (!status || saveUnderWay) return;
  const entry = decapStore()?.getState().entryDraft.get('entry');
  const unsaved = Boolean(entry?.get('newRecord') && !entry.get('slug'));
  const shown = unsaved ? newEntryNotSaved : norwegian.editor.editorToolbar.changesSaved;
  // Its text node changed, not replaced: React keeps its own. Not in Decap's green for «saved».
  const text = status.firstChild;
  if (text?.nodeType === Node.TEXT_NODE && text.data !== shown) text.data = shown;
  const color = unsaved ? '#545b66' : '';
  if (status.style.color !== color) status.style.color = color;
};
// Decap's toolbar says «Publisert» of every saved entry without the editorial workflow, and the site may not
// show it (savedStatus, locale.ts): a draft (the site leaves drafts out; they show only in the preview of
// `npm run dev`); a save while the content has errors (`npm run check` fails, and the publish job with it:
// nothing reaches the site, fresh eyes); an entry dated in the future (shown from its date, lib/published.ts);
// and on the published site, where the publish job has yet to check and build it.
const { published } = norwegian.editor.editorToolbar;
// The content check's answer for this entry, saved or opened, in `npm run dev`: 'checking' until its report comes,
// then 'errors' or 'clean'; 'unknown' where no report came. Set by content-report.js.
let contentCheck = 'checking';
const setContentCheck = (state) => {
  contentCheck = state;
  markDraftStatus();
};
const dayFormat = new Intl.DateTimeFormat('nb-NO', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
/** The day, in Norwegian, from which the site shows an entry dated in the future (its date's first day, UTC, as schemas/common.ts reads it); '' for others and for an event (its date is when it takes place). */
const shownFrom = (entry) => {
  const match = /^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?$/.exec(String(entry?.getIn(['data', 'date']) ?? '').trim());
  if (!match || entry?.getIn(['data', 'draft']) === true || occasionCollections.includes(entry?.get('collection'))) return '';
  const day = new Date(`${match[1]}-${match[2] ?? '01'}-${match[3] ?? '01'}T00:00:00Z`);
  return day.getTime() > Date.now() ? dayFormat.format(day) : '';
};
/** The toolbar's word for the saved entry, and its title. */
const statusOf = (entry) => {
  if (entry?.getIn(['data', 'draft']) === true) return [savedAsDraft, savedAsDraftTitle];
  if (checkAfterSave && contentCheck === 'errors') return [savedStatus.withErrors, savedStatus.withErrorsTitle];
  if (checkAfterSave && contentCheck === 'checking') return [savedStatus.checking, savedStatus.checkingTitle];
  const from = shownFrom(entry);
  if (from) return [savedStatus.from.replace('%{date}', from), savedStatus.fromTitle.replace('%{date}', from)];
  return checkAfterSave && contentCheck === 'clean' ? [published, ''] : [savedStatus.hosted, savedStatus.hostedTitle];
};
const statusWords = new Set([published, savedAsDraft, savedStatus.checking, savedStatus.withErrors, savedStatus.hosted]);
const isStatusWord = (text) => statusWords.has(text) || text.startsWith(savedStatus.from.replace('%{date}', ''));
const markDraftStatus = () => {
  const entry = decapStore()?.getState().entryDraft.get('entry');
  const [shown, title] = statusOf(entry);
  for (const status of document.querySelectorAll('[class*="-PublishedToolbarButton"], [class*="-PublishedButton"]')) {
    // Its text node changed, not replaced: React keeps its own, and writes «Publisert» again when it renders.
    const text = [...status.childNodes].find((node) => node.nodeType === Node.TEXT_NODE && isStatusWord(node.data));
    if (text && text.data !== shown) text.data = shown;
    if ((status.getAttribute('title') ?? '') !== title) title ? status.setAttribute('title', title) : status.removeAttribute('title');
  }
};
