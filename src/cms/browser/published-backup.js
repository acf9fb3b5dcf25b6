// Decap's «Vil du gjenopprette …?» offered the text just published when the editor was left before Decap had deleted
// its copy of the form («Publiser og lag nytt» reloads the page at once; a step away during the save): «OK» made a
// second entry of it. At each save its entry's copies are deleted here (Decap's keys in localForage's IndexedDB), and
// what the save wrote is remembered (localStorage: the page may reload at once), by entry and by collection for a new
// one, so that a copy Decap writes after the save (its editor, closing, writes the form as it was at the save) is
// answered «no» without asking (questions.js), and Decap deletes it (published-backup.ts).
const savedDataStorage = 'kompetansebanken-lagret-data';
const readSavedData = () => {
  try {
    return JSON.parse(localStorage.getItem(savedDataStorage) ?? '[]');
  } catch {
    return [];
  }
};
/** Decap's key for its copy of a form (published-backup.ts backupKey): «backup.<collection>[.<slug>]». */
const backupKey = window.kompetansebankenBackupKey;
/** Deletes Decap's copies at `keys` from localForage's IndexedDB store (published-backup.ts decapBackupStore); resolves when done (or it could not). */
const deleteBackups = (keys) =>
  new Promise((resolve) => {
    const { database, store } = decapBackupStore;
    const open = indexedDB.open(database);
    // Not made here if Decap has not made it: localForage would then find it without its store.
    open.onupgradeneeded = () => open.transaction?.abort();
    open.onerror = () => resolve();
    open.onsuccess = () => {
      const db = open.result;
      try {
        const transaction = db.transaction(store, 'readwrite');
        for (const key of keys) transaction.objectStore(store).delete(key);
        transaction.oncomplete = transaction.onerror = transaction.onabort = () => {
          db.close();
          resolve();
        };
      } catch {
        db.close();
        resolve();
      }
    };
  });
/** The deletion of the last save's copies, under way or done («Publiser og lag nytt» waits for it before its reload). */
let backupsDeleted = Promise.resolve();
CMS.registerEventListener({
  name: 'postSave',
  handler: ({ entry }) => {
    const collection = entry.get('collection');
    const slug = entry.get('slug') || undefined;
    // A new entry's draft has no file name yet here: its copy is the new form's («backup.<collection>»).
    const isNew = Boolean(entry.get('newRecord')) || !slug;
    backupsDeleted = deleteBackups([...(slug ? [backupKey(collection, slug)] : []), ...(isNew ? [backupKey(collection)] : [])]);
    const keys = [...(slug ? [leftTextKey(collection, slug)] : []), ...(isNew ? [leftTextKey(collection, undefined)] : [])];
    const data = entry.get('data')?.toJS?.() ?? {};
    const kept = readSavedData().filter((saved) => !keys.includes(saved.key));
    try {
      localStorage.setItem(savedDataStorage, JSON.stringify([...keys.map((key) => ({ key, data })), ...kept].slice(0, window.kompetansebankenRememberedSaves)));
    } catch {
      // Storage full or refused: Decap asks, as before.
    }
  },
});
/** Whether Decap's copy of the form, which it is about to offer, says only what a save of its entry wrote. */
const backupIsPublished = () => {
  const backup = decapStore()?.getState().entryDraft.getIn(['localBackup', 'entry']);
  if (!backup?.get('data')) return false;
  const key = leftTextKey(backup.get('collection'), backup.get('slug') || undefined);
  const asSaved = cleaned(backup.get('data'), undefined, undefined)?.toJS?.() ?? {};
  return readSavedData().some((saved) => saved.key === key && window.kompetansebankenBackupIsSaved(asSaved, saved.data));
};
