// What runs at each change of the page Decap draws (one observer, in a fixed order): its English made Norwegian,
// the names and marks the other parts give what Decap draws, and their watchers of Decap's store started once it exists.
new MutationObserver((mutations) => {
  watchSaveSteps();
  watchLeavesWhileSaving();
  watchDates();
  for (const mutation of mutations) {
    if (mutation.type === 'childList') mutation.addedNodes.forEach(translateNode);
    else translateNode(mutation.target);
  }
  relabelItems();
  labelFigures();
  nameButtons();
  markNewEntryStatus();
  markSavingStatus();
  markDraftStatus();
  offerLeftText();
  watchFactMarksAndHints();
  markedFieldsInvalid();
  watchFixedFields();
  removedFieldsGo();
  hintsBySwitch();
  watchHits();
  watchRefusals();
  watchRemovedImages();
  hideDuplicate();
  closeRepeatedToasts();
}).observe(document.documentElement, { childList: true, subtree: true, characterData: true, attributes: true, attributeFilter: ['aria-label', 'title'] });
// An item closed or opened changes only classes, which the observer leaves alone (Decap changes them all the time).
document.addEventListener('click', () => requestAnimationFrame(nameButtons), true);
