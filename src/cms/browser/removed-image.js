// «Fjern bilde» in a group that may be left out (a story's «Bilde») took away the image file only: its alt text and
// credit stayed, and the save was refused, «Bildefil» må fylles ut (fresh eyes). Pressing it means the image is to
// go: the group's other fields go with it (the entry is saved without the group), and the notice above the form says
// what they held, with «Behold teksten» to put it back (to choose another image for it).
let imagesSeen;
const takeAwayWithImage = (store) => {
  const draft = store.getState().entryDraft;
  const entry = draft.get('entry');
  const collection = entry?.get('collection');
  const groups = imageGroups[collection] ?? [];
  const key = `${collection}/${entry?.get('slug') ?? ''}/${draft.get('key') ?? ''}`;
  const before = imagesSeen?.key === key ? imagesSeen.images : undefined;
  imagesSeen = { key, images: new Map(groups.map(([group, , image]) => [group, entry?.getIn(['data', group, image])])) };
  if (!before) return;
  for (const [group, groupLabel, image, others] of groups) {
    const value = entry.getIn(['data', group]);
    if (!filled(before.get(group)) || typeof value?.get !== 'function' || filled(value.get(image))) continue;
    const taken = others.filter(([name]) => filled(value.get(name)));
    const field = store.getState().collections.getIn([collection, 'fields'])?.find((f) => f.get('name') === group);
    if (taken.length === 0 || !field) continue;
    const change = (to) => store.dispatch({ type: 'DRAFT_CHANGE_FIELD', payload: { field, value: to, metadata: undefined, entries: [], i18n: undefined } });
    change(value.clear());
    const keep = () => {
      change(value);
      hideNotice();
    };
    const said = taken.map(([name, label]) => `«${label}»: ${inQuotes(String(value.get(name)))}`);
    // The notice stands right above the group, not at the form's top (on a phone the form was taken there, away from
    // «Bilde»; fresh eyes), and the focus, lost with «Fjern bilde», goes to «Velg et bilde» in the group; the notice is
    // read out (a status). Brought into sight below the notice as little as it takes: on a phone it stood just below
    // the screen's bottom edge, focused out of sight (fresh eyes at 375 × 812).
    const groupElement = document.getElementById(fieldIdIn(document, group) ?? '');
    const above = groupElement?.closest('[class*="-ControlContainer"]') ?? undefined;
    showNotice(`Bildet er fjernet fra «${groupLabel}», og dette som hørte til bildet, er tatt bort sammen med det:`, [...said, { text: 'Behold teksten', action: keep }], false, true, { before: above });
    requestAnimationFrame(() => {
      const choose = [...(groupElement?.querySelectorAll('button') ?? [])].find((button) => button.textContent.trim() === 'Velg et bilde');
      choose?.focus({ preventScroll: true });
      choose?.scrollIntoView({ block: 'nearest' });
    });
  }
};
const watchRemovedImages = storeWatcher(takeAwayWithImage, { atOnce: true });
