// A field's error stays in Decap's draft (its fieldsErrors, by the field's id) after the field is gone, when the error
// does not name the list item around it: Decap's list takes away, with an item, only the errors that do (its
// handleRemove, by the errors' parentIds), and the errors of our own widgets (a text of only spaces, a figure that is
// no number) and our own marks (fact-marks.js markFieldError) do not. Decap then refused every save while the error was
// left, and said nothing, as it says only that a field is empty (its persistEntry): a figure table's row, a story's key
// figure or quote removed after its field was refused, and «Publiser nå» did nothing (fresh eyes). An error is kept only
// for a field still in the form (its label or control drawn; a closed item's fields are drawn, hidden): the others go
// at each change of the page and of Decap's store, so also right before Decap's own check at a save reads them.
/** Whether the field with Decap's id `id` is in the form. */
const inForm = (id) => Boolean(document.getElementById(id) ?? document.querySelector(`label[for="${CSS.escape(id)}"]`));
let droppingErrors = false;
const dropErrorsOfRemovedFields = (store) => {
  const errors = store?.getState().entryDraft.get('fieldsErrors');
  if (droppingErrors || !errors || errors.isEmpty() || !document.querySelector('[class*="ControlPaneContainer"]')) return;
  const gone = [...errors.keys()].filter((id) => !inForm(id));
  if (gone.length === 0) return;
  droppingErrors = true;
  try {
    for (const id of gone) store.dispatch({ type: 'DRAFT_CLEAR_ERRORS', payload: { uniqueFieldId: id } });
  } finally {
    droppingErrors = false;
  }
};
let formStore;
const watchRemovedFields = storeWatcher(
  (store) => {
    formStore = store;
    dropErrorsOfRemovedFields(store);
  },
  { atOnce: true },
);
const removedFieldsGo = () => {
  watchRemovedFields();
  dropErrorsOfRemovedFields(formStore);
};
