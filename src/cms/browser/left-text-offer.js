// «OK» to «… blir de borte. Vil du gå likevel?» (Back, the CMS's back arrow): Decap deletes its own copy of the
// unsaved text as it leaves, so the entry opened again offered nothing, and a reflex «OK» on a phone lost a whole
// newsletter (fresh eyes). The form as it was left is kept here (localStorage, per entry: left-text.ts) and offered
// above the form when the entry is opened again, to take back or discard. A save of the entry forgets it, and so
// does an answer to Decap's own «gjenopprette» question, which then restores this copy (newer than Decap's, which
// it writes 2 s after the last keystroke) on «OK».
const leftTextStorage = 'kompetansebanken-ulagret:';
const leftTextKey = window.kompetansebankenLeftTextKey;
const readLeftText = (key) => {
  try {
    return JSON.parse(localStorage.getItem(leftTextStorage + key) ?? 'null');
  } catch {
    return null;
  }
};
const forgetLeftText = (key) => {
  localStorage.removeItem(leftTextStorage + key);
  if (leftTextShown === key) {
    leftTextShown = '';
    hideNotice();
  }
};
const keepLeftText = () => {
  const draft = decapStore()?.getState().entryDraft;
  const entry = draft?.get('entry');
  if (!entry?.get('collection') || !draft.get('hasChanged')) return;
  const copy = entry.toJS();
  delete copy.isPersisting;
  delete copy.isFetching;
  // A file chosen in this page only (a blob: address) is gone after a reload; the media library keeps uploaded ones.
  copy.mediaFiles = (copy.mediaFiles ?? []).filter((file) => !String(file.url ?? '').startsWith('blob:'));
  const key = leftTextKey(copy.collection, copy.newRecord ? undefined : copy.slug || undefined);
  try {
    localStorage.setItem(leftTextStorage + key, JSON.stringify({ left: Date.now(), entry: copy }));
  } catch {
    // Storage full or refused: Decap's own copy is all there is, as before.
  }
};
/** Decap's «gjenopprette» question answered: with «OK» the copy kept here is what it restores; either way it is forgotten. */
const answeredBackupQuestion = (answer) => {
  const store = decapStore();
  const backup = store?.getState().entryDraft.getIn(['localBackup', 'entry']);
  if (!backup) return;
  const key = leftTextKey(backup.get('collection'), backup.get('slug') || undefined);
  const copy = readLeftText(key);
  if (!copy) return;
  forgetLeftText(key);
  if (answer) store.dispatch({ type: 'DRAFT_LOCAL_BACKUP_RETRIEVED', payload: { entry: copy.entry } });
};
/** The copy's key for the editor at the address (undefined elsewhere). */
const leftTextKeyHere = () => {
  const entry = entryOf(location.href);
  if (entry) return entry;
  const collection = newEntryOf(location.href);
  return collection ? leftTextKey(collection, undefined) : undefined;
};
// The address the offer was looked for at (once per opening), and the key of the copy offered above the form.
let leftTextLooked = '';
let leftTextShown = '';
const offerLeftText = () => {
  if (leftTextLooked === location.hash) return;
  const key = leftTextKeyHere();
  if (!key) return void (leftTextLooked = location.hash);
  // Once the entry at the address is in the form (Decap's draft of the entry before can still be there).
  const store = decapStore();
  const entry = store?.getState().entryDraft.get('entry');
  if (!entry?.get('collection') || entry.get('isFetching')) return;
  const slug = key.slice(key.indexOf('/') + 1);
  if (`${entry.get('collection')}/` !== key.slice(0, key.indexOf('/') + 1) || (slug ? entry.get('slug') !== slug : !entry.get('newRecord'))) return;
  leftTextLooked = location.hash;
  const copy = readLeftText(key);
  if (!copy?.entry?.data) return;
  if (!window.kompetansebankenLeftTextDiffers(copy.entry.data, entry.get('data')?.toJS() ?? {})) return forgetLeftText(key);
  const take = () => {
    const now = decapStore();
    if (!now) return;
    // Decap's own restore: the copy as its backup, then the form made from it (one render: Decap does not ask).
    now.dispatch({ type: 'DRAFT_LOCAL_BACKUP_RETRIEVED', payload: { entry: copy.entry } });
    now.dispatch({ type: 'DRAFT_CREATE_FROM_LOCAL_BACKUP' });
    forgetLeftText(key);
  };
  showNotice(
    window.kompetansebankenLeftTextHeading(copy.entry.data.title ?? copy.entry.data.name, copy.left, Date.now()),
    [
      { text: 'Hent tilbake teksten', action: take },
      { text: 'Forkast den', action: () => forgetLeftText(key) },
    ],
    true,
    false,
  );
  leftTextShown = key;
};
// A saved entry's text left earlier is not offered again (Decap forgets its own copy, a new entry's too, at a save).
CMS.registerEventListener({
  name: 'postSave',
  handler: ({ entry }) => {
    // A new entry's draft has no file name yet here (Decap names the file as it writes it).
    if (entry.get('slug')) forgetLeftText(leftTextKey(entry.get('collection'), entry.get('slug')));
    if (entry.get('newRecord') || !entry.get('slug')) forgetLeftText(leftTextKey(entry.get('collection'), undefined));
  },
});
