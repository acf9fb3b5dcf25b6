// What the search page says for a query with no word to search for, only markup or punctuation («<b>», «***»):
// «<b>» listed every page without saying why. Loaded only for such a query (scripts/search.ts).
import { quoted } from '../lib/quoted.ts';

/** The status line for `query`, said back as typed (a pasted block cut, as in the page title). */
export function noWords(query: string): string {
  const asked = query.trim();
  return `Søket ${quoted(asked.length > 60 ? `${asked.slice(0, 59)}…` : asked)} har ingen ord å søke etter, bare tegn eller kode. Skriv ett eller flere ord som sier hva du leter etter.`;
}
