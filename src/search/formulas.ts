// A formula typed into the search box («K = O/F», «k=o/f», «k = o / f») found nothing or every page with a «k», an
// «o» and an «f»: Pagefind reads a word with symbols without them («O/F» is «of», «k=o/f» is «kof») and a symbol
// alone («=», «/») as no word, so how it is spaced decides what it matches. A formula is read as one text, its
// spaces left out, both in the index (a page's formulas are search metadata, index-site.ts) and in the query
// (query.ts), and the hits must have it as written, spaced in any way (hasAsWritten).
import { escapeRegExp } from '../lib/escape-regexp.ts';
import { slashedNumbers } from './numerals.ts';

/** A formula's parts: a letter or two («K», «O», «F») or a number («2», «0,5»). */
const operand = String.raw`(?:\p{L}{1,2}|\p{N}+(?:[.,]\p{N}+)?)`;
/** Symbols between them that make it a formula (a hyphen does not: «SPC-diagram», «Nord-Fron» are words). */
const operator = String.raw`[=/+*×÷<>≤≥]`;
const formula = new RegExp(String.raw`(?<![\p{L}\p{N}])${operand}(?:\s*${operator}\s*${operand})+(?![\p{L}\p{N}])`, 'gu');

/** A formula as one text, spaces left out: «K = O / F» → «K=O/F». */
export const glued = (text: string): string => text.replace(/\s+/g, '');

/** Whether a text is a formula (glued or not) rather than words: «k=o/f», «K = O/F»; not «SPC-diagram». */
export const isFormula = (text: string): boolean => new RegExp(`^${formula.source}$`, 'u').test(text.trim()) && !slashedNumbers.test(glued(text));

/**
 * A number followed by a full stop and a word in small letters or a digit is an ordinal, not a formula's operand: the
 * /tall/ page's periods («3. kv. 2006 = 4. kv. 2005 – 3. kv. 2006») were filed as the formula «2006=4».
 */
const endsWithOrdinal = /\p{N}\.\s+[\p{Ll}\p{N}]/u;
/** Small letters joined by «/» alone are an abbreviation («c/o», «t/r»), not a formula («O/F», «k = o/f»). */
const abbreviation = /^\p{Ll}{1,2}(?:\/\p{Ll}{1,2})+$/u;
/** Whether a formula found, glued, is words or numbers (numerals.ts) joined by «/» that are no formula. */
const isSlashedOnly = (text: string): boolean => abbreviation.test(glued(text)) || slashedNumbers.test(glued(text));

/**
 * Whether a formula found in a page's text (`found`, followed there by `after`) is one: not an abbreviation, and not
 * numbers that run on into an ordinal.
 */
const isRealFormula = (found: string, after: string): boolean => !isSlashedOnly(found) && !endsWithOrdinal.test(`${found.slice(-1)}${after.slice(0, 3)}`);

/** The formulas in a text, glued, in lower case (Pagefind's case) and each once: «… K = O/F … K=L/F» → «k=o/f», «k=l/f». */
export function formulasIn(text: string): string[] {
  const real = [...text.matchAll(formula)].filter((found) => isRealFormula(found[0], text.slice(found.index + found[0].length)));
  return [...new Set(real.map((found) => glued(found[0]).toLocaleLowerCase('nb')))];
}

/** Text with its formulas taken out and given to `take`, as typed (single spaces): «k = o / f formel» → « formel». */
export function takeFormulas(text: string, take: (formula: string) => void): string {
  return text.replace(formula, (found) => {
    if (slashedNumbers.test(glued(found))) return found;
    take(found.replace(/\s+/g, ' '));
    return ' ';
  });
}

/**
 * The formula `text` («k=o/f», «K = O / F») as a page may write it, spaced in any way and in any case, the page's
 * text its first group (as query.ts: numberPattern for a number), so a hit's excerpt marks the whole formula
 * («<mark>K = O/F</mark>»), not the «K» Pagefind marks (number-excerpt.ts); undefined for text that is no formula.
 */
export function formulaPattern(text: string): RegExp | undefined {
  if (!isFormula(text)) return undefined;
  const parts = [...glued(text)].map(escapeRegExp).join(String.raw`\s*`);
  return new RegExp(String.raw`(?:^|[^\p{L}\p{N}])(${parts})(?![\p{L}\p{N}])`, 'iu');
}
