// Decap checks the fields again only at the next save. A field in a list or a group that the user had fixed after a
// refused save stayed red, kept its error text and aria-invalid (a screen reader still said «ugyldig»), and the refusal
// above the form still named it as wrong, until they saved again; a field of the form's own lost its mark at any change
// (Decap's EditorControl clears it), whether it was right or still wrong. A field marked since the form opened (Decap's
// mark or ours, markFieldError) is checked again by Decap's own check of that field (its widget's `validate`: required,
// pattern, range, our widgets' own) each time its value is no longer the one checked: the mark goes when the field
// passes (ours, a rule Decap does not know, once the value differs from the one refused) and stays, with what is wrong
// now, while it does not. The refusal's line of a field that passes is struck through and says «(rettet)», in its place
// (the box does not shrink and move the field being typed in), and the box is not read out again at each change (an
// alert is read out whole again at any change of its text). A fact's mark has a rule of its own (fact-marks.js).
/** Decap's widget of the field with id `id` (a React component with `validate` and the field's value), or undefined. */
const widgetOf = (id) => {
  for (const element of [document.getElementById(id), ...controlsOf(id)]) {
    const key = element && Object.keys(element).find((name) => name.startsWith('__reactFiber$'));
    for (let fiber = key ? element[key] : undefined; fiber; fiber = fiber.return)
      if (typeof fiber.stateNode?.validate === 'function' && fiber.stateNode.props?.uniqueFieldId === id) return fiber.stateNode;
  }
  return undefined;
};
/**
 * The field's widget's errors made Decap's again, as its check at a save makes them: a list's are the number of its
 * items (ListControl.validate), its items' fields left as they are; another field's its widget's checks.
 */
const checkAgain = (widget) => {
  const control = widget.innerWrappedControl;
  if (typeof control?.validateSize === 'function') control.props.onValidateObject(control.props.forID, control.validateSize());
  else widget.validate();
};
/** The fields marked since the form opened, by id: their errors as checked last and the value checked (a fact's too, for its line). */
let watchedFields = new Map();
let watchedDraft;
let checkFrame;
const fieldsFixed = (store) => {
  const draft = store.getState().entryDraft;
  if (draft.get('key') !== watchedDraft) {
    watchedDraft = draft.get('key');
    watchedFields = new Map();
  }
  for (const [id, errors] of draft.get('fieldsErrors')?.entries() ?? []) {
    if (errorCount(errors) === 0 || watchedFields.get(id)?.errors === errors) continue;
    const widget = widgetOf(id);
    if (widget) watchedFields.set(id, { errors, value: widget.props.value });
  }
  if (watchedFields.size === 0) return;
  // Once Decap has drawn the new value (the widget's props), before the frame is painted: a field still wrong is not
  // seen unmarked between two keys.
  if (checkFrame === undefined) checkFrame = requestAnimationFrame(() => checkFixedFields(store));
};
const checkFixedFields = (store) => {
  checkFrame = undefined;
  const errorsOf = (id) => store.getState().entryDraft.getIn(['fieldsErrors', id]);
  for (const [id, seen] of watchedFields) {
    const widget = inForm(id) && !factMarks.has(id) ? widgetOf(id) : undefined;
    // Checked again when its value changed, or its errors did without it (Decap clears them at any change of the
    // field, even one that leaves its value as it was: the text editor's as it is focused, the empty text then unmarked).
    if (!widget || (widget.props.value === seen.value && errorsOf(id) === seen.errors)) continue;
    seen.value = widget.props.value;
    checkAgain(widget);
    seen.errors = errorsOf(id);
  }
  strikeFixedLines(store);
};
/** The refusal's lines (and a refusal of one line, its heading) whose field has no error left: struck through, «(rettet)». */
const strikeFixedLines = (store) => {
  if (!shown || !refusalShown || !notice.isConnected) return;
  for (const link of notice.querySelectorAll('a[href^="#"]')) {
    const id = link.getAttribute('href').slice(1);
    const line = link.closest('li, p');
    if (!fieldPattern.test(id) || !line || !watchedFields.has(id)) continue;
    const fixed = !hasFieldError(store, id);
    const said = line.querySelector(':scope > .rettet');
    if (fixed === Boolean(said)) continue;
    // Read out once, as the refusal came; not again at each field fixed.
    notice.setAttribute('aria-live', 'off');
    line.style.textDecoration = fixed ? 'line-through' : '';
    line.style.color = fixed ? '#4a4a4a' : '';
    if (!fixed) {
      said.remove();
      continue;
    }
    const mark = document.createElement('span');
    mark.className = 'rettet';
    // Not struck through itself (an inline block does not take its line's); its space kept, for the line's text.
    mark.style.cssText = 'display:inline-block;white-space:pre-wrap;color:#2e6b30;font-weight:700';
    mark.textContent = ' (rettet)';
    line.append(mark);
  }
};
const watchFixedFields = storeWatcher(fieldsFixed);
