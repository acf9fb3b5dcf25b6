// The search page's filters: their URL keys (?sektor=…) in the order the page
// shows them, with their labels. Apart from search-fields.ts because the search
// page's script needs only this: search-fields.ts reads the collection registry,
// which would bring every zod schema into the browser.
/** Filter keys in the order the search page shows them, with their labels. */
export const filterLabels = {
  type: 'Innholdstype',
  sektor: 'Sektor',
  tema: 'Tema',
  niva: 'Nivå i kvalitetstrakten',
  fylke: 'Fylke',
  kommune: 'Kommune',
  pulje: 'Pulje',
  sprak: 'Språkform',
} as const;

export type FilterKey = keyof typeof filterLabels;
