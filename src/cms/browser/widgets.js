// Numbers as Norwegians write them (number-widget.js); the config names it for every number field (fields.ts).
// A number each entry has once (a newsletter's, a press release's) shows the next free one under the field of a new
// entry, once the collection's list is loaded: the secretariat had to look it up in the list (fresh eyes). Only for,
// and among, the entries with the field values `next_free` names (a news item has no number: fresh eyes).
const nextFreeFor = (field, entry) => {
  const among = field.get('next_free');
  const collection = entry?.get('collection');
  if (!among || !entry?.get('newRecord') || !listLoaded(collection)) return undefined;
  const counted = (other) => [...among.entries()].every(([name, value]) => other.getIn(['data', name]) === value);
  return counted(entry) ? nextFree(listedEntries(collection).filter(counted), field.get('name')) : undefined;
};
const number = window.kompetansebankenNumberWidget({ h, createClass, parse: window.kompetansebankenParseNumber, nextFree: nextFreeFor });
CMS.registerWidget('norwegianNumber', number.control, number.preview, number.schema);
// Text longer or shorter than its schema allows (a title over 150 characters, an ingress under 20) is refused at
// the field, with the limit and the count there (text-length-widget.js), not by a toast that fades.
window.kompetansebankenTextLengthWidgets({ CMS, h, createClass, lengthMessage: window.kompetansebankenTextLengthMessage, clean: (text) => window.kompetansebankenPastedText.cleanText(text), isoDate: (text) => window.kompetansebankenIsoFromTyped(text, window.kompetansebankenCms.monthNames) });
