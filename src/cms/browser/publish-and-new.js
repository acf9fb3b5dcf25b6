// «Publiser og lag nytt» and «Publiser og dupliser» on a new entry kept the saved entry in the form, and the
// next save wrote over its file: the first news item of two was lost without a word (fresh eyes; Decap's
// own issues #3544 and #4294). «Publiser og lag nytt» is done here instead: «Publiser nå», and once it has
// saved, the new entry's form loaded afresh. «Publiser og dupliser» is not offered (the same fault).
const { publishNow, publishAndCreateNew, publishAndDuplicate } = norwegian.editor.editorToolbar;
const menuItem = (target) => (target instanceof Element ? target.closest('[role="menuitem"]') : null);
let reloading = false;
const justSavedKey = 'kompetansebanken-lagret';
// Decap asks «ikke lagret …?» on leaving; after a save there is nothing to lose.
window.addEventListener('beforeunload', (event) => reloading && event.stopImmediatePropagation(), true);
const publishThenNew = (item) => {
  const store = decapStore();
  const publish = [...(item.parentElement?.querySelectorAll('[role="menuitem"]') ?? [])].find((other) => other.textContent?.trim() === publishNow);
  const collection = store?.getState().entryDraft.getIn(['entry', 'collection']);
  if (!store || !publish || !collection) return;
  let started = false;
  const unsubscribe = store.subscribe(() => {
    const draft = store.getState().entryDraft;
    const persisting = Boolean(draft.getIn(['entry', 'isPersisting']));
    if (persisting) started = true;
    if (!started || persisting) return;
    unsubscribe();
    // Not saved (the backend refused): Decap says why, and the form stays as it was. Saved, a new entry
    // keeps Decap's «newRecord» with its file's name (slug) set: that draft in the next form was the fault.
    if (draft.get('hasChanged') || !draft.getIn(['entry', 'slug'])) return;
    // The fresh form says what was saved, and the check's answer for it (sayJustSaved), as «Publiser nå» does.
    sessionStorage.setItem(justSavedKey, JSON.stringify({ collection, slug: draft.getIn(['entry', 'slug']), title: draft.getIn(['entry', 'data', 'title']) ?? '' }));
    // Once Decap's copy of the form just saved is deleted (published-backup.js): the reload would keep it, and the new
    // form offered to restore it.
    void backupsDeleted.then(() => {
      reloading = true;
      location.hash = `#/collections/${collection}/new`;
      location.reload();
    });
  });
  // Refused before saving (a required field, a date), nothing starts: Decap marks the field, and a later
  // «Publiser nå» is only that.
  setTimeout(() => started || unsubscribe(), 3000);
  publish.click();
};
const hideDuplicate = () => {
  for (const item of document.querySelectorAll('[role="menuitem"]'))
    if (item.textContent?.trim() === publishAndDuplicate && item.style.display !== 'none') item.style.display = 'none';
};
// A save refused at a field (a date written 17.10.2007, a title of punctuation) said so only at the field, often
// out of sight above, and nothing seemed to happen (fresh eyes): the form is brought to the first such message. Not
// on a phone once the refusal is in the form's flow above the fields (field-refusal.js): it names them all, each a link.
const showFirstFieldError = () => {
  if (shown && getComputedStyle(notice).position === 'static') return;
  document.querySelector('[class*="ControlErrorsList"]:not(:empty)')?.scrollIntoView({ block: 'center' });
};
const onMenuChoice = (event) => {
  const item = menuItem(event.target);
  const text = item?.textContent?.trim();
  if (event.type === 'keydown' && event.key !== 'Enter' && event.key !== ' ') return;
  // Decap checks the fields at once and draws their messages on its next render.
  if (text === publishNow) return void setTimeout(showFirstFieldError, 200);
  if (text !== publishAndCreateNew && text !== publishAndDuplicate) return;
  event.preventDefault();
  event.stopImmediatePropagation();
  if (text === publishAndCreateNew) publishThenNew(item);
};
document.addEventListener('click', onMenuChoice, true);
document.addEventListener('keydown', onMenuChoice, true);
// After «Publiser og lag nytt» (publishThenNew): the saved entry named, with the check's problems in it, if any.
const sayJustSaved = () => {
  const saved = JSON.parse(sessionStorage.getItem(justSavedKey) ?? 'null');
  sessionStorage.removeItem(justSavedKey);
  if (!saved) return;
  const name = inQuotes(saved.title || saved.slug);
  const address = `#/collections/${saved.collection}/entries/${saved.slug}`;
  const open = { text: `Åpne ${name}`, href: address };
  if (!checkAfterSave) return showNotice(`${name} er lagret.`, [open], false);
  fetchReport()
    .then((report) => {
      const mine = problemsAt(report, address);
      if (mine.length === 0) return showNotice(`${name} er lagret.`, [open], false);
      showProblems(mine, [], `${name} er lagret, men har feil. ${heldBack(mine.length)}:`, [open]);
    })
    .catch(() => showNotice(`${name} er lagret.`, [open], false));
};
