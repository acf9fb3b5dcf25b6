// Search results in date order. Only dated pages carry Pagefind's sort key
// (SearchFields.astro): a sort key on every page put one page number per page
// and per order into the index metadata every first search downloads (a first
// search at 10 000 stories fell from 281 to 257 KB without them). Pagefind
// leaves pages without the key out of a sorted search, so the undated hits
// follow, in order of relevance.

/**
 * `dated`: the sorted search's results (dated pages only, in date order);
 * `all`: the same search unsorted, by relevance. Returns every hit of `all`
 * once, the dated ones first in date order.
 */
export function inDateOrder<R extends { id: string }>(dated: readonly R[], all: readonly R[]): R[] {
  const ids = new Set(dated.map((result) => result.id));
  return [...dated, ...all.filter((result) => !ids.has(result.id))];
}
