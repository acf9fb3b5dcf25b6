// After a save, Decap's entry in its list (its store's `entries`) is the one saved. Decap tells an unsaved change by
// comparing the form with that entry at each change (DRAFT_CHANGE_FIELD), but without the editorial workflow its
// save leaves the entry there as it was loaded (only a new entry, or one whose file is renamed, is loaded again).
// An edit back to the value before the save (a date 2010-06 → 2027-06, saved, then 2010-06 again) was «Endringer
// lagret», the back arrow left without asking, and the edit was lost (fresh eyes). postPublish comes after the
// file is written (only where a save publishes), with the entry as written (the data preSave returned, cleaned).
CMS.registerEventListener({
  name: 'postPublish',
  handler: ({ entry }) => {
    const store = decapStore();
    const collection = entry?.get('collection');
    const slug = entry?.get('slug');
    // A new entry has no file name here: Decap loads it from its new file itself.
    if (!store || !collection || !slug || entry.get('newRecord')) return;
    const listed = store.getState().entries.getIn(['entities', `${collection}.${slug}`]);
    const saved = listed ? listed.set('data', entry.get('data')) : entry;
    store.dispatch({ type: 'ENTRY_SUCCESS', payload: { collection, entry: saved.toJS() } });
  },
});
