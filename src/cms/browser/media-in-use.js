// An image of the media library that entries show is not deleted («Slett markert»): its pages would fail.
// The file Decap is about to delete is its media library's chosen one (component state; Decap has no API).
const chosenMediaFile = () => {
  const element = document.querySelector('.nc-fileUploadButton');
  const key = element && Object.keys(element).find((name) => name.startsWith('__reactFiber$'));
  for (let fiber = key ? element[key] : undefined; fiber; fiber = fiber.return)
    if (fiber.stateNode?.state && 'selectedFile' in fiber.stateNode.state) return fiber.stateNode.state.selectedFile;
  return undefined;
};
const refuseImageInUse = (message) => {
  if (message !== norwegian.mediaLibrary.mediaLibrary.onDelete) return false;
  const name = inMediaFolder(chosenMediaFile()?.path ?? '');
  if (name === undefined) return false;
  if (!known) {
    void loadKnown();
    window.alert(linkedEntryTexts.imageUnchecked);
    return true;
  }
  const showing = Object.entries(knownEntries()).filter(([, entry]) => entry.images?.includes(name));
  if (showing.length === 0) return false;
  const entries = showing.map(([from, entry]) => [from, fill(linkedEntryTexts.imageEntry, { kind: kindOf(from), title: inQuotes(entry.name) })]);
  return refuse(entries, fill(linkedEntryTexts.imageNotice, { name }), linkedEntryTexts.imageAdvice, showLibraryNotice);
};
