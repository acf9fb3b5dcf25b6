// A save Decap's own check of the fields refuses (run before the save, it never asks preSave) said so above the form
// only for a field left empty, and then only «Noe i skjemaet mangler …»: a pattern's error, a number out of range, a
// date that does not exist or our widgets' own messages only turned the field red, and on a phone, the field out of
// sight, nothing seemed to happen (fresh eyes). And what the CMS page's own checks refuse (save-refusals.js: a title
// another entry has) waited for the next save: a news item was refused for its date, then for its title. Every such
// refusal now names, above the form, each field with an error (its label as the form shows it, a link to it, and what
// to write, field-refusals.ts), whatever the kind, and what the page's own checks refuse, all at once.
/** The label of the field with id `id` as the form shows it, without Decap's «(valgfritt)» (a span of its own). */
const fieldLabelOf = (id) => {
  const label = document.querySelector(`label[for="${CSS.escape(id)}"]`);
  if (!label) return undefined;
  const own = [...label.childNodes].filter((node) => node.nodeType === Node.TEXT_NODE).map((node) => node.textContent).join('').trim();
  return own || label.textContent?.trim() || undefined;
};
/**
 * The field with id `id` where it stands in the form: `path` as the check names it («sources (nr. 2) → page»,
 * content-check/problem.ts fieldPath) and `label` as the check and the form name it («Kilder (nr. 2) → Side i PDF-en»),
 * each list's item by its number. Two sources' pages were both «Side i PDF-en», and a refusal of the one hid what was
 * wrong with the other (fresh eyes).
 */
/** A field's label without its explanation in brackets («Dato (ÅÅÅÅ-MM-DD, …)» → «Dato»), as a message names it. */
const bareLabel = (label) => label.replace(/\s*\([^)]*\)$/, '');
const fieldPlaceOf = (id) => {
  const name = id.replace(fieldPattern, '');
  const chain = [];
  for (let at = document.getElementById(id); at; at = at.parentElement?.closest('[id]')) if (fieldPattern.test(at.id)) chain.unshift(at);
  if (chain.length === 0) return { path: name, label: fieldLabelOf(id) ?? name };
  const parts = chain.map((element, index) => {
    const inner = chain[index + 1];
    const number = inner ? itemsOf(element).findIndex((item) => item.contains(inner)) : -1;
    const place = number === -1 ? '' : ` (nr. ${number + 1})`;
    const own = element.id.replace(fieldPattern, '');
    return { name: `${own}${place}`, label: `${fieldLabelOf(element.id) ?? own}${place}` };
  });
  // An item of a list of single values (an event's «Steder») is its own field, named as the list («places»): its place
  // is the item, as the check names it («places (nr. 1)»). Named «places (nr. 1) → places», the check's own line for
  // the same empty item was said as well (fresh eyes: «Sted» twice).
  const itemOfList = (name, index) => index > 0 && / \(nr\. \d+\)$/.test(parts[index - 1].name) && name === parts[index - 1].name.replace(/ \(nr\. \d+\)$/, '');
  const names = parts.map((part) => part.name).filter((name, index) => !itemOfList(name, index));
  return { path: names.join(' → '), label: parts.map((part) => part.label).join(' → ') };
};
/** The value at `path` («sources (nr. 3)», as fieldPlaceOf names a place) in an entry's `data`. */
const valueAt = (data, path) =>
  path.split(' → ').reduce((at, part) => {
    const [, name, number] = /^(.*?)(?: \(nr\. (\d+)\))?$/.exec(part) ?? [];
    const value = at?.get?.(name);
    return number === undefined ? value : value?.get?.(Number(number) - 1);
  }, data);
/**
 * For a field at `path` in a list's item with nothing filled in (an extra source added and left), that the item can be
 * removed, by its cross's name as a screen reader says it (button-names.js: «Fjern kilde 3»); '' otherwise. Said only
 * «Dokument: må fylles ut.», the row seemed to have to be filled in.
 */
const emptyItemAdvice = (store, id, path) => {
  const parts = path.split(' → ');
  // The item the field is in, or the item itself (a list of single values: fieldPlaceOf).
  const itemParts = /\(nr\. \d+\)$/.test(parts.at(-1)) ? parts : parts.slice(0, -1);
  if (itemParts.length === 0 || !/\(nr\. \d+\)$/.test(itemParts.at(-1))) return '';
  const value = valueAt(store.getState().entryDraft.getIn(['entry', 'data']), itemParts.join(' → '));
  if (typeof value?.get === 'function' ? used(value) : filled(value)) return '';
  let item = fieldElementOf(id);
  while (item && !item.querySelector(':scope > [class*="StyledListItemTopBar"]')) item = item.parentElement;
  const name = item?.querySelector(':scope > [class*="StyledListItemTopBar"]')?.children[2]?.getAttribute('aria-label');
  const which = name?.replace(/^Fjern /, '');
  return which && which !== name ? `Ingenting er fylt ut i ${which}: fyll ut, eller fjern ${which} med krysset øverst til høyre («${name}»).` : '';
};
/** The fields with an error in Decap's draft: { id, path, label, detail }. */
const refusedFields = (store) => {
  const errors = store.getState().entryDraft.get('fieldsErrors');
  const fields = [];
  const advised = new Set();
  for (const [id, list] of errors?.entries() ?? []) {
    const all = [...(list ?? [])].filter(Boolean);
    if (all.length === 0) continue;
    const own = fieldLabelOf(id) ?? id.replace(fieldPattern, '');
    // Each error once (a field can have two: a pattern's and its widget's own), in the words the field shows, each a
    // sentence of its own (field-refusals.ts fieldErrorDetails).
    const details = [window.kompetansebankenFieldErrorDetails(own, all.map((error) => error?.message))];
    const place = fieldPlaceOf(id);
    // An empty item's advice once, at its first field named.
    const advice = emptyItemAdvice(store, id, place.path);
    if (advice && !advised.has(advice)) {
      advised.add(advice);
      details.push(advice);
    }
    fields.push({ id, ...place, detail: details.join(' ') });
  }
  return fields;
};
/**
 * Whether a link of the refusal shown has been used (the form taken to a field): said again, late, the refusal then
 * leaves the form where it is (sayFieldRefusal).
 */
let refusalLinkUsed = false;
/**
 * A line of the refusal that names a field: a sentence that begins with its name, as its own mark says it
 * (fieldNamedSentence), the name a link to it (the form brought there, the field focused), then what is wrong.
 */
const fieldItem = (id, label, detail) => {
  const [before, name, after] = window.kompetansebankenFieldNamedSentence(bareLabel(label), detail);
  return {
    before,
    text: name,
    // Its whole label, by which a line of the page's own checks names it (refusal-notice.js linkInLine).
    label,
    href: `#${id}`,
    field: () => {
      refusalLinkUsed = true;
      bringToField(id);
    },
    after,
  };
};
/** Whether the field with id `id`, or one within it (a group's field), is marked already. */
const hasFieldError = (store, id) => {
  const element = document.getElementById(id);
  for (const [marked, errors] of store.getState().entryDraft.get('fieldsErrors')?.entries() ?? [])
    if (errorCount(errors) > 0 && (marked === id || element?.contains(document.getElementById(marked)))) return true;
  return false;
};
/**
 * The page's own checks' `lines` ({ text, field, first }: refusalsBeforeSave) as the refusal's items, each with the id
 * of its field (`at`, for the form's order): a line that names a field (the first of what a check said of it) begins
 * with the field's label, a link to it, as Decap's lines do, and the field is marked there (a red frame, what is
 * wrong under its label) unless a mark is there already. Only in the box, they left the secretariat looking for the
 * field (fresh eyes).
 */
const ownRefusalItems = (store, lines) =>
  lines.map(({ text, field, first }) => {
    const at = field === undefined ? undefined : fieldIdAt(field);
    if (!at || !first) return { item: text, at };
    const { label } = fieldPlaceOf(at);
    const detail = window.kompetansebankenFieldErrorDetail(label, text);
    if (!hasFieldError(store, at)) markFieldError(store, at, window.kompetansebankenFieldSentence(bareLabel(fieldLabelOf(at) ?? label), detail));
    return { item: fieldItem(at, label, detail), at };
  });
/**
 * `entries` ({ item, at: a field's id, if any }) in the form's order, those of no field last: the title's line came
 * after every other field's, though «Tittel» is the form's first field (fresh eyes).
 */
const inFormOrder = (entries) => {
  const elementOf = (id) => id && (document.getElementById(id) ?? document.querySelector(`label[for="${CSS.escape(id)}"]`));
  const placed = entries.map((entry, index) => ({ ...entry, index, element: elementOf(entry.at) }));
  placed.sort((a, b) => {
    if (a.element && b.element && a.element !== b.element) return a.element.compareDocumentPosition(b.element) & Node.DOCUMENT_POSITION_FOLLOWING ? -1 : 1;
    if (Boolean(a.element) !== Boolean(b.element)) return a.element ? -1 : 1;
    return a.index - b.index;
  });
  return placed.map(({ item }) => item);
};
/** The refusal shown: each field at once; with what the page's own checks find, once they have answered. */
let fieldRefusals = 0;
const sayFieldRefusal = async () => {
  const store = decapStore();
  const entry = store?.getState().entryDraft.get('entry');
  const fields = store ? refusedFields(store) : [];
  if (!entry || fields.length === 0) return;
  const run = ++fieldRefusals;
  refusalLinkUsed = false;
  const items = fields.map(({ id, label, detail }) => ({ item: fieldItem(id, label, detail), at: id }));
  const say = (lines, late = false) => {
    // Said again once the page's own checks answer (late): read out again (an alert) and updated, but where the user
    // has gone on, to a field by one of its links or into the form, the form stays there, the focus where it is (it
    // was brought back to the refusal, away from the field just gone to).
    const keep = late && (refusalLinkUsed || paneHasFocus()) ? keptPlace() : undefined;
    showRefusal(fieldRefusalHeading, inFormOrder([...items, ...ownRefusalItems(store, lines)]));
    if (keep) return keep();
    // The notice stands in the form's flow, at its top: it is brought into sight, as the list of what to fix, each
    // field a link (publish-and-new.js showFirstFieldError leaves the form there).
    if (getComputedStyle(notice).position === 'static') bringNoticeIntoSight();
  };
  // The page's own checks (the site's list of entries, the dev server's check of the text) mostly answer at once:
  // waited for a moment, so the refusal is said once, whole; if they take longer, the fields are said first.
  // What Decap refused is left to its messages, field by field: by the field's place, not its name (one source's page
  // refused hid the other's).
  const ours = refusalsBeforeSave(entry, new Set(fields.map(({ path }) => path))).then(
    ({ lines }) => lines,
    () => [],
  );
  const early = await Promise.race([ours, new Promise((resolve) => setTimeout(resolve, 600))]);
  if (run !== fieldRefusals) return;
  say(early ?? []);
  if (early !== undefined) return;
  const lines = await ours;
  if (run === fieldRefusals && lines.length > 0 && shown && refusalShown === fieldRefusalHeading) say(lines, true);
};
/** Whether the focus is in the form's pane (a field, or the refusal above the fields). */
const paneHasFocus = () => Boolean(document.activeElement?.closest('[class*="ControlPaneContainer"]'));
/**
 * The focused element's place, to be kept as the refusal above it is drawn anew: a function that puts the focus back
 * (on a link of the refusal, the link of the same text) and scrolls the form by as much as the element moved.
 */
const keptPlace = () => {
  const focused = document.activeElement === document.body ? undefined : document.activeElement;
  const inNotice = Boolean(focused && notice.contains(focused));
  const text = focused?.textContent;
  const top = focused?.getBoundingClientRect().top;
  return () => {
    const at = inNotice ? [...notice.querySelectorAll('a, button')].find((element) => element.textContent === text) : focused;
    if (!at?.isConnected) return;
    if (inNotice) at.focus({ preventScroll: true });
    const moved = at.getBoundingClientRect().top - top;
    if (moved !== 0) at.closest('[class*="ControlPaneContainer"]')?.scrollBy({ top: moved });
  };
};
