// Decap's own questions (window.confirm) outside its locale: an upload that would replace a file.
// Before an entry is deleted or unpublished: refused while other entries link to it (entry-links.js), and an
// image while entries show it (media-in-use.js).
const confirm = window.confirm.bind(window);
window.confirm = (message) => {
  if (refuseLinkedRemoval(message) || refuseImageInUse(message)) return false;
  // The copy of what a save just published is nothing to restore (published-backup.js): «no», and Decap deletes it.
  if (message === norwegian.editor.editor.confirmLoadBackup && backupIsPublished()) return false;
  const answer = confirm(translate(String(message)));
  if (message === norwegian.editor.editor.confirmLoadBackup) answeredBackupQuestion(answer);
  if (answer && message === norwegian.editor.editor.confirmLoadBackup) keepRestoredDraft();
  if (answer && message === norwegian.editor.editor.onLeavePage) keepLeftText();
  if (answer && removals[message]) removed(currentKey());
  return answer;
};
