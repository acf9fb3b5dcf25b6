// Which entries link to which: the site's answer (entriesPath: every entry in
// `astro dev`; on a hosted backend those published at the last build), with
// the entries Decap has loaded in this session over it (newer, drafts too),
// less those deleted here since. Asked for again as the editor moves and saves.
let known;
let loading;
/** The event on `document` once the site's answer is in. */
const knownLoaded = 'kompetansebanken-kjente-oppforinger';
const loadKnown = () =>
  (loading = fetch(entriesPath, { cache: 'no-cache' })
    .then((response) => (response.ok ? response.json() : Promise.reject(new Error(String(response.status)))))
    .then((entries) => {
      known = entries;
      relabelItems();
      document.dispatchEvent(new Event(knownLoaded));
    })
    .catch(() => {}));
// Only where it is needed (the dev server reads all the content for it, which held up Decap's own
// start): in a saved entry's editor, which can delete it, and where a newsletter's items are shown.
const loadKnownForEntry = () => entryOf(location.href) && void loadKnown();
const removedKeys = 'kompetansebanken-fjernet';
const removedHere = () => new Set(JSON.parse(sessionStorage.getItem(removedKeys) || '[]'));
const removed = (key) => key && sessionStorage.setItem(removedKeys, JSON.stringify([...removedHere(), key]));
const currentKey = () => entryOf(location.href);
/** The values at `path` in `data` («*»: each item of a list). */
const valuesAt = (data, path) => {
  if (data === undefined || data === null) return [];
  if (path.length === 0) return [data];
  const [step, ...rest] = path;
  return step === '*' ? (Array.isArray(data) ? data.flatMap((item) => valuesAt(item, rest)) : []) : valuesAt(data[step], rest);
};
const linksIn = (collection, data) =>
  (referenceFields[collection] ?? []).flatMap(({ path, label, collection: target }) =>
    valuesAt(data, path).flatMap((value) => {
      const to = target ? `${target}/${value}` : value && value.collection && value.id ? `${value.collection}/${value.id}` : undefined;
      return to ? [{ to, field: label }] : [];
    }),
  );
/** Every entry known, by key: { title, name, links, images, titleKey, draft, date } (title: as listed; name: as the secretariat names it). */
const knownEntries = () => {
  const entries = { ...known };
  for (const entry of decapStore()?.getState().entries.get('entities')?.values() ?? []) {
    const key = `${entry.get('collection')}/${entry.get('slug')}`;
    const data = entry.get('data')?.toJS() ?? {};
    const collection = entry.get('collection');
    entries[key] = {
      title: known?.[key]?.title ?? data.title ?? data.name ?? key,
      name: data.title ?? data.name ?? known?.[key]?.name ?? entry.get('slug'),
      // The links of its fields, and those in its text (a Markdown link to the entry's page).
      links: [
        ...linksIn(collection, data),
        ...window.kompetansebankenBodyLinksIn(String(data.body ?? ''), window.kompetansebankenCms.bodyLinks.sections).map((to) => ({ to, field: window.kompetansebankenCms.bodyLinks.field })),
      ],
      images: window.kompetansebankenMediaFilesIn(entryFolders[collection] ?? collection, data, mediaFolder),
      titleKey: typeof data.title === 'string' ? titleKey(data.title) : known?.[key]?.titleKey,
      titleHolder: known?.[key]?.titleHolder,
      draft: data.draft === true,
      // The date the site shows it from (none for an event, whose date is when it takes place): as Decap holds it.
      date: occasionCollections.includes(collection) ? undefined : (data.date ?? known?.[key]?.date),
    };
  }
  for (const key of removedHere()) delete entries[key];
  return entries;
};
/** The entries of `collection` Decap has loaded (its list's, and any opened). */
const listedEntries = (collection) => [...(decapStore()?.getState().entries.get('entities')?.values() ?? [])].filter((entry) => entry.get('collection') === collection);
/** Whether Decap has loaded the list of `collection` (an entry opened by its address alone has not). */
const listLoaded = (collection) => Boolean(decapStore()?.getState().entries.getIn(['pages', collection, 'ids']));
/**
 * The entries of `collection` with a number in `field` that each entry has once (numberedFields: a newsletter's
 * issue, a press release's number), as [key, { name, number }] (name: its title, as messages name it): the site's answer (every entry in `astro dev`), with
 * Decap's loaded entries over it, less those deleted here and `except` (the entry being saved). Undefined while
 * neither has loaded (the site's answer is then asked for): an entry opened by its address alone has no list, and
 * counting only the entries loaded offered a taken number.
 */
const numberTakers = (collection, field, except) => {
  if (!known && !listLoaded(collection)) {
    if (!loading) void loadKnown();
    return undefined;
  }
  const taken = new Map();
  for (const [key, entry] of Object.entries(known ?? {}))
    if (key.startsWith(`${collection}/`) && entry.numbers?.[field] !== undefined) taken.set(key, { name: entry.name, number: entry.numbers[field] });
  for (const entry of listedEntries(collection)) {
    const key = `${collection}/${entry.get('slug')}`;
    const data = entry.get('data')?.toJS() ?? {};
    const number = window.kompetansebankenEntryNumbers(data, numberedFields[collection] ?? {})[field];
    if (number === undefined) taken.delete(key);
    else taken.set(key, { name: data.title ?? known?.[key]?.name ?? entry.get('slug'), number });
  }
  for (const key of [...removedHere(), except]) taken.delete(key);
  return [...taken];
};
// The next number for `takers` (numberTakers): a number missing from the series first (fresh eyes: a press release
// deleted from the middle left nr. 8 free, and «Bruk 12, som er neste ledige» was refused as a gap), then the one
// after the highest.
const nextFree = (takers) => {
  const numbers = takers.map(([, taker]) => taker.number);
  return window.kompetansebankenNumberGaps?.(numbers)[0]?.[0] ?? Math.max(0, ...numbers) + 1;
};
/** The entries that link to `key`, each once per field, as [key, entry, field]. */
const linkingTo = (key) => {
  const found = new Map();
  for (const [from, entry] of Object.entries(knownEntries()))
    for (const link of entry.links) if (link.to === key && from !== key) found.set(`${from} ${link.field}`, [from, entry, link.field]);
  return [...found.values()];
};
const kindOf = (key) => entryLabels[key.split('/')[0]] ?? '';
/**
 * A removal refused, said once: a notice (`notice`) with a link to each entry and what to do (`advice`), by `show`
 * (showNotice, or showLibraryNotice).
 * `entries`: [key, text] pairs. Always true (refused). Fresh eyes: it was said twice, in an alert to answer and then
 * in the notice.
 */
const refuse = (entries, notice, advice, show = showNotice) => {
  const linked = entries.map(([from, text]) => ({ text, href: `#/collections/${from.replace('/', '/entries/')}` }));
  show(notice, linked, true, true, { note: advice });
  return true;
};
// Decap's questions before an entry leaves the site: deleted (with unsaved changes or without), or unpublished.
const { onDeletePublishedEntry, onDeleteWithUnsavedChanges, onUnpublishing } = norwegian.editor.editor;
const removals = { [onDeletePublishedEntry]: 'delete', [onDeleteWithUnsavedChanges]: 'delete', [onUnpublishing]: 'unpublish' };
/** True when the entry open is not to go (said why): others link to it, or that could not be checked. */
const refuseLinkedRemoval = (message) => {
  const key = currentKey();
  const removal = removals[message];
  if (!removal || !key) return false;
  const { done } = linkedEntryTexts[removal];
  if (!known) {
    void loadKnown();
    window.alert(fill(linkedEntryTexts.unchecked, { done }));
    return true;
  }
  const linking = linkingTo(key);
  if (linking.length === 0) return false;
  const entries = linking.map(([from, entry, field]) => [from, fill(linkedEntryTexts.entry, { kind: kindOf(from), title: inQuotes(entry.name), field })]);
  return refuse(entries, fill(linkedEntryTexts.notice, { done }), fill(linkedEntryTexts.advice, { done }));
};
// Not awaited: Decap waits for its listeners, and takes what one returns as the entry's data.
for (const name of ['postSave', 'postPublish', 'postUnpublish'])
  CMS.registerEventListener({
    name,
    handler: () => {
      loadKnownForEntry();
    },
  });
