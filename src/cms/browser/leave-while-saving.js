// A save takes a moment: the file is written, and a new entry is loaded again under its file's name. A step away in
// that moment did harm. From a new entry, Decap put the saved entry into whatever form was open when the save ended,
// and what was typed there was gone (fresh eyes: «Publiser nå», the back arrow and «Ny» within a second; its save's
// end marks that form saved, gives it the first entry's file name, and fills it with that entry). From an entry,
// Decap asked «Endringene dine er ikke lagret …» of a save on its way. So a step away while a save is under way waits
// for it: the back arrow, a link, the browser's Back or a typed address. The toolbar says «Lagrer …» meanwhile, and
// the step is taken once the save has ended; refused, the form has unsaved changes, and Decap asks as it does then.
/** Whether a save (or, in the editorial workflow, a publish) has started and not yet ended. */
let saveUnderWay = false;
/** The step away asked for during the save, taken when it ends. */
let heldStep;
/** Whether the save under way is a new entry's first: Decap steps to the entry's address after it. */
let newRecordSaving = false;
/** The save's end, once it is due (Decap drawn, or a saved new entry at its address). */
let saveEndTimer;
/** The longest a saved new entry waits for Decap to step to its address before a held step is taken anyway. */
const stepAfterSaveWait = 15_000;
const markSavingStatus = () => {
  if (!saveUnderWay) return;
  const shown = heldStep ? savingStatus.leaving : savingStatus.saving;
  for (const status of document.querySelectorAll('[class*="-BackStatusChanged"], [class*="-BackStatusUnchanged"]')) {
    // Its text node changed, not replaced: React keeps its own (as markNewEntryStatus does).
    const text = status.firstChild;
    if (text?.nodeType === Node.TEXT_NODE && text.data !== shown) text.data = shown;
    // Not in Decap's red for unsaved changes: nothing is wrong.
    if (status.style.color !== savingColor) status.style.color = savingColor;
  }
};
const savingColor = 'rgb(84, 91, 102)';
const endSave = () => {
  clearTimeout(saveEndTimer);
  saveEndTimer = undefined;
  saveUnderWay = false;
  newRecordSaving = false;
  for (const status of document.querySelectorAll('[class*="-BackStatusChanged"]')) {
    const text = status.firstChild;
    if (text?.nodeType === Node.TEXT_NODE) text.data = norwegian.editor.editorToolbar.unsavedChanges;
    status.style.color = '';
  }
  markNewEntryStatus();
  const step = heldStep;
  heldStep = undefined;
  step?.();
};
const hold = (step) => {
  heldStep = step;
  markSavingStatus();
};
/** Follows Decap's draft: a save starts, ends, and a new entry's then waits for Decap's step to its address. */
const followSave = (store) => {
  const entry = store.getState().entryDraft.get('entry');
  const busy = Boolean(entry?.get('isPersisting') || entry?.get('isPublishing'));
  if (busy) {
    if (!saveUnderWay) newRecordSaving = Boolean(entry.get('newRecord'));
    saveUnderWay = true;
    return markSavingStatus();
  }
  if (!saveUnderWay || saveEndTimer) return;
  // Saved, a new entry has its file's name now, and Decap loads it and steps to its address next: that step ends it.
  if (newRecordSaving && entry?.get('slug') && newEntryOf(location.href)) {
    saveEndTimer = setTimeout(endSave, stepAfterSaveWait);
    return markSavingStatus();
  }
  endSaveDrawn();
};
/** Ends the save once Decap's editor has drawn its end: until then it still holds the form changed, and asks on leaving. */
const endSaveDrawn = () => {
  clearTimeout(saveEndTimer);
  saveEndTimer = setTimeout(endSave, drawnWait);
};
/** Long enough for React to draw what the store says (it draws at the next frame at the latest). */
const drawnWait = 100;
const watchSave = storeWatcher(followSave);
let stepsHeld = false;
/** Once Decap's router is drawn: its steps away (push, and back or forward) wait while a save is under way. */
const holdDecapSteps = () => {
  const decapSteps = !stepsHeld && decapHistory();
  if (!decapSteps) return;
  stepsHeld = true;
  for (const name of ['push', 'go', 'goBack', 'goForward']) {
    const step = decapSteps[name];
    decapSteps[name] = (...args) => (saveUnderWay ? hold(() => decapSteps[name](...args)) : step.apply(decapSteps, args));
  }
  // Decap's own step to a new entry's address (a replace) ends its save.
  decapSteps.listen((location) => saveUnderWay && saveEndTimer && !newEntryOf(`#${location.pathname}`) && endSaveDrawn());
};
const watchLeavesWhileSaving = () => {
  watchSave();
  holdDecapSteps();
};
/** Whether a change of the address is Decap's own step (its router is there already), not the browser's Back or a typed address. */
const isDecapStep = (event) => {
  const at = decapHistory()?.location;
  return Boolean(at) && new URL(event.newURL).hash === `#${at.pathname}${at.search}`;
};
// Before entry-switch.js's: the address is put back, and the step taken once the save has ended.
window.addEventListener(
  'hashchange',
  (event) => {
    if (!saveUnderWay || isDecapStep(event)) return;
    event.stopImmediatePropagation();
    history.replaceState(history.state, '', event.oldURL);
    hold(() => location.assign(event.newURL));
  },
  true,
);
