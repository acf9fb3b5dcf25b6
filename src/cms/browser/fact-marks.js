// A story's fact cited the wrong way for its kind is refused at the save (save-refusals.js) and marked at its field.
const used = (value) => typeof value?.get === 'function' && [...value.values()].some(filled);
/** Each fact of the story cited the wrong way: { rule, index, fault, field (to fix it in) }, in the form's order. */
const factFaults = (entry, rules) => {
  const isNew = entry.getIn(['data', 'newItem']) === true;
  return rules.facts.flatMap((rule) => {
    const value = entry.getIn(['data', rule.field]);
    const facts = rule.list ? [...(value?.values?.() ?? [])] : used(value) ? [value] : [];
    return facts.flatMap((fact, index) => {
      const programme = used(fact?.get?.('source'));
      const own = filled(fact?.get?.('sourceText'));
      const [fault] = window.kompetansebankenFactSourceFaults(isNew, programme, own);
      return fault ? [{ rule, index, fault, field: rules.faultFields[fault] }] : [];
    });
  });
};
// The field a refused fact is fixed in carries Decap's own field error (its draft's fieldsErrors, by the field's
// id: red frame, the message under its label, the list around it marked; aria-invalid, invalid-fields.js), and is
// brought into view.
// The mark goes once that fact is cited right (or the switch is turned), however it was fixed.
const fieldPattern = /-field-\d+$/;
/** The id Decap gives a field named `name` (its label's «for»), the first in `container`. */
const fieldIdIn = (container, name) => container?.querySelector(`label[for^="${CSS.escape(name)}-field-"]`)?.htmlFor;
/** The element of a story's fact: a list's item `index`, or the group. */
const factElement = (rule, index) => {
  const root = document.getElementById(fieldIdIn(document, rule.field) ?? '');
  if (!root || !rule.list) return root;
  return itemsOf(root)[index] ?? root;
};
/**
 * The id of the field at `path`, as the check names a field («sources (nr. 2) → page», content-check/problem.ts
 * fieldPath): the field itself, or the nearest field around it the form draws (a list whose item is closed); undefined
 * when not even the first is in the form.
 */
const fieldIdAt = (path) => {
  let container = document;
  let found;
  for (const part of path.split(' → ')) {
    const [, name, number] = /^(.*?)(?: \(nr\. (\d+)\))?$/.exec(part) ?? [];
    const id = fieldIdIn(container, name);
    if (!id) return found;
    found = id;
    container = document.getElementById(id);
    if (number === undefined) continue;
    const item = container && itemsOf(container)[Number(number) - 1];
    if (!item) return found;
    container = item;
  }
  return found;
};
/** What can be typed in: a text box, or the text editor (a contenteditable block). */
const typedControls = 'input:not([type="hidden"]), textarea, [contenteditable="true"]';
/**
 * The field with id `id` in the form: the element of that id, or, for a widget whose control has none (the text
 * editor, whose label points at «body-field-17»: a refusal's link to it did nothing; fresh eyes), the box its label
 * stands in with that control (the label's parent, or the one above it: never as far as the form).
 */
const fieldElementOf = (id) => {
  const own = document.getElementById(id);
  if (own) return own;
  let at = document.querySelector(`label[for="${CSS.escape(id)}"]`)?.parentElement;
  for (let depth = 0; at && depth < 2; depth++, at = at.parentElement) if (at.querySelector(typedControls)) return at;
  return undefined;
};
/** The text boxes of the field with id `id`: itself, or a group's (a document's pick-list and its page). */
const controlsOf = (id) => {
  const element = fieldElementOf(id);
  if (!element) return [];
  return element.matches(typedControls) ? [element] : [...element.querySelectorAll(typedControls)];
};
/** Decap's own mark at the field with id `id` (its draft's fieldsErrors): a red frame, `message` under its label, the groups and lists around it marked. */
const markFieldError = (store, id, message) => {
  const parentIds = [];
  for (let at = document.getElementById(id)?.parentElement?.closest('[id]'); at; at = at.parentElement?.closest('[id]'))
    if (fieldPattern.test(at.id)) parentIds.push(at.id);
  store.dispatch({ type: 'DRAFT_VALIDATION_ERRORS', payload: { uniquefieldId: id, errors: [{ type: 'CUSTOM', parentIds, message }] } });
};
let factMarks = new Map();
let factMarksDraft;
const markFacts = (faults) => {
  const store = decapStore();
  if (!store) return;
  clearFactMarks(store, () => true);
  factMarksDraft = store.getState().entryDraft.get('key');
  for (const { rule, index, fault, field } of faults) {
    const item = factElement(rule, index);
    // The item closed (its fields not drawn): the list is marked, saying which item.
    const own = fieldIdIn(item, field);
    const id = own ?? (item?.id || document.getElementById(fieldIdIn(document, rule.field) ?? '')?.id);
    if (!id || factMarks.has(id)) continue;
    const said = window.kompetansebankenFieldSentence(bareLabel(fieldLabelOf(id) ?? rule.label), rule.messages[fault]);
    markFieldError(store, id, !own && rule.list ? `Nr. ${index + 1}: ${said}` : said);
    factMarks.set(id, { rule, index, fault });
  }
  const first = factMarks.keys().next().value;
  // Once Decap has drawn the message: the field in view, a text field focused.
  if (first) setTimeout(() => bringToField(first), 100);
};
/** The form brought to the field with id `id` (in the middle of the screen), its first text box focused. */
const bringToField = (id) => {
  fieldElementOf(id)?.scrollIntoView({ block: 'center' });
  controlsOf(id)[0]?.focus({ preventScroll: true });
};
/** Takes away the marks for which `done(mark, id)` is true. */
const clearFactMarks = (store, done) => {
  for (const [id, mark] of [...factMarks]) {
    if (!done(mark, id)) continue;
    factMarks.delete(id);
    if (store.getState().entryDraft.hasIn(['fieldsErrors', id])) store.dispatch({ type: 'DRAFT_VALIDATION_ERRORS', payload: { uniquefieldId: id, errors: [] } });
  }
};
let checkingFactMarks = false;
const watchFactMarks = (store) => {
  if (factMarks.size === 0 || checkingFactMarks) return;
  checkingFactMarks = true;
  try {
    const draft = store.getState().entryDraft;
    const entry = draft.get('entry');
    const rules = entry && newItemRules[entry.get('collection')];
    // Another entry or a new form: Decap's own errors went with the draft.
    if (!rules || draft.get('key') !== factMarksDraft) return clearFactMarks(store, () => true);
    const faults = factFaults(entry, rules);
    // A mark goes with its field (the fact removed: removed-fields.js), or once that fact is cited right.
    clearFactMarks(store, (mark, id) => !inForm(id) || !faults.some((fault) => fault.rule.field === mark.rule.field && fault.index === mark.index && fault.fault === mark.fault));
  } finally {
    checkingFactMarks = false;
  }
};
let switchSeen;
const watchFactMarksAndHints = storeWatcher((store) => {
  watchFactMarks(store);
  // The switch turned changes no text Decap draws: its hints follow the store.
  const isNew = store.getState().entryDraft.getIn(['entry', 'data', 'newItem']);
  if (isNew !== switchSeen) {
    switchSeen = isNew;
    requestAnimationFrame(hintsBySwitch);
  }
});
