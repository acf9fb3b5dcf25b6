// A formula typed into the search box («K = O/F», «k=o/f», «k = o / f») found nothing or every page with a «k», an
// «o» and an «f»: Pagefind reads a word with symbols without them («O/F» is «of», «k=o/f» is «kof») and a symbol
// alone («=», «/») as no word, so how it is spaced decides what it matches. A formula is read as one text, its
// spaces left out, both in the index (a page's formulas are search metadata, index-site.ts) and in the query
// (query.ts), and the hits must have it as written, spaced in any way (hasAsWritten).

/** A formula's parts: a letter or two («K», «O», «F») or a number («2», «0,5»). */
const operand = String.raw`(?:\p{L}{1,2}|\p{N}+(?:[.,]\p{N}+)?)`;
/** Symbols between them that make it a formula (a hyphen does not: «SPC-diagram», «Nord-Fron» are words). */
const operator = String.raw`[=/+*×÷<>≤≥]`;
const formula = new RegExp(String.raw`(?<![\p{L}\p{N}])${operand}(?:\s*${operator}\s*${operand})+(?![\p{L}\p{N}])`, 'gu');

/** A formula as one text, spaces left out: «K = O / F» → «K=O/F». */
export const glued = (text: string): string => text.replace(/\s+/g, '');

/** Whether a text is a formula (glued or not) rather than words: «k=o/f», «K = O/F»; not «SPC-diagram». */
export const isFormula = (text: string): boolean => new RegExp(`^${formula.source}$`, 'u').test(text.trim());

/** The formulas in a text, glued, in lower case (Pagefind's case) and each once: «… K = O/F … K=L/F» → «k=o/f», «k=l/f». */
export function formulasIn(text: string): string[] {
  return [...new Set((text.match(formula) ?? []).map((found) => glued(found).toLocaleLowerCase('nb')))];
}

/** Text with its formulas taken out and given to `take`, as typed (single spaces): «k = o / f formel» → « formel». */
export function takeFormulas(text: string, take: (formula: string) => void): string {
  return text.replace(formula, (found) => {
    take(found.replace(/\s+/g, ' '));
    return ' ';
  });
}
