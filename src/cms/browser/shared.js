// What the parts of the CMS page's own script share (each file in src/cms/browser/ is a part of one function,
// run at DOMContentLoaded and joined in a fixed order by browser-script.ts, so they share its names): the
// settings (window.kompetansebankenCms, from start-script.ts), Decap's own objects, its texts in Norwegian
// (registered here, before anything is drawn), Decap's store, and small helpers for texts and addresses.
const {
  phrases,
  monthPattern,
  newEntryNotSaved,
  savingStatus,
  savedAsDraft,
  savedAsDraftTitle,
  savedStatus,
  occasionCollections,
  searchNames,
  sitePreviewTexts,
  widgetNames,
  englishOutsideLocale,
  spelledLetters,
  maxIdLength,
  reportPath,
  bodyImagesPath,
  bodyCheckPath,
  stylesheet,
  collections,
  siteName,
  requiredWhenPrefix,
  checkAfterSave,
  fieldRefusalHeading,
  newItemRules,
  groupNeeds,
  imageGroups,
  uploadableImageExtensions,
  maxImageBytes,
  imageLimits,
  imagePixelTexts,
  imageMetadataRemoved,
  imageShrunk,
  uploadRefusedHeading,
  imageTooHeavy,
  mediaRepositoryFolder,
  mediaPublicPath,
  mediaFolder,
  entryFolders,
  imageTypeRefusal,
  notAnImageRefusal,
  imageNotPasted,
  otherImageExtensions,
  entriesPath,
  sortDates,
  searchFields,
  linkedEntryTexts,
  entryLabels,
  referenceFields,
  numberedFields,
  numberSeries,
  keptFields,
  decapBackupStore,
  quoteBankDataPath,
  sameTitleRefusals,
} = window.kompetansebankenCms;
const { CMS, h, createClass, kompetansebankenTitleToId: titleToId, kompetansebankenTitleKey: titleKey } = window;
const merge = (base, extra) => {
  const merged = { ...base };
  for (const [key, value] of Object.entries(extra))
    merged[key] = typeof value === 'object' && typeof merged[key] === 'object' ? merge(merged[key], value) : value;
  return merged;
};
const norwegian = merge(CMS.getLocale('nb_no') || {}, phrases);
CMS.registerLocale('nb_no', norwegian);
// Until Decap has read its config, which names the locale, it speaks English («Loading configuration...»
// while /admin/ opens): its English is the Norwegian too, as it falls back to English for a missing text anyway.
CMS.registerLocale('en', merge(CMS.getLocale('en') || {}, norwegian));
// Decap has no API for its Redux store (for a draft, the entries listed, the search's hits) nor for its router's
// history: both are reached through React's root, as the props of a fiber a few in.
/** The props of the first fiber under Decap's root (children before siblings) that `has`, or undefined. */
const decapProps = (has) => {
  const root = document.getElementById('nc-root');
  const key = root && Object.keys(root).find((name) => name.startsWith('__reactContainer$'));
  // The root's fiber as it is now (its stateNode's `current`): the fiber the container names is the first, and
  // React swaps the two at each commit, so that one could still be childless as Decap started (an editor drawn then
  // was missed).
  const queue = key ? [root[key].stateNode?.current ?? root[key]] : [];
  for (let seen = 0; queue.length > 0 && seen < 200; seen++) {
    const fiber = queue.shift();
    if (fiber.memoizedProps && has(fiber.memoizedProps)) return fiber.memoizedProps;
    for (const next of [fiber.child, fiber.sibling]) if (next) queue.push(next);
  }
  return undefined;
};
const decapStore = () => decapProps((props) => props.store?.dispatch)?.store;
/** How many errors a field has in Decap's draft (its fieldsErrors: a list, Immutable or not, or nothing). */
const errorCount = (errors) => errors?.size ?? errors?.length ?? 0;
/** Whether Decap's draft has a field marked with an error (its own or ours). */
const formMarked = () => decapStore()?.getState().entryDraft.get('fieldsErrors')?.some((errors) => errorCount(errors) > 0);
/** The history Decap's router steps through (its Router's), or undefined before Decap has drawn it. */
const decapHistory = () => decapProps((props) => props.history?.listen && props.history.block)?.history;
/**
 * A function that subscribes `listener(store)` to Decap's store once, at the first call at which the store exists
 * (Decap draws it after this script starts; later calls do nothing). `atOnce` also runs the listener then.
 */
const storeWatcher = (listener, { atOnce = false } = {}) => {
  let watched = false;
  return () => {
    const store = !watched && decapStore();
    if (!store) return;
    watched = true;
    store.subscribe(() => listener(store));
    if (atOnce) listener(store);
  };
};
/** `text` with each «%{name}» filled from `values`. */
const fill = (text, values) => text.replace(/%\{(\w+)\}/g, (_, name) => values[name] ?? '');
// In «», as the site quotes (lib/quoted.ts): quotation marks inside are made single («pressemeldingen «2010-03 –
// ‘Lavere sykefravær?’ – …»»; it said «2010-03 – «Lavere …» …», fresh eyes).
const inQuotes = (text) => `«${window.kompetansebankenInnerQuotes(text)}»`;
/** The entry at the address `url` («stories/sola-solrommet»), or undefined for another page of the CMS. */
const entryOf = (url) => /#\/collections\/([^/?]+)\/entries\/([^?]+)/.exec(url)?.slice(1).join('/');
/** The collection of the new entry's form at the address `url`, or undefined. */
const newEntryOf = (url) => /#\/collections\/([^/?]+)\/new\b/.exec(url)?.[1];
