/**
 * Joins compound segments in the search index's copy of a page. Pagefind
 * indexes a hyphenated word as its parts and as the whole; the invisible word
 * joiner before the hyphen marks it as ours, so the search page can remove it
 * from excerpts and titles.
 */
export const segmentJoiner = '\u2060-';

/**
 * A break after a slash between words in the index's copy (extra-terms.ts: splitCompounds), so that Pagefind reads
 * each word on its own: a word joiner, invisible, and the space that makes two words of one.
 */
export const slashBreak = '\u2060 ';

/** Text from the index as the page itself has it: no joints, and no break after a slash, also where a mark ends before it. */
export function withoutSegmentJoiners(text: string): string {
  // One pass for both: a joint is `segmentJoiner`, a break `slashBreak`.
  return text.replace(/\u2060(-|(<\/mark>)? )/g, '$2');
}

/** Where the index's copy of a heading says the page's own heading may break (withBreaksOf): no character of the text, nor one Pagefind indexes. */
export const pageBreak = '\u200B';

/**
 * The heading as the index's copy has it (`indexed`, segment joiners at the compound joints the index split), with
 * `pageBreak` where the page's own heading (`hyphenated`, with the soft hyphens scripts/hyphenate-pages.ts put in)
 * may break. The index's joints are for search and some are false («Spørre|unders|økelse»); the page's are
 * Norwegian hyphenation («Spørre|un|der|sø|kelse»). A heading that differs in more than these is kept as it is.
 */
export function withBreaksOf(indexed: string, hyphenated: string): string {
  let out = '';
  let j = 0;
  for (let i = 0; i < indexed.length; ) {
    if (indexed.startsWith(segmentJoiner, i)) {
      out += segmentJoiner;
      i += segmentJoiner.length;
    } else if (hyphenated[j] === '\u00AD') {
      out += pageBreak;
      j++;
    } else if (indexed[i] === hyphenated[j]) {
      out += indexed[i++];
      j++;
    } else return indexed;
  }
  return j === hyphenated.length ? out : indexed;
}

/**
 * A title from the index for the results list: it breaks where the page's own heading does, with a soft hyphen
 * (withBreaksOf), never at the index's compound joints, some of which are false («Spørre-/unders-/økelse» at
 * 320 px). A title without the page's breaks (a document title, result-titles.ts) has none.
 */
export function withPageBreaks(title: string): string {
  return withoutSegmentJoiners(title).replaceAll(pageBreak, '\u00AD');
}
