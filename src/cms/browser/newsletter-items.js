// A newsletter's closed items say which entry by its title, as the CMS lists it (the config's summary
// is its key; its kind stands above it). The key is kept for each label, so the title comes once the entries are known.
const itemKeys = new WeakMap();
const relabelItems = () => {
  for (const label of document.querySelectorAll('[class*="NestedObjectLabel"]')) {
    const text = label.firstChild;
    if (text?.nodeType !== Node.TEXT_NODE) continue;
    const earlier = itemKeys.get(text);
    const key = earlier?.shown === text.data ? earlier.key : text.data;
    const [collection, id] = /^(\w+)\/(\S+)$/.exec(key)?.slice(1) ?? [];
    if (!entryLabels[collection]) continue;
    if (!known && !loading) void loadKnown();
    const shown = knownEntries()[key]?.title ?? id;
    itemKeys.set(text, { key, shown });
    if (text.data !== shown) text.data = shown;
  }
};
