// The search of all collections finds what the titles spell with æ, ø, å or accents when typed without them
// (search-spelling.ts): the words are spelled as the titles spell them before Decap searches, on Enter.
const searchBox = 'input[class*="-SearchInput"]';
const ownSearches = new WeakSet();
document.addEventListener('focusin', (event) => event.target.matches?.(searchBox) && !known && !loading && void loadKnown());
document.addEventListener(
  'keydown',
  (event) => {
    const input = event.target;
    if (event.key !== 'Enter' || ownSearches.has(event) || !known || !(input instanceof HTMLInputElement) || !input.matches(searchBox)) return;
    if (input.closest('.ReactModal__Content, [role="dialog"]')) return;
    const titles = Object.values(knownEntries()).map((entry) => entry.title);
    const respelled = window.kompetansebankenRespelledQuery(input.value, titles, window.kompetansebankenFold);
    if (respelled === input.value) return;
    event.preventDefault();
    event.stopImmediatePropagation();
    // As typed: React's state takes the new words, then Decap searches on the Enter handed on.
    Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value').set.call(input, respelled);
    input.dispatchEvent(new Event('input', { bubbles: true }));
    setTimeout(() => {
      const enter = new KeyboardEvent('keydown', { key: 'Enter', bubbles: true, cancelable: true });
      ownSearches.add(enter);
      input.dispatchEvent(enter);
    });
  },
  true,
);

// Decap's search matches the letters in order anywhere in the fields it reads: «tromso» found a long title holding
// t, r, o, m, s and o apart (fresh eyes). Its hits are kept only where each word searched for stands in those
// fields, folded as the site's search folds (search-spelling.ts searchHit); the list of hits is Decap's own (its store).
let hitsSeen;
const keepRealHits = (store) => {
  const { search, entries } = store.getState();
  const ids = search?.entryIds;
  if (!ids || ids === hitsSeen || search.isFetching || !search.term) return;
  hitsSeen = ids;
  const entity = ({ collection, slug }) => entries.getIn(['entities', `${collection}.${slug}`]);
  const texts = (id) => (searchFields[id.collection] ?? []).map((field) => {
    const value = entity(id)?.getIn(['data', ...field.split('.')]);
    return typeof value?.toJS === 'function' ? value.toJS().join(' ') : String(value ?? '');
  });
  const kept = ids.filter((id) => !entity(id) || window.kompetansebankenSearchHit(search.term, texts(id), window.kompetansebankenFold));
  // No hits at all: Decap said «Laster innlegg …» for ever (it offers a next page of a search's hits, page 0's
  // «append_next»); its search gives all hits at once, so the hits kept come as the only page (no number: none next).
  if (kept.length === ids.length && ids.length > 0) return;
  if (ids.length === 0 && Number.isNaN(search.page)) return;
  store.dispatch({ type: 'SEARCH_ENTRIES_SUCCESS', payload: { entries: kept.map((id) => entity(id).toJS()), page: Number.NaN } });
  hitsSeen = store.getState().search.entryIds;
};
const watchHits = storeWatcher(keepRealHits);
