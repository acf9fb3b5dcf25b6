// A number and its unit stay on one line (Norwegian typography; Språkrådet: «95 %», with a space that does not
// break): the space between them is made a no-break space (U+00A0) in every page's text, in the build step that
// decides where the pages' lines may break (soft-hyphens.ts, hyphenatePage). One place for all the text a page has:
// MDX prose, the content's figures and labels («Alle kommuner (95 % av alle kommuner)» broke before «%» at 320 px:
// fresh eyes), and what the site writes about them (chart summaries, key figures).

export const noBreakSpace = '\u00A0';

/** Units written after a number, as whole words (not «prosentvis»): percent and per mille signs, money, amounts. */
const units = String.raw`(?:%|‰|prosent(?:poeng)?|pst\.|kr\.?|kroner|mill\.|millioner|mrd\.|milliarder)(?![\p{L}\p{N}])`;
const numberThenUnit = new RegExp(String.raw`(\d)[ \n](?=${units})`, 'gu');

/** `text` with the space between a number and its unit (one space or line break) made a no-break space. */
export function keepUnitsWithNumbers(text: string): string {
  return text.replace(numberThenUnit, `$1${noBreakSpace}`);
}
