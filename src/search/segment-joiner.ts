/**
 * Joins compound segments in the search index's copy of a page. Pagefind
 * indexes a hyphenated word as its parts and as the whole; the invisible word
 * joiner before the hyphen marks it as ours, so the search page can remove it
 * from excerpts and titles.
 */
export const segmentJoiner = '\u2060-';

/** Text from the index as the page itself has it. */
export function withoutSegmentJoiners(text: string): string {
  return text.replaceAll(segmentJoiner, '');
}

/**
 * A title from the index for the results list: its compound joints become soft hyphens, so on a
 * phone «Kvalitetskommuneprogrammet» breaks as «Kvalitetskommune-/programmet» (it broke anywhere,
 * «…program/met», with no hyphen). The page's own soft hyphens are not in the index (index-site.ts).
 */
export function withSoftHyphensAtJoints(text: string): string {
  return text.replaceAll(segmentJoiner, '\u00AD');
}
