// A result on a page of many parts (/tall/'s tables, index-site.ts `pagesWithParts`) links to the part where the
// words were found, with that part's excerpt, not to the page's top: Pagefind's sub-results, one for each heading with
// an id and one for the text before the first. Other pages' index copies keep no id, so they have one part, the page.

export interface Part {
  url: string;
  /** The part's heading as the index copy has it: a table's title (result-titles.ts), which names the result. */
  title: string;
  excerpt: string;
  /** Where the words were found in the part, each with how much it counts (Pagefind's `balanced_score`). */
  weighted_locations: { balanced_score: number }[];
}

/**
 * The part where the words are found most often, of those equally often the one where they weigh most; undefined
 * where that is the page's top, or the page has no parts (no heading keeps its id). Not by weight alone: a word in a
 * part's heading weighs as much as some twenty in its text, and «kommuner utenfor programmet» went to «Deltakere på
 * programmets konferanser», not to the table with the words 32 times (Tabell 4.6). Pagefind lists only the parts with
 * the words, so one part is a choice too: «lederutvikling» is in one table of /tall/ (fresh eyes).
 */
export function bestPart(parts: readonly Part[] | undefined): Part | undefined {
  if (!parts?.length) return undefined;
  const weight = (part: Part) => part.weighted_locations.reduce((sum, location) => sum + location.balanced_score, 0);
  const found = (part: Part) => part.weighted_locations.length;
  const best = parts.reduce((best, part) => (found(part) > found(best) || (found(part) === found(best) && weight(part) > weight(best)) ? part : best));
  return best.url.includes('#') ? best : undefined;
}
