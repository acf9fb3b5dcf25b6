// Numbers as Norwegians write them (number-widget.js); the config names it for every number field (fields.ts).
// A number each entry has once (a newsletter's, a press release's) shows the next free one under the field of a new
// entry, counted among every entry (numberTakers): the secretariat had to look it up in the list (fresh eyes). Only
// for, and among, the entries with the field values `next_free` names (a news item has no number: fresh eyes). Read
// from the entry being edited in Decap's store: the `entry` Decap gives a field can be stale.
const nextFreeFor = (field) => {
  const among = field.get('next_free');
  const entry = decapStore()?.getState().entryDraft.get('entry');
  if (!among || !entry?.get('newRecord')) return undefined;
  if (![...among.entries()].every(([name, value]) => entry.getIn(['data', name]) === value)) return undefined;
  const takers = numberTakers(entry.get('collection'), field.get('name'));
  return takers && nextFree(takers);
};
// A saved entry keeps its number (save-refusals.js): text typed over it is refused with that number as the example,
// not the next free one (a saved press release's «Nummer» offered «for eksempel 8», another release's number).
const savedNumberFor = (field) => {
  const entry = decapStore()?.getState().entryDraft.get('entry');
  if (!field.get('next_free') || !entry || entry.get('newRecord')) return undefined;
  const saved = decapStore().getState().entries.getIn(['entities', `${entry.get('collection')}.${entry.get('slug')}`, 'data', field.get('name')]);
  return typeof saved === 'number' ? saved : undefined;
};
// Asked again at each change of Decap's store (a field of the entry, the list loaded) and when the site's list is in;
// only for a field that has one (every number field of a figure table listened to each keystroke).
const watchNextFree = (field, changed) => {
  if (!field.get('next_free')) return () => {};
  const stop = decapStore()?.subscribe(changed);
  document.addEventListener(knownLoaded, changed);
  return () => {
    stop?.();
    document.removeEventListener(knownLoaded, changed);
  };
};
// The unit the entry being edited names in «Enhet»: a figure table's `unit`, a story series' `series.unit`; read when a
// figure is checked, so a unit changed after the figure counts.
const unitIn = (data) => {
  if (typeof data?.get !== 'function') return undefined;
  if (typeof data.get('unit') === 'string') return data.get('unit');
  for (const value of data.values()) {
    const unit = unitIn(value);
    if (unit !== undefined) return unit;
  }
  return undefined;
};
const entryUnit = () => unitIn(decapStore()?.getState().entryDraft.getIn(['entry', 'data']));
// A figure of a table's or a series' row is named in its messages by its column and row, as the form labels it (figure-columns.js).
const number = window.kompetansebankenNumberWidget({ h, createClass, parse: window.kompetansebankenParseNumber, nextFree: nextFreeFor, savedNumber: savedNumberFor, watchNextFree, unit: entryUnit, name: (id) => figureName(id) });
CMS.registerWidget('norwegianNumber', number.control, number.preview, number.schema);
// Text longer or shorter than its schema allows (a title over 150 characters, an ingress under 20) is refused at
// the field, with the limit and the count there (text-length-widget.js), not by a toast that fades.
window.kompetansebankenTextLengthWidgets({ CMS, h, createClass, lengthMessage: window.kompetansebankenTextLengthMessage, clean: (text) => window.kompetansebankenPastedText.cleanText(text), isoDate: (text) => window.kompetansebankenIsoFromTyped(text, window.kompetansebankenCms.monthNames), dateProblem: (text) => window.kompetansebankenTypedDateProblem(text, window.kompetansebankenCms.monthNames) });
// A choice an existing entry leaves out shows as the site reads it (missing-choice-widget.js): «Språk» showed empty in
// every file without `lang`.
window.kompetansebankenMissingChoiceWidget({ CMS, h, createClass });
// A pick-list of entries (Decap's relation widget: a newsletter's items, a story's tools) matched what is typed
// letter for letter, in order, anywhere in its fields: «naervaer» listed long ingresses that hold those letters apart
// before «Nærværsarbeid …», and «karasjohka» found no «Kárášjohka» (fresh eyes). Its list is asked for whole and
// kept to the entries whose fields have each word typed, folded as the site's search folds (search/spelling.ts fold:
// æ as ae or a, ø as oe or o, å as aa or a, accents dropped), those with every word in their title first
// (search-spelling.ts pickListHits). Decap's own control draws the field; only its `query` is ours.
const pickListTexts = (data, path) =>
  path.split('.').reduce((values, step) => values.flatMap((value) => (step === '*' ? (Array.isArray(value) ? value : []) : value?.[step] === undefined ? [] : [value[step]])), [data]);
const foldedQuery = (query) => async (forID, collection, searchFields, term, ...rest) => {
  const result = await query(forID, collection, searchFields, '', ...rest);
  const hits = result?.payload?.hits;
  if (typeof term !== 'string' || term.trim() === '' || !Array.isArray(hits)) return result;
  const texts = hits.map((hit) => searchFields.map((path) => pickListTexts(hit.data, path).map(String).join(' ')));
  const order = window.kompetansebankenPickListHits(term, texts, window.kompetansebankenFold);
  return { ...result, payload: { ...result.payload, hits: order.map((index) => hits[index]) } };
};
const relationWidget = CMS.getWidget('relation');
if (relationWidget) {
  const Own = relationWidget.control;
  const control = createClass({
    // Decap asks the control its ref is given (this one) whether the value is valid: Decap's own control answers.
    isValid() {
      return this.own?.isValid?.() ?? true;
    },
    // Decap draws a control again only when its own `shouldComponentUpdate` says so (or its value changes): Decap's
    // control asks to be drawn when its list comes in (`queryHits`). Without this, a saved entry's chosen entries
    // never showed.
    shouldComponentUpdate(next) {
      return this.own?.shouldComponentUpdate ? this.own.shouldComponentUpdate(next) : true;
    },
    render() {
      const { ref, ...props } = this.props;
      return h(Own, { ...props, query: foldedQuery(props.query), ref: (own) => (this.own = own) });
    },
  });
  CMS.registerWidget({
    name: 'relation',
    controlComponent: control,
    previewComponent: relationWidget.preview,
    schema: relationWidget.schema,
    globalStyles: relationWidget.globalStyles,
    allowMapValue: relationWidget.allowMapValue,
  });
}
