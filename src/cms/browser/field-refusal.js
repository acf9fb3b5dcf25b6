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
/** The fields with an error in Decap's draft, in the form's order: { id, name, label, detail }. */
const refusedFields = (store) => {
  const errors = store.getState().entryDraft.get('fieldsErrors');
  const fields = [];
  for (const [id, list] of errors?.entries() ?? []) {
    const all = [...(list ?? [])].filter(Boolean);
    if (all.length === 0) continue;
    const name = id.replace(fieldPattern, '');
    const label = fieldLabelOf(id) ?? name;
    // Each error once (a field can have two: empty and its widget's own), in the words the field shows.
    const details = [...new Set(all.map((error) => window.kompetansebankenFieldErrorDetail(label, error?.message)))];
    fields.push({ id, name, label, detail: details.join(' ') });
  }
  const at = (id) => document.getElementById(id) ?? document.querySelector(`label[for="${CSS.escape(id)}"]`);
  return fields.sort((a, b) => {
    const [first, second] = [at(a.id), at(b.id)];
    if (!first || !second) return 0;
    return first.compareDocumentPosition(second) & Node.DOCUMENT_POSITION_FOLLOWING ? -1 : 1;
  });
};
/** The refusal shown: each field at once; with what the page's own checks find, once they have answered. */
let fieldRefusals = 0;
const sayFieldRefusal = async () => {
  const store = decapStore();
  const entry = store?.getState().entryDraft.get('entry');
  const fields = store ? refusedFields(store) : [];
  if (!entry || fields.length === 0) return;
  const run = ++fieldRefusals;
  const items = fields.map(({ id, label, detail }) => ({ text: label, href: `#${id}`, field: () => bringToField(id), detail }));
  const say = (lines) => {
    showRefusal(fieldRefusalHeading, [...items, ...lines]);
    // On a phone the notice stands in the form's flow, at its top: it is brought into sight, as the list of what to
    // fix, each field a link. Wider, it stays in sight at the top of the pane, and the form goes to the first field
    // (publish-and-new.js showFirstFieldError).
    if (getComputedStyle(notice).position === 'static') bringNoticeIntoSight();
  };
  // The page's own checks (the site's list of entries, the dev server's check of the text) mostly answer at once:
  // waited for a moment, so the refusal is said once, whole; if they take longer, the fields are said first.
  const ours = refusalsBeforeSave(entry, new Set(fields.map(({ name }) => name))).then(
    ({ lines }) => lines,
    () => [],
  );
  const early = await Promise.race([ours, new Promise((resolve) => setTimeout(resolve, 600))]);
  if (run !== fieldRefusals) return;
  say(early ?? []);
  if (early !== undefined) return;
  const lines = await ours;
  if (run === fieldRefusals && lines.length > 0 && shown && refusalShown === fieldRefusalHeading) say(lines);
};
