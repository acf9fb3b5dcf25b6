// How the search reads a number in a query and in a page's formulas: one definition of numbers joined by «/», which
// the query searches as numbers (query.ts) and which are therefore no formula (formulas.ts).

/**
 * A number («0,5», «100»), or a range of two, which asMeant writes with a hyphen whatever dash was typed: «4-6
 * kommuner» was said to be on no page (Pagefind's highlight of /tall-og-fakta/'s «4–6» is not the word «4-6»).
 */
export const numeral = String.raw`\d+(?:[.,]\d+)?(?:-\d+(?:[.,]\d+)?)?`;

/**
 * Numbers joined by «/» alone: a report's number («2007/094»), a school year («2008/2009»), a fraction («1/2»),
 * figures listed («8,2/7,9/7,3»). A number, on the page as written, the slashes spaced in any way (query.ts); not a
 * formula (formulas.ts).
 */
export const slashedNumbers = new RegExp(`^${numeral}(?:/${numeral})+$`);
