// A save refused (the CMS page's own checks before the save, save-refusals.js; Decap's, for a field left empty or
// wrong; the backend's) was a toast that closed after 8 seconds, before its long message could be read (fresh
// eyes), and it stood over «Publiser». It stands in the notice above the form instead (notices.js: an alert, read
// out at once), until «Lukk», the next save or another entry; Decap's toast of it is never drawn (it is dismissed
// in the store before React draws the toast).
// A save Decap's own check of the fields refuses is named field by field (field-refusal.js): its toast for an empty
// field («Noe i skjemaet mangler …», none for any other error) is dismissed, not shown.
const refusalKeys = new Set(['ui.toast.onFailToPersist']);
const fieldRefusalKey = 'ui.toast.missingRequiredField';
/** The text of the refusal shown in the notice, '' when none is. */
let refusalShown = '';
/** Its heading's element (the notice shows the refusal while it is the notice's first). */
let refusalTitle;
/**
 * A refusal of the save shown in the notice, under `heading`: it goes when the next save starts. It stands in the
 * form's flow above the fields, as tall as its lines: kept at the top of the pane at 1 280 px, four lines scrolled
 * within it, cut mid-sentence («… i lister, søket og»), and it covered «Tittel» and the message at it (fresh eyes).
 */
const showRefusal = (heading, items, marked, headingLine) => {
  refusalShown = heading;
  showNotice(heading, items, true, true, { inFlow: true, marked, headingLine });
  refusalTitle = notice.firstChild;
};
/** The lines the page's own checks refused the last save with (refusalsBeforeSave): which field each names. */
let ownRefusal = [];
/**
 * `item` (a line's link to its field: its label, fieldItem) made the part of the line `text` that names the field: its
 * label, or the first of the labels of the lists and groups it is in, in «» («Nøkkeltall» in «Nøkkeltall» nr. 1: …), or,
 * with `word`, a word that begins with one of them («Tittelen» …); undefined when the line names none.
 */
const linkInLine = (item, text, word = false) => {
  // By the field's whole label, as the line names it («Tekst (Markdown)»), not the bare name its sentence gives it.
  const label = item.label ?? item.text;
  const inner = label.split(' → ').map((part) => part.replace(/ \(nr\. \d+\)$/, '')).reverse();
  const quoted = [label, ...inner].find((name) => text.includes(`«${name}»`));
  let [at, name] = quoted ? [text.indexOf(`«${quoted}»`) + 1, quoted] : [-1, ''];
  if (!quoted && word) {
    // Without its explanation in brackets («Dato (ÅÅÅÅ-MM-DD …)» → «Dato»), at a word's start.
    const bare = inner.map((label) => label.replace(/\s*\([^)]*\)$/, '').replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).filter(Boolean);
    const found = bare.map((label) => new RegExp(`(?<=^|[\\s(])${label}\\p{L}*`, 'iu').exec(text)).find(Boolean);
    if (found) [at, name] = [found.index, found[0]];
  }
  if (at === -1) return undefined;
  return { ...item, text: name, before: text.slice(0, at), detail: undefined, after: text.slice(at + name.length) };
};
/**
 * `items` of a refusal by the page's own checks (Decap's toast of `ownRefusal`), each line that names a field a link to
 * the field, and each such field marked (field-refusal.js): the field's label in the line («Ingress») made the link,
 * the text as it was (linkInLine); otherwise the field's label a link before the line, as the refusal at the fields has
 * it (a line of the text's check, «Linjen som begynner …», named no field and went nowhere). With `word`, a word that
 * begins with the label is the link too.
 */
const linkedRefusalItems = (items, word = false) => {
  const store = decapStore();
  if (!store) return items;
  const said = new Map(ownRefusalItems(store, ownRefusal).map(({ item }, index) => [ownRefusal[index].text, item]));
  return items.map((text) => {
    const item = said.get(text);
    return typeof item === 'object' ? (linkInLine(item, text, word) ?? item) : text;
  });
};
let persisting = false;
const noticeRefusals = (store) => {
  const state = store.getState();
  // A save starting: the refusal before it is over (refused again, it says so again, after this).
  const started = !persisting && Boolean(state.entryDraft.getIn(['entry', 'isPersisting']));
  persisting = Boolean(state.entryDraft.getIn(['entry', 'isPersisting']));
  if (started && refusalShown) {
    if (shown && notice.firstChild === refusalTitle) hideNotice();
    refusalShown = '';
  }
  for (const notification of state.notifications?.notifications ?? []) {
    const key = notification.message?.key;
    if (!refusalKeys.has(key) && key !== fieldRefusalKey) continue;
    store.dispatch({ type: 'NOTIFICATION_DISMISS', id: notification.id });
    if (key === fieldRefusalKey) continue;
    const text = key.split('.').reduce((at, name) => at?.[name], norwegian);
    if (typeof text !== 'string') continue;
    // As Decap's toast said it (its details an error: «Error: …», which translations.js leaves out).
    // Several refusals come a line each (save-refusals.js): under «Kunne ikke lagre:», a list, not one run-on paragraph.
    // The first line is the heading when it ends in «:» («Disse i «Tekst» … er ikke lagret:»); else «Kunne ikke lagre:» is.
    const [first, ...more] = translate(fill(text, { details: String(notification.message.details ?? '') })).split('\n');
    const lead = first.indexOf(': ') + 1;
    const [heading, items] = more.length === 0 || first.endsWith(':') || lead === 0 ? [first, more] : [first.slice(0, lead), [first.slice(lead + 1), ...more]];
    // The heading alone (a refusal of one line) links to its field as a line does, after «Kunne ikke lagre:» (it was
    // marked, but had no link): a word of it, where one names the field («Tittelen …»), as a label before it made it
    // a line taller on a phone. Whether the form was marked before these marks decides whether it is brought to the
    // refusal (notices.js showNotice).
    const marked = formMarked();
    refusalLinkUsed = false;
    const [line] = items.length === 0 && lead > 0 ? linkedRefusalItems([first.slice(lead + 1)], true) : [];
    showRefusal(heading, linkedRefusalItems(items), marked, typeof line === 'object' ? line : undefined);
  }
};
const watchRefusals = storeWatcher(noticeRefusals);
// Decap rejects its own save promise with the failure's store action once it has said so (actions/entries.ts
// persistEntry), and its editor does not catch it: each refused save logged an uncaught error whose message was
// «undefined», which hid a real error among them. The refusal is shown above (the notice); the rejection is handled.
// A save Decap's own checks refuse (a field left empty or wrong, marked at the field) is rejected with nothing at all:
// the only sign of such a refusal, whatever the kind of error, so it is said here (field-refusal.js).
const refusedByFields = (reason) => reason === undefined && decapStore()?.getState().entryDraft.get('fieldsErrors')?.isEmpty() === false;
window.addEventListener('unhandledrejection', (event) => {
  if (event.reason?.type === 'ENTRY_PERSIST_FAILURE') event.preventDefault();
  else if (refusedByFields(event.reason)) {
    event.preventDefault();
    sayFieldRefusal();
  }
});
