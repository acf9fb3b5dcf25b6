// The parts of the CMS page's own script not yet in a file of their own in src/cms/browser/ (browser-script.ts
// joins this last, in the same function as those).
CMS.registerPreviewStyle(stylesheet);
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
    reloading = true;
    location.hash = `#/collections/${collection}/new`;
    location.reload();
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
// out of sight above, and nothing seemed to happen (fresh eyes): the form is brought to the first such message.
const showFirstFieldError = () => document.querySelector('[class*="ControlErrorsList"]:not(:empty)')?.scrollIntoView({ block: 'center' });
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

// A group (period, image …) opens on a click anywhere on its bar or its label,
// not only on the small arrow Decap gives it.
const expandButton = '[data-testid="expand-button"]';
const style = document.createElement('style');
style.textContent = `div:has(> div > ${expandButton}) { cursor: pointer; }`;
document.head.append(style);
document.addEventListener('click', (event) => {
  const target = event.target;
  if (!(target instanceof Element) || target.closest(`button, a, input, textarea, select, [role="button"], [role="option"]`)) return;
  const label = target.closest('label[for]');
  const group = label ? document.getElementById(label.htmlFor) : target.closest(`div:has(> div > ${expandButton})`)?.parentElement;
  const button = group?.querySelector(`:scope > div > div > ${expandButton}`);
  // A label only opens its group; the bar opens and closes it, like the arrow.
  if (button && (!label || button.getAttribute('aria-label')?.startsWith(expand))) button.click();
});

/** The dev server's content check report ({ problems }), or undefined where there is none. */
const fetchReport = () => fetch(reportPath, { cache: 'no-store' }).then((response) => (response.ok ? response.json() : undefined));
/** The report's problems with the entry at `address` (#/collections/…/entries/…). */
const problemsAt = (report, address) => report?.problems.filter((problem) => problem.cmsLink?.endsWith(address)) ?? [];
const errors = (count) => (count === 1 ? 'én feil' : `${count} feil`);
// One error anywhere fails `npm run check`, which the publish job runs first: no change reaches the site, not
// even other people's, until it is fixed (the notice said only this entry was held back; fresh eyes).
const heldBack = (count) => `Nettstedet blir ikke oppdatert – heller ikke med andre endringer – før ${count === 1 ? 'feilen' : 'feilene'} er rettet`;
// A problem in the text: its line in the text field, not in the file (which starts with the other fields).
const problemText = ({ line, textLine, field, message }) =>
  textLine !== undefined
    ? `Linje ${textLine} i feltet «${field}»: ${message}`
    : // A field is named by its label; the line in the file means nothing in the form.
      field === undefined
      ? `${line === undefined ? '' : `Linje ${line}: `}${message}`
      : `Feltet «${field}»: ${message}`;
// Other files' problems are named, each with its entry to open: the notice said only «andre filer … har én feil»,
// and which file it was stood only in the site's preview, whose link is hidden on a phone (fresh eyes).
const othersShown = 3;
/** An entry's title (a municipality's name) as the CMS has listed it, else its file. */
const entryName = ({ file, cmsLink }) => {
  const [, collection, slug] = /#\/collections\/([^/]+)\/entries\/([^/?]+)$/.exec(cmsLink ?? '') ?? [];
  const data = collection && decapStore()?.getState().entries.getIn(['entities', `${collection}.${slug}`, 'data']);
  const title = data?.get('title') ?? data?.get('name');
  return typeof title === 'string' && title.trim() ? inQuotes(title.trim()) : file;
};
/** The other files' problems as entries to open (at most `othersShown`, then «og N til»). */
const otherItems = (others) => {
  const items = others.slice(0, othersShown).map((problem) => ({
    text: entryName(problem),
    // The entry's address in this CMS (the report's link is /admin/#/collections/…).
    href: problem.cmsLink?.slice(problem.cmsLink.indexOf('#')),
    detail: problemText(problem),
  }));
  // The rest: the site's preview (this dev server) shows the report of them all, a link away at any width (it had
  // only named the preview, whose button Decap's toolbar hid at 375 px and which did nothing here).
  if (others.length > othersShown)
    items.push({ before: `og ${others.length - othersShown} til: `, text: 'se alle feilene i forhåndsvisningen av nettstedet', href: '/' });
  return items;
};
const showProblems = (problems, others, heading, more = []) => {
  if (problems.length === 0 && others.length === 0) return hideNotice();
  const items = problems.map(problemText);
  if (problems.length > 0 && others.length > 0) items.push(`Dessuten ${errors(others.length)} i andre filer:`);
  items.push(...otherItems(others));
  contentHasErrors = true;
  items.push(...more);
  showNotice(
    heading ??
    (problems.length > 0
      ? `Lagret, men innholdet har feil. ${heldBack(problems.length + others.length)}:`
      : `Lagret, men andre filer i innholdet har ${errors(others.length)}. ${heldBack(others.length)}:`),
    items,
    true,
  );
};
// A group that may be left out but is used (a story's «Bilde» chosen) needs some of its fields: Decap marks them
// optional so that an entry without the group saves, and saved the group with its alt text emptied; the content
// check then held the whole site back (fresh eyes). Refused before the save, naming the fields.
const filled = (value) => value !== undefined && value !== null && (typeof value !== 'string' || value.trim() !== '') && value?.size !== 0;
const refuseIncompleteGroups = (entry) => {
  for (const [group, groupLabel, needed] of groupNeeds[entry.get('collection')] ?? []) {
    const value = entry.getIn(['data', group]);
    if (typeof value?.get !== 'function' || ![...value.values()].some(filled)) continue;
    const missing = needed.filter(([name]) => !filled(value.get(name))).map(([, label]) => `«${label}»`);
    if (missing.length === 0) continue;
    const fields = missing.length === 1 ? missing[0] : `${missing.slice(0, -1).join(', ')} og ${missing.at(-1)}`;
    throw new Error(`${fields} må fylles ut når du bruker «${groupLabel}»; fyll ut, eller fjern det som står i «${groupLabel}».`);
  }
};
// An archive entry (the new-item switch off; a file without it) needs a source, and each fact of a story its source
// the way the story's kind asks: Decap cannot make a field required by another, so the save is refused here with
// the check's words (start-script.ts newItemRules), naming the item.
const refuseSourcesForKind = (entry) => {
  const rules = newItemRules[entry.get('collection')];
  if (!rules) return;
  const isNew = entry.getIn(['data', 'newItem']) === true;
  if (!isNew && (entry.getIn(['data', 'sources'])?.size ?? 0) === 0) throw new Error(rules.sources);
  const faults = factFaults(entry, rules);
  if (faults.length === 0) return;
  // Marked at the field as Decap marks its own field errors (a toast alone left the secretariat looking for which
  // figure on a long form, fresh eyes), and the form brought to the first.
  markFacts(faults);
  const { rule, index, fault } = faults[0];
  throw new Error(`${rule.list ? `«${rule.label}» nr. ${index + 1}` : `«${rule.label}»`}: ${rule.messages[fault]}.`);
};
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
// id: red frame, the message under its label, the list around it marked), aria-invalid, and is brought into view.
// The mark goes once that fact is cited right (or the switch is turned), however it was fixed.
const fieldPattern = /-field-\d+$/;
/** The id Decap gives a field named `name` (its label's «for»), the first in `container`. */
const fieldIdIn = (container, name) => container?.querySelector(`label[for^="${CSS.escape(name)}-field-"]`)?.htmlFor;
/** The element of a story's fact: a list's item `index`, or the group. */
const factElement = (rule, index) => {
  const root = document.getElementById(fieldIdIn(document, rule.field) ?? '');
  if (!root || !rule.list) return root;
  const items = [...root.querySelectorAll('[class*="StyledListItemTopBar"]')].map((bar) => bar.parentElement).filter((item) => item?.parentElement?.closest('[id]') === root);
  return items[index] ?? root;
};
/** The text boxes of the field with id `id`: itself, or a group's (a document's pick-list and its page). */
const controlsOf = (id) => {
  const element = document.getElementById(id);
  if (!element) return [];
  return element.matches('input, textarea') ? [element] : [...element.querySelectorAll('input:not([type="hidden"]), textarea')];
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
    const parentIds = [];
    for (let at = document.getElementById(id)?.parentElement?.closest('[id]'); at; at = at.parentElement?.closest('[id]'))
      if (fieldPattern.test(at.id)) parentIds.push(at.id);
    const said = `${rule.messages[fault]}.`;
    const message = !own && rule.list ? `Nr. ${index + 1}: ${said}` : `${said[0].toUpperCase()}${said.slice(1)}`;
    store.dispatch({ type: 'DRAFT_VALIDATION_ERRORS', payload: { uniquefieldId: id, errors: [{ type: 'CUSTOM', parentIds, message }] } });
    factMarks.set(id, { rule, index, fault });
  }
  const first = factMarks.keys().next().value;
  // Once Decap has drawn the message: the field in view, a text field focused.
  if (first)
    setTimeout(() => {
      document.getElementById(first)?.scrollIntoView({ block: 'center' });
      controlsOf(first)[0]?.focus({ preventScroll: true });
    }, 100);
};
/** Takes away the marks for which `done(mark)` is true. */
const clearFactMarks = (store, done) => {
  for (const [id, mark] of [...factMarks]) {
    if (!done(mark)) continue;
    factMarks.delete(id);
    for (const control of controlsOf(id)) control.removeAttribute('aria-invalid');
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
    clearFactMarks(store, (mark) => !faults.some((fault) => fault.rule.field === mark.rule.field && fault.index === mark.index && fault.fault === mark.fault));
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
const markedFieldsInvalid = () => {
  watchFactMarksAndHints();
  for (const id of factMarks.keys())
    for (const control of controlsOf(id)) if (control.getAttribute('aria-invalid') !== 'true') control.setAttribute('aria-invalid', 'true');
};
// Hints written for the other state of the new-item switch (schemas/new-item.ts switchedHints): with «Nytt eksempel
// fra sekretariatet» on, «Kilder» and a quote's «Hvem sa det» spoke of the programme's documents and the final
// report (fresh eyes). Each such hint says what holds in the switch's state, and its own words again when turned back.
const schemaHints = new WeakMap();
const hintsBySwitch = () => {
  const entry = decapStore()?.getState().entryDraft.get('entry');
  const hints = entry && newItemRules[entry.get('collection')]?.hints;
  if (!hints) return;
  const shown = entry.getIn(['data', 'newItem']) === true ? hints.whenNew : hints.whenArchive;
  for (const name of new Set([...Object.keys(hints.whenNew), ...Object.keys(hints.whenArchive)]))
    for (const label of document.querySelectorAll(`label[for^="${CSS.escape(name)}-field-"]`)) {
      const help = label.parentElement?.parentElement?.lastElementChild;
      // Decap's hint: a paragraph of one text (its Markdown), changed in place so React keeps its own.
      const text = help?.tagName === 'P' && help.childNodes.length === 1 ? help.firstChild : undefined;
      if (text?.nodeType !== Node.TEXT_NODE) continue;
      if (!schemaHints.has(text)) schemaHints.set(text, text.data);
      const wanted = shown[name] ?? schemaHints.get(text);
      if (text.data !== wanted) text.data = wanted;
    }
};
// A required list with too few items («Kilder» emptied): Decap saves it, as
// its list checks itself only until an item has been removed. An error
// thrown here stops the save, and Decap shows its message.
CMS.registerEventListener({
  name: 'preSave',
  handler: async ({ entry }) => {
    for (const [name, label, least] of listMinimums[entry.get('collection')] ?? []) {
      const count = entry.getIn(['data', name])?.size ?? 0;
      if (count < least) throw new Error(`«${label}» må ha minst ${least === 1 ? 'én' : least}; legg til før du lagrer.`);
    }
    refuseIncompleteGroups(entry);
    refuseSourcesForKind(entry);
    refuseTakenIssue(entry);
    refuseMissingOrTakenPressReleaseNumber(entry);
    await refuseSameTitle(entry);
    return cleaned(entry.get('data'), undefined, entry.get('newRecord') ? undefined : loadedData(entry));
  },
});
// Text pasted from Word or typed with a space too many («2010-06-15 »,
// «Tittel\u00A0») is saved without the spaces around it, without soft hyphens,
// direction marks and other invisible characters (which also split words in
// the new file's name: «i-nett-verk»), with tabs, no-break spaces and Word's
// line breaks as plain spaces (pasted-text.js): Decap saves what is typed,
// and quoted the value in the file. The body keeps its own lines, with a year
// or a day and a month typed at the start of one («17. mai gikk toget …»,
// «2010. Det året …») saved as text («17\. mai»), as a paste from Word already
// was: unescaped, Markdown made it a list numbered from 17, which the preview
// showed and the content check then refused; the preview shows it as saved.
// A choice cleared with its × is left out, not saved as «null», which the
// content check refuses (an optional field is either there or not). So is an
// optional field emptied (a text, a number, a date): Decap saved «page: ""»,
// which the check refused as «er tomt», so emptying the field fixed nothing
// (fresh eyes). An empty value the file already had stays (the press contact's
// «role: ""»), so a save still changes only what was changed; `before` is
// the same place in the entry as Decap loaded it.
const datedLinesAsText = (body) => window.kompetansebankenEscapeDatedLines(body, monthPattern, window.kompetansebankenCodeLines);
// An HTML comment typed or pasted in the text («<!-- intern merknad … -->», saved escaped by Decap) was shown on
// the page, in the feeds and the e-mail: it is saved, and previewed, as the comment the site leaves out, {/* … */}
// (markdown/html-comments.ts).
const commentsHidden = (body) => window.kompetansebankenHtmlCommentsAsMdx(body, window.kompetansebankenCodeLines);
const bodyAsSaved = (body) => commentsHidden(datedLinesAsText(body));
const cleaned = (value, key, before) => {
  if (typeof value === 'string') return key === 'body' ? bodyAsSaved(value) : pastedText.cleanText(value);
  const at = (place) => before?.get?.(place);
  const emptied = (item, place) => place !== 'body' && typeof item === 'string' && pastedText.cleanText(item) === '' && at(place) !== '';
  // A group whose every field was cleared (a new story's programme source, its document cleared with × and its
  // page emptied) is left out too: saved as «source: {}», the check refused it and the CMS had no way to remove it.
  const emptyGroup = (item) => item?.[immutableMap] === true && item.size === 0;
  if (value?.[immutableMap])
    return value
      .filter((item, place) => item !== null && item !== undefined && !emptied(item, place))
      .map((item, place) => cleaned(item, place, at(place)))
      .filter((item) => !emptyGroup(item));
  return typeof value?.map === 'function' ? value.map((item, place) => cleaned(item, place, at(place))) : value;
};
/** The entry's data as Decap loaded it from its file (undefined for a new entry). */
const loadedData = (entry) => decapStore()?.getState().entries.getIn(['entities', `${entry.get('collection')}.${entry.get('slug')}`, 'data']);
const immutableMap = '@@__IMMUTABLE_MAP__@@';
/** The entries of a collection the CMS has listed (those it has loaded; the content check covers the rest). */
const listedEntries = (collection) => [...(decapStore()?.getState().entries.get('entities')?.values() ?? [])].filter((entry) => entry.get('collection') === collection);
/** The number after the highest in `field` of the entries. */
const nextFree = (entries, field) => Math.max(0, ...entries.map((entry) => Number(entry.getIn(['data', field])) || 0)) + 1;
// Press releases are numbered, each number once: a missing or taken number
// is refused before the save with the next free one, as a newsletter's is
// (the content check would otherwise name the older release, and the site
// would show its report until it is fixed).
const refuseMissingOrTakenPressReleaseNumber = (entry) => {
  if (entry.get('collection') !== 'news' || entry.getIn(['data', 'kind']) !== 'pressemelding') return;
  const number = entry.getIn(['data', 'number']);
  const releases = listedEntries('news').filter((other) => other.getIn(['data', 'kind']) === 'pressemelding' && other.get('slug') !== entry.get('slug'));
  const next = nextFree(releases, 'number');
  if (number === undefined || number === null || number === '')
    throw new Error(`En pressemelding må ha et nummer i feltet «Nummer». Bruk ${next}, som er neste ledige.`);
  const taken = releases.find((other) => other.getIn(['data', 'number']) === number);
  if (taken) throw new Error(`Nummer ${number} er allerede brukt av pressemeldingen ${inQuotes(taken.getIn(['data', 'title']))}. Bruk ${next}, som er neste ledige.`);
};
// A new newsletter's file is named after its number (nr-7-…) and keeps that
// name, and its address, when the number is corrected after the save: a
// number another issue has is refused before the file is made. Checked
// against the issues the CMS has listed (the content check covers the rest).
const refuseTakenIssue = (entry) => {
  if (entry.get('collection') !== 'newsletters' || !entry.get('newRecord')) return;
  const issue = entry.getIn(['data', 'issue']);
  const listed = listedEntries('newsletters');
  const taken = listed.find((other) => other.getIn(['data', 'issue']) === issue);
  if (!taken) return;
  throw new Error(`Nummer ${issue} er allerede brukt av ${inQuotes(taken.getIn(['data', 'title']))}. Bruk ${nextFree(listed, 'issue')}, som er neste ledige: filen og adressen får navn etter nummeret.`);
};
// Two entries of a collection with one title cannot be told apart in lists, the search and the pick-lists. The
// content check named it only after the save, and on the published site only in the publish job, which then held
// the whole site back. Refused before the save, against every entry known (the site's list of entries and those
// Decap has loaded, less those deleted here), with the rule's own words (lib/same-title.ts).
const refuseSameTitle = async (entry) => {
  const collection = entry.get('collection');
  const title = entry.getIn(['data', 'title']);
  if (!sameTitleReasons[collection] || typeof title !== 'string' || titleKey(title) === '') return;
  // The site's list is read from every file in `npm run dev`: on a busy machine that took longer than the editor
  // should wait at «Publiserer …». After 10 s, the entries Decap has loaded are compared; the check covers the rest.
  if (!known) await Promise.race([loading ?? loadKnown(), new Promise((resolve) => setTimeout(resolve, 10_000))]);
  const own = entry.get('slug') ? `${collection}/${entry.get('slug')}` : undefined;
  const same = Object.entries(knownEntries()).find(
    ([key, other]) => key !== own && key.startsWith(`${collection}/`) && other.titleKey === titleKey(title),
  );
  if (!same) return;
  // The other entry as the CMS lists it («2007-10-17 – Tittel»), so it is found in the list.
  const [key, other] = same;
  const reason = sameTitleReasons[collection];
  throw new Error(
    `Tittelen ${inQuotes(title.trim())} er allerede brukt av ${inQuotes(other.title)} (fil: ${key.slice(collection.length + 1)}). ` +
      `${reason[0].toUpperCase()}${reason.slice(1)}.`,
  );
};
/** Once Decap has finished the save under way: its draft then names the file written (slug; a new entry's can end in «-1»). */
const whenSaved = () =>
  new Promise((resolve) => {
    const store = decapStore();
    const done = () => !store?.getState().entryDraft.getIn(['entry', 'isPersisting']);
    if (done()) return resolve();
    const unsubscribe = store.subscribe(() => done() && (unsubscribe(), resolve()));
    setTimeout(() => (unsubscribe(), resolve()), 10_000);
  });
/** The address of the entry the draft holds (#/collections/…/entries/its-file-name), or '' before its first save. */
const draftAddress = () => {
  const entry = decapStore()?.getState().entryDraft.get('entry');
  return entry?.get('slug') ? `#/collections/${entry.get('collection')}/entries/${entry.get('slug')}` : '';
};
// What the site does with a saved entry dated in the future: shows it from its date.
const fromNotice = (entry) => {
  const from = shownFrom(entry);
  return from ? `Lagret. Vises på nettstedet fra ${from}.` : '';
};
CMS.registerEventListener({
  name: 'postSave',
  handler: ({ entry }) => {
    if (!checkAfterSave) return;
    contentHasErrors = false;
    // Said at once: «Endringer lagret» in the toolbar is not the check's answer.
    showNotice('Lagret. Innholdskontrollen går gjennom innholdet …', [], false);
    // Not awaited: the save is done; the check takes a few seconds. Matched by the file written, as Decap's
    // draft names it once the save is done (a new entry has no path here, and its address could still be
    // the new form's when the report came: «Andre filer …» of the file just saved, fresh eyes).
    whenSaved()
      .then(() => Promise.all([draftAddress(), fetchReport()]))
      .then(([address, report]) => {
        if (!report) return hideNotice();
        const mine = address ? problemsAt(report, address) : [];
        if (report.problems.length > 0) return showProblems(mine, report.problems.filter((problem) => !mine.includes(problem)));
        const from = fromNotice(entry);
        return from ? showNotice(from, [], false) : hideNotice();
      })
      .catch(hideNotice);
  },
});
// On the published site (no dev server, no check here): the publish job checks and builds the content after
// the change, and the site may not take it (Decap's «Publisert» promised it did). Said without a promise.
CMS.registerEventListener({
  name: 'postPublish',
  handler: ({ entry }) => {
    if (checkAfterSave) return;
    const from = shownFrom(entry);
    showNotice(
      from
        ? `Lagret. Nettstedet viser oppføringen fra ${from}, når publiseringsjobben har kontrollert og bygget innholdet.`
        : 'Lagret. Nettstedet oppdateres når publiseringsjobben har kontrollert og bygget innholdet.',
      ['Har innholdet feil, stopper kontrollen publiseringen: nettstedet blir ikke oppdatert – heller ikke med andre endringer – før feilen er rettet. Feilen står i loggen til publiseringsjobben.'],
      false,
    );
  },
});

// An entry as its page shows it: title, ingress, then the text, and its footnotes under «Fotnoter»
// (Decap's preview cannot read them: preview-footnotes.js), without its {/* comments */}
// (preview-comments.js), with underscores inside a word as typed (preview-underscores.js). All through
// Decap's own Markdown preview.
// A case story's «Bilde» under the ingress, as its page shows it (StoryImage.astro): the image, its alt text and
// its credit, so the secretariat sees the crop and that the photo stands; Decap's getAsset gives the file
// (uploaded in this session or read from the repository) and draws the preview again once it has it.
// An image in the text («![Skjermbilde](../media/skjermbilde.png)», as «Kopier stien» gives it) showed as an empty
// 300 × 150 gap: Decap's Markdown preview asks getAsset once, gets its empty picture while the file loads, and is
// not drawn again when it has come. The preview asks for the text's images too (which starts their loading) and
// draws the text anew (a new React key) once each has come.
const imagesLoaded = (text, getAsset) => [...text.matchAll(/!\[[^\]]*\]\(([^)\s]+)/g)].map(([, path]) => String(getAsset(path))).join(' ');
const EntryPreview = createClass({
  render() {
    const { entry, widgetFor, getAsset } = this.props;
    const data = entry.get('data');
    const shown = window.kompetansebankenPreviewUnderscores(window.kompetansebankenPreviewComments(bodyAsSaved(data.get('body') || '')));
    const { text, notes } = window.kompetansebankenPreviewFootnotes(shown);
    const image = data.get('image');
    const src = image?.get?.('src');
    return h('main', { className: 'entry-preview' },
      h('h1', null, data.get('title')),
      h('p', { className: 'ingress' }, data.get('summary')),
      src
        ? h('figure', { className: 'story-image' },
            h('img', { src: String(getAsset(src)), alt: image.get('alt') || '' }),
            image.get('credit') ? h('figcaption', { className: 'meta' }, image.get('credit')) : null)
        : null,
      h('div', { className: 'prose' },
        h('div', { key: imagesLoaded(text, getAsset) }, widgetFor('body', undefined, data.set('body', text))),
        notes
          ? h('section', { className: 'footnotes' }, h('h2', null, 'Fotnoter'), widgetFor('body', undefined, data.set('body', notes)))
          : null));
  },
});
for (const name of collections) CMS.registerPreviewTemplate(name, EntryPreview);

// Decap keeps the open entry when the address goes straight to another entry
// (typed, a bookmark, the browser's Back), and a save then wrote the form into
// the first entry's file. Such a step loads the editor afresh (below).
// An entry opened with problems says so above its form, as after its save (fresh eyes: reopened later, or from
// the site's report page, the form showed nothing wrong and the toolbar «Publisert»).
const showOpenedEntryProblems = () => {
  const address = location.hash;
  if (!checkAfterSave || !entryOf(location.href)) return;
  fetchReport()
    .then((report) => {
      if (!report || location.hash !== address || shown) return;
      const mine = problemsAt(report, address);
      contentHasErrors = mine.length > 0;
      if (mine.length > 0) showProblems(mine, [], `Denne oppføringen har feil. ${heldBack(mine.length)}:`);
    })
    .catch(() => undefined);
};
// From a new entry to another entry's address the new entry's form stayed too (empty, with «Slett innlegg»):
// loaded afresh as well, except for Decap's own step to the address a new entry gets at its first save.
const isFirstSave = ({ oldURL, newURL }) => {
  const fromNew = newEntryOf(oldURL);
  return Boolean(fromNew && entryOf(newURL) === `${fromNew}/${decapStore()?.getState().entryDraft.getIn(['entry', 'slug'])}`);
};
const loadsAfresh = (event) => {
  const [before, after] = [entryOf(event.oldURL), entryOf(event.newURL)];
  return Boolean((before && after && before !== after) || (newEntryOf(event.oldURL) && after && !isFirstSave(event)));
};
// Such a step asks once about unsaved text. Decap's router asked, and then the browser again as the page
// loaded afresh (two questions for one step; an editor answering the second «stay» was left at the new
// address with the old form). Caught before Decap's router sees it: asked here, «stay» puts the address back.
window.addEventListener(
  'hashchange',
  (event) => {
    if (!loadsAfresh(event)) return;
    event.stopImmediatePropagation();
    if (decapStore()?.getState().entryDraft.get('hasChanged') && !window.confirm(norwegian.editor.editor.onLeavePage)) {
      history.replaceState(history.state, '', event.oldURL);
      return;
    }
    reloading = true;
    location.reload();
  },
  true,
);
window.addEventListener('hashchange', (event) => {
  const firstSave = isFirstSave(event);
  // A notice is about the entry it was shown at (fresh eyes: one entry's problems stood above the next one opened).
  if (firstSave) noticeAddress = location.hash;
  else if (shown && location.hash !== noticeAddress) hideNotice();
  hideLibraryNotice();
  leftTextLooked = '';
  if (!firstSave) contentHasErrors = false;
  loadKnownForEntry();
  showOpenedEntryProblems();
});
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
sayJustSaved();
showOpenedEntryProblems();
// Until it has come, a delete is refused as not checked (refuseLinkedRemoval), never let through.
loadKnownForEntry();
CMS.init();
