// A number and its unit stay on one line (Norwegian typography; Språkrådet: «95 %», with a space that does not
// break): the space between them is made a no-break space (U+00A0) in every page's text, in the build step that
// decides where the pages' lines may break (soft-hyphens.ts, hyphenatePage). One place for all the text a page has:
// MDX prose, the content's figures and labels («Alle kommuner (95 % av alle kommuner)» broke before «%» at 320 px:
// fresh eyes), and what the site writes about them (chart summaries, key figures).

export const noBreakSpace = '\u00A0';

/**
 * Units written after a number, as whole words (not «prosentvis»): percent and per mille signs, money, amounts. The
 * search page reads one typed after a number as part of it (search/query.ts: «95 %» finds a page's «95 %»).
 */
export const units = String.raw`(?:%|‰|prosent(?:poeng)?|pst\.|kr\.?|kroner|mill\.|millioner|mrd\.|milliarder)(?![\p{L}\p{N}])`;
const numberThenUnit = new RegExp(String.raw`(\d)[ \n](?=${units})`, 'gu');

/**
 * Words written before a number, which stays on their line (Språkrådet: a no-break space in «s. 17», «nr. 3»,
 * «kap. 2», «§ 6», «kr 100», «kl. 10»): whole words, not the end of one («fylkes. 3» is no page reference).
 * «Sekretariatets sluttrapport, s. / 39» broke at 320 px (fresh eyes).
 */
export const numberPrefixes = String.raw`(?<![\p{L}\p{N}])(?:s\.|nr\.|kap\.|kl\.|kr\.?|§§?)`;
const prefixThenNumber = new RegExp(String.raw`(${numberPrefixes})[ \n](?=\d)`, 'gu');

/** A day or a quarter by its ordinal: «25. februar», «4. kvartal 2007» (fresh eyes: «(4. / kvartal 2007» at 320 px). */
const ordinalThenPeriod =
  /(?<![\d,.])(\d{1,2}\.)[ \n](?=(?:januar|februar|mars|april|mai|juni|juli|august|september|oktober|november|desember|kvartal|halvår|tertial)(?![\p{L}\p{N}]))/gu;

/** A large number's digit groups («12 000», «1 033 000»), which a line must not part. */
const digitGroups = /(?<![\d,.])\d{1,3}(?:[ \n]\d{3})+(?!\d|[,.]\d)/gu;

/** A short formula's sides around «=»: «K = O/F» (fresh eyes: a title broke into «K =» / «O/F» at 320 px). */
const shortFormula = /(?<![\p{L}\p{N}])([\p{L}\d][\p{L}\d/]{0,3})[ \n]=[ \n](?=[\p{L}\d][\p{L}\d/]{0,5}(?![\p{L}\p{N}]))/gu;

/**
 * `text` with the space (one space or line break) between a number and its unit (not inside a unit of two words:
 * «297 millioner kroner» bound whole was too long for a key figure's card at 320 px, and broke inside «kroner»),
 * between a number and the word it follows («s. 39», «§ 2»), between a day or quarter and its month or «kvartal»
 * («25. februar», «4. kvartal»), between a large number's digit groups, and around a short formula's «=» («K = O/F»)
 * made a no-break space.
 */
export function keepUnitsWithNumbers(text: string): string {
  return text
    .replace(digitGroups, (number) => number.replace(/[ \n]/g, noBreakSpace))
    .replace(numberThenUnit, `$1${noBreakSpace}`)
    .replace(ordinalThenPeriod, `$1${noBreakSpace}`)
    .replace(prefixThenNumber, `$1${noBreakSpace}`)
    .replace(shortFormula, `$1${noBreakSpace}=${noBreakSpace}`);
}

const startsWithSpacedUnit = new RegExp(String.raw`^[ \n](?=${units})`, 'u');
const startsWithUnit = new RegExp(String.raw`^(?=${units})`, 'u');
const endsWithSpacedPrefix = new RegExp(String.raw`${numberPrefixes}[ \n]$`, 'u');
const endsWithPrefix = new RegExp(String.raw`${numberPrefixes}$`, 'u');

/**
 * Two texts that follow each other on a line, split by an element: «<span class="nowrap">297</span> millioner kroner»
 * in a table cell, «**95** %» in prose, «s. <a>39</a>». The space between a number ending the one and a unit beginning
 * the other (or a prefix ending the one and a number beginning the other) made a no-break space, as
 * `keepUnitsWithNumbers` does within one text (it sees one at a time, and such a cell broke between «297» and
 * «millioner» at 320 px).
 */
export function keepUnitsAcross(before: string, after: string): [string, string] {
  if (/\d$/u.test(before) && startsWithSpacedUnit.test(after)) return [before, `${noBreakSpace}${after.slice(1)}`];
  if (/\d[ \n]$/u.test(before) && startsWithUnit.test(after)) return [`${before.slice(0, -1)}${noBreakSpace}`, after];
  // «, s. <a>3</a>»: a source list's page links.
  if (endsWithSpacedPrefix.test(before) && /^\d/u.test(after)) return [`${before.slice(0, -1)}${noBreakSpace}`, after];
  if (endsWithPrefix.test(before) && /^[ \n]\d/u.test(after)) return [before, `${noBreakSpace}${after.slice(1)}`];
  return [before, after];
}
