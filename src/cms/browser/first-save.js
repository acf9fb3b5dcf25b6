// A new entry's first save: Decap writes the file, then replaces the form's address (…/new) with the saved entry's
// (…/entries/its-file-name) and keeps the same editor. That editor took the replaced address for leaving the form
// (it expects a push there): it stopped guarding the step away, so after a later edit the back arrow left without
// «Vil du gå likevel?», the CMS page kept no copy to offer (left-text-offer.js), and Decap's own bare «gjenopprette»
// question, answered «Avbryt», lost the edit (fresh eyes, a news item and an event). A file renamed at a save takes
// the same step. Decap's editor is told of that step as the push it expects: it keeps asking, for every save after.
// The toolbar's «Forhåndsvis siden» (Decap's link to the entry's page) came only for an entry opened, as Decap asks
// for it only then: it is given here at that step, as Decap makes it (site_url and the collection's preview_path).
const savedEntryAddress = /^\/collections\/([^/]+)\/entries\/(.+)$/;
/** Decap's step to a saved entry's address (a replace: its save's; a push is opening an entry, as Decap expects). */
const isSaveStep = (location, action) => action === 'REPLACE' && savedEntryAddress.test(location.pathname);
/** «Forhåndsvis siden» for the saved entry at `location`, unless Decap has it (or the config gives none). */
const givePreviewLink = (location) => {
  const store = decapStore();
  const [, collection, slug] = savedEntryAddress.exec(location.pathname) ?? [];
  const state = store?.getState();
  const site = state?.config.site_url;
  const path = state?.collections.getIn([collection, 'preview_path']);
  // Only an address made of the file's name alone (config.ts: entryUrl(…, '{{slug}}')): Decap fills other parts from the entry.
  if (!site || typeof path !== 'string' || state.config.show_preview_links === false || path.replaceAll('{{slug}}', '').includes('{{')) return;
  if (state.deploys[`${collection}.${slug}`]) return;
  const url = `${site.replace(/\/+$/, '')}/${path.replaceAll('{{slug}}', slug).replace(/^\/+/, '')}`;
  store.dispatch({ type: 'DEPLOY_PREVIEW_REQUEST', payload: { collection, slug } });
  store.dispatch({ type: 'DEPLOY_PREVIEW_SUCCESS', payload: { collection, slug, url, status: 'SUCCESS' } });
};
let historyWatched = false;
/** Once Decap's router is drawn (before its config has come, so before any editor starts listening). */
const watchSaveSteps = () => {
  const history = !historyWatched && decapHistory();
  if (!history) return;
  historyWatched = true;
  const listen = history.listen;
  history.listen = (listener) => listen((location, action) => listener(location, isSaveStep(location, action) ? 'PUSH' : action));
  listen((location, action) => isSaveStep(location, action) && givePreviewLink(location));
};
