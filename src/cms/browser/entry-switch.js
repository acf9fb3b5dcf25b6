// Decap keeps the open entry when the address goes straight to another entry
// (typed, a bookmark, the browser's Back), and a save then wrote the form into
// the first entry's file. Such a step loads the editor afresh (below).
// From a new entry to another entry's address the new entry's form stayed too (empty, with «Slett innlegg»):
// loaded afresh as well, except for Decap's own step to the address a new entry gets at its first save.
const isFirstSave = ({ oldURL, newURL }) => {
  const fromNew = newEntryOf(oldURL);
  return Boolean(fromNew && entryOf(newURL) === `${fromNew}/${decapStore()?.getState().entryDraft.getIn(['entry', 'slug'])}`);
};
// From a new entry (or an entry) straight to another collection's new entry, Decap kept the form's fields by their
// place in it, with their ids and messages: a story's «Kommuner må fylles ut» stood on the news item's «Nyhet eller
// pressemelding», which was empty, not «Nyhet», and the news item was refused for the story's fields (fresh eyes).
// Loaded afresh too. (Through the collection's list and «Ny» the form was drawn anew, and was clean.)
/** The entry (collection/slug), or the new entry (collection/new), whose editor `url` opens; undefined for any other page. */
const editorOf = (url) => entryOf(url) ?? (newEntryOf(url) && `${newEntryOf(url)}/new`);
// Decap's «Dupliser» and «Publiser og dupliser» step to the collection's new entry and fill it with the entry's fields
// once there: loaded afresh, the copy's form was empty (fresh eyes). That step, right after such a choice, is Decap's own.
const duplicateLabels = new Set([norwegian.editor.editorToolbar.duplicate, norwegian.editor.editorToolbar.publishAndDuplicate]);
let duplicating = false;
document.addEventListener(
  'click',
  (event) => {
    const chosen = event.target instanceof Element ? event.target.closest('[role="menuitem"], button, li') : null;
    if (chosen && duplicateLabels.has(chosen.textContent.trim())) duplicating = true;
  },
  true,
);
const isDuplicate = ({ oldURL, newURL }) => {
  const copy = duplicating && newEntryOf(newURL) !== undefined && editorOf(oldURL)?.split('/')[0] === newEntryOf(newURL);
  duplicating = false;
  return copy;
};
const loadsAfresh = (event) => {
  const [before, after] = [editorOf(event.oldURL), editorOf(event.newURL)];
  return Boolean(before && after && before !== after && !isFirstSave(event) && !isDuplicate(event));
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
  loadKnownForEntry();
  showOpenedEntryProblems();
});
