// A field Decap or the page's own checks mark (its draft's fieldsErrors: a red frame, what is wrong under its label)
// was marked for the eye only: a screen reader said nothing of it at the field (WCAG 3.3.1, 4.1.2). Each marked
// field's controls (a text box, a pick-list's input, the text editor) carry aria-invalid and are described by what is
// wrong there (Decap's list of the field's errors, given an id); both go when the mark goes, however it went.
// A list's own error (too few items) is the list's: the fields of its items are not marked by it.
/** The controls marked now, each with the id of the errors it is described by (or ''). */
let invalidControls = new Map();
/** Whether `control` stands in an item of a list within `field` (a list's own error does not mark its items). */
const inListItem = (control, field) => {
  if (control === field || !field?.contains(control)) return false;
  for (let at = control.parentElement; at && at !== field; at = at.parentElement)
    if (at.querySelector(':scope > [class*="StyledListItemTopBar"]')) return true;
  return false;
};
/** Decap's list of the errors of the field with id `id` (beside its label), given an id of its own, or undefined. */
const errorListOf = (id) => {
  const list = document.querySelector(`label[for="${CSS.escape(id)}"]`)?.parentElement?.querySelector(':scope > ul');
  if (!list || !list.textContent.trim()) return undefined;
  if (!list.id) list.id = `${id}-feil`;
  return list.id;
};
const describedBy = (control) => (control.getAttribute('aria-describedby') ?? '').split(/\s+/).filter(Boolean);
const setDescribedBy = (control, ids) => (ids.length > 0 ? control.setAttribute('aria-describedby', ids.join(' ')) : control.removeAttribute('aria-describedby'));
const markedFieldsInvalid = () => {
  const errors = decapStore()?.getState().entryDraft.get('fieldsErrors');
  const now = new Map();
  for (const [id, list] of errors?.entries() ?? []) {
    if (errorCount(list) === 0) continue;
    const field = fieldElementOf(id);
    const said = errorListOf(id) ?? '';
    for (const control of controlsOf(id)) if (!inListItem(control, field) && !now.get(control)) now.set(control, said);
  }
  for (const [control, said] of invalidControls) {
    if (now.get(control) === said) continue;
    if (!now.has(control)) control.removeAttribute('aria-invalid');
    if (said) setDescribedBy(control, describedBy(control).filter((token) => token !== said));
  }
  for (const [control, said] of now) {
    if (control.getAttribute('aria-invalid') !== 'true') control.setAttribute('aria-invalid', 'true');
    const ids = describedBy(control);
    if (said && !ids.includes(said)) setDescribedBy(control, [...ids, said]);
  }
  invalidControls = now;
};
