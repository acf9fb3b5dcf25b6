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
