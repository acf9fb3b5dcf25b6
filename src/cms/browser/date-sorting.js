// A dated collection's list is sorted by its date, newest first (config.ts: sortable_fields), with lodash's
// orderBy, which keeps numbers and text apart: YAML reads a year alone («date: 2010») as a number, «2010-06» and
// «2010-02-25» as text, and the list stood in three groups. Each listed entry's date is made text in Decap's list
// (its store; Decap has no hook for what it reads), so the three forms sort together, «2010» after «2010-02-25»
// as the site reads it (a year alone from its first day). The editor reads the file anew, so a save writes it as before.
// The entry open in the editor keeps its date as read: Decap compares the form with its entry in the list at each
// change (a pick-list such as «Kommuner» reports its value as it loads), and a year made text there («2009» beside
// the file's 2009) marked an archive entry opened and left untouched «Ulagrede endringer» (fresh eyes).
let entriesSeen;
let openSeen;
let converting = false;
/** Entries whose year this page made text, by Decap's key («news.molde»). */
const madeText = new Set();
const datesAsText = (store) => {
  // Only when the entries or the entry open have changed (the store changes at every key typed).
  const { entries, entryDraft } = store.getState();
  const entities = entries.get('entities');
  const draft = entryDraft.get('entry');
  const open = draft ? `${draft.get('collection')}.${draft.get('slug')}` : undefined;
  if ((entities === entriesSeen && open === openSeen) || converting) return;
  // Its own changes are not looked through again, one by one.
  converting = true;
  try {
    for (const [key, entry] of [...(entities?.entries() ?? [])]) {
      const field = sortDates[entry.get('collection')];
      const date = field && entry.getIn(['data', field]);
      const asRead = key === open && madeText.has(key) && typeof date === 'string' ? Number(date) : undefined;
      if (asRead !== undefined) madeText.delete(key);
      else if (typeof date !== 'number' || key === open) continue;
      else madeText.add(key);
      const value = asRead ?? String(date);
      store.dispatch({ type: 'ENTRY_SUCCESS', payload: { collection: entry.get('collection'), entry: entry.setIn(['data', field], value).toJS() } });
    }
  } finally {
    converting = false;
    entriesSeen = store.getState().entries.get('entities');
    openSeen = open;
  }
};
const watchDates = storeWatcher(datesAsText, { atOnce: true });
