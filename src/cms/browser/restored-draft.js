// «Vil du gjenopprette …?» answered OK while the saved entry was still loading:
// Decap put the restored text in the form, and then the loaded entry over it
// (its loadEntry and its backup race, and the backup usually wins), so the
// unsaved text was lost. The restored draft is put back once the entry is in.
const keepRestoredDraft = () => {
  const store = decapStore();
  const draft = store?.getState().entryDraft;
  const backup = draft?.getIn(['localBackup', 'entry']);
  if (!store || !backup) return;
  // A saved entry's backup has its slug. A new entry's has none, and its
  // empty draft, made side by side with the backup's retrieval, came after
  // the restore about one time in three and emptied the form.
  const slug = backup.get('slug') || '';
  // A saved entry: only while it has not come yet; once in, Decap's restore holds.
  if (slug && draft.getIn(['entry', 'slug']) === slug) return;
  // Restored before Decap had even asked for the saved entry (it waits for the media library first), its editor
  // was drawn with no entry, and its toolbar's preview link failed: a toast «Kunne ikke laste forhåndsvisning:
  // Cannot read properties of undefined (reading 'get')» and no «Forhåndsvis siden» (fresh eyes, after Back). The
  // entry is marked as loading, as Decap's own request marks it: the editor waits for it, and the draft is put back below.
  const collection = backup.get('collection');
  if (slug && collection && !store.getState().entries.hasIn(['entities', `${collection}.${slug}`]))
    store.dispatch({ type: 'ENTRY_REQUEST', payload: { collection, slug } });
  // The entry may be loaded more than once as the editor starts; each load is a
  // new draft (a new `key`) that has not changed. A save keeps the key: never undone.
  const until = Date.now() + 20_000;
  const address = location.hash;
  let key = draft.get('key');
  const unsubscribe = store.subscribe(() => {
    const now = store.getState().entryDraft;
    if (Date.now() > until || location.hash !== address) return unsubscribe();
    if (now.get('key') === key) return;
    key = now.get('key');
    if ((now.getIn(['entry', 'slug']) || '') !== slug || now.get('hasChanged')) return;
    store.dispatch({ type: 'DRAFT_LOCAL_BACKUP_RETRIEVED', payload: { entry: backup.toJS() } });
    store.dispatch({ type: 'DRAFT_CREATE_FROM_LOCAL_BACKUP' });
  });
};
