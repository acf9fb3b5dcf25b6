// A number and its unit stay on one line (Norwegian typography; Språkrådet: «95 %», with a space that does not
// break): the space between them is made a no-break space (U+00A0) in every page's text, in the build step that
// decides where the pages' lines may break (soft-hyphens.ts, hyphenatePage). One place for all the text a page has:
// MDX prose, the content's figures and labels («Alle kommuner (95 % av alle kommuner)» broke before «%» at 320 px:
// fresh eyes), and what the site writes about them (chart summaries, key figures).

export const noBreakSpace = '\u00A0';

/** Units written after a number, as whole words (not «prosentvis»): percent and per mille signs, money, amounts. */
export const units = String.raw`(?:%|‰|prosent(?:poeng)?|pst\.|kr\.?|kroner|mill\.|millioner|mrd\.|milliarder)(?![\p{L}\p{N}])`;
const numberThenUnit = new RegExp(String.raw`(\d)[ \n](?=${units})`, 'gu');

/** `text` with the space between a number and its unit (one space or line break) made a no-break space. */
export function keepUnitsWithNumbers(text: string): string {
  return text.replace(numberThenUnit, `$1${noBreakSpace}`);
}

const startsWithSpacedUnit = new RegExp(String.raw`^[ \n](?=${units})`, 'u');
const startsWithUnit = new RegExp(String.raw`^(?=${units})`, 'u');

/**
 * Two texts that follow each other on a line, split by an element: «<span class="nowrap">297</span> millioner kroner»
 * in a table cell, «**95** %» in prose. The space between a number ending the one and a unit beginning the other made
 * a no-break space, as `keepUnitsWithNumbers` does within one text (it sees one at a time, and such a cell broke
 * between «297» and «millioner» at 320 px).
 */
export function keepUnitsAcross(before: string, after: string): [string, string] {
  if (/\d$/u.test(before) && startsWithSpacedUnit.test(after)) return [before, `${noBreakSpace}${after.slice(1)}`];
  if (/\d[ \n]$/u.test(before) && startsWithUnit.test(after)) return [`${before.slice(0, -1)}${noBreakSpace}`, after];
  return [before, after];
}
