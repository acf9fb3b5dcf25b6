// What the visitor typed, as Pagefind should search it. Quoted phrases are
// kept whole, every word included («"samarbeid med pårørende"»); a
// number («0,5», «100») is searched as that number, not as «0» and «5» or the start of longer ones; question and
// function words are dropped from the rest (see stop-words.ts). Text pasted
// from Word or a PDF is read as meant first (query-text.ts).
import { glued, isFormula, takeFormulas } from './formulas.ts';
import { numeral, slashedNumbers } from './numerals.ts';
import { units } from '../hyphenation/number-units.ts';
import { asMeant, looseWords } from './query-text.ts';
import { withoutSegmentJoiners } from './segment-joiner.ts';
import { withDigits } from './number-words.ts';
import { splitStopWords } from './stop-words.ts';
import { inTypedOrder } from './typed-order.ts';
import { hasLetterOrDigit } from './words.ts';
import { quoted } from '../lib/quoted.ts';

/** The term of a query whose every word matches nothing: it finds nothing, without asking Pagefind (scripts/search.ts: searchOnce). */
export const findsNothing = '\u0000';

export interface ParsedQuery {
  /** Phrases and numbers to match exactly, without quotes. */
  exact: string[];
  /** The other words, stop words dropped. */
  words: string[];
  /** The stop words left out, as typed, so the page can say so. */
  dropped: string[];
}

/**
 * A number the page must have as written: a decimal («0,5», or «9.6» typed with a point, as «9,6»), which
 * Pagefind reads without its comma, and a whole number («100»), which Pagefind matches as the start of longer
 * ones («1000», «10,0»): «100» found nothing and «200» listed every page with 2007–2010. Not a year, whose
 * prefix matches are the year's own forms, and whose hits (hundreds) the check would load one by one; not a
 * number of one digit (below). A unit after it («95 %») is part of it (numberWithUnit).
 */
const number = new RegExp(`^${numeral}(?=\u00a0|$)`);
/** Whether a text of the query is a number, or numbers joined by «/» (numerals.ts). */
const isNumber = (text: string) => number.test(text) || slashedNumbers.test(text);
const year = /^(?:19|20)\d\d$/;
/**
 * A number of one digit stays a word: «nyhetsbrev nr 5» ranks the issue first as words. Two digits are a number:
 * as a word, «95» was matched by «9,5» (Pagefind reads it as «95») and said to be on no page, though /tall/ has «95 %».
 */
const isExactNumber = (word: string) => slashedNumbers.test(word) || (number.test(word) && !year.test(word) && (/[.,]/.test(word) || word.length >= 2));
/**
 * A number with its unit after it («95 %», «12,5 prosent», «95%»): the unit is no word a page must have (/tall/ writes
 * «95 %», a table «9,8» under «prosent»), so it stays with the number, joined by a no-break space, as one exact text.
 */
const numberWithUnit = new RegExp(String.raw`(?<![\p{L}\p{N},.])(${numeral})\s*(${units})`, 'giu');
/** A phrase in straight, Norwegian, curly or low-high quotation marks, the closing one left out at the end. */
const quotedPhrase = /["«»“”„]([^"«»“”„]+)["«»“”]?/g;

/**
 * The query's phrases and numbers (`exact`), and its other words; with `asTyped`, every word as typed
 * (for saying the query back: «du skrev …»), else without the stop words, which are `dropped`.
 */
export function parseQuery(query: string, asTyped = false): ParsedQuery {
  const exact: string[] = [];
  const rest = asMeant(query).replace(quotedPhrase, (_, phrase: string) => {
    // One word in quotes («”sykefravær”») is that word: searched as a phrase it lost its other forms (74 hits, not 79).
    if (!/\S\s+\S/.test(phrase)) return ` ${phrase} `;
    exact.push(phrase.trim().replace(/\s+/g, ' '));
    return ' ';
  });
  const numbers = rest.replace(numberWithUnit, (_, digits: string, unit: string) => {
    exact.push(`${digits}\u00a0${unit.toLowerCase()}`);
    return ' ';
  });
  // A formula («K = O/F», «k=o/f») is one text however it is spaced (formulas.ts).
  const loose = looseWords(takeFormulas(numbers, (formula) => exact.push(formula)));
  if (asTyped) return { exact, words: loose, dropped: [] };
  exact.push(...loose.filter(isExactNumber));
  const { kept, dropped } = splitStopWords(loose.filter((word) => !isExactNumber(word)).join(' '));
  return { exact, words: kept, dropped };
}

/**
 * Whether Pagefind can find the phrase as a phrase: it matches word by word,
 * and a part with no letter or digit («K = O/F», «2009 – 2010») is no word to
 * it, so such a phrase never matched.
 */
function isWordPhrase(phrase: string): boolean {
  return phrase.split(' ').every(hasLetterOrDigit) && !isFormula(phrase);
}

/**
 * What must be on a hit's page as written, checked after Pagefind
 * (hasAsWritten): numbers, which Pagefind reads without the comma or as the start of longer ones,
 * phrases it cannot match as phrases, and a phrase beside other words.
 */
export function asWritten({ exact, words }: ParsedQuery): string[] {
  // Pagefind searches a phrase as a phrase only when it is the whole query: beside other words its quotes are ignored.
  const alone = exact.length === 1 && words.length === 0;
  return exact.filter((phrase) => isNumber(phrase) || !isWordPhrase(phrase) || (!alone && phrase.includes(' ')));
}

/**
 * The number `text` is or begins with («95» of «95 %»), as a page must have it, whole (hasAsWritten), the number
 * itself its first group; undefined for text that is no number.
 */
export function numberPattern(text: string): RegExp | undefined {
  const digits = slashedNumbers.test(text) ? text : text.match(number)?.[0];
  // A range's dash is any dash on the page, spaced or not: a hyphen, an en dash, a minus, a non-breaking hyphen.
  const asOnPage = (part: string) => part.replace(/[.,]/g, '[.,]').replace('-', '\\s*[-\u2010-\u2015\u2212]\\s*');
  // Numbers joined by «/» are on the page so, «8,2 / 7,9 / 7,3» too.
  return digits ? new RegExp(`(?:^|[^\\d,.])(${digits.split('/').map(asOnPage).join('\\s*/\\s*')})(?![\\d]|[.,]\\d)`) : undefined;
}

/**
 * Whether a page's text has `text` as written: a number whole, with a comma or a point («9,6» and «9.6» alike,
 * not «19,6» or «9,65»; «100», not «1000» or «10,0»), other text in any case or spacing.
 */
export function hasAsWritten(content: string, text: string): boolean {
  const written = numberPattern(text);
  // «10» is on a page that has «ti» (number-words.ts).
  if (written) return written.test(content) || written.test(withDigits(content));
  // A formula spaced in any way («K = O / F» for «k=o/f»).
  const flat = (s: string) => (isFormula(text) ? glued(s) : s.replace(/\s+/g, ' ')).toLocaleLowerCase('nb');
  return flat(withoutSegmentJoiners(content)).includes(flat(text));
}

/** The query string for Pagefind: phrases in quotes (one it cannot match as a phrase, by its words), then the words. */
export function pagefindQuery({ exact, words }: ParsedQuery): string {
  // A number is searched without its unit («"95"» for «95 %»): the hits are checked for it as written (asWritten).
  // Numbers joined by «/» by their numbers, which Pagefind has as words of their own («2007/094»: «2007», «094»).
  const phrases = exact.map((phrase) => (slashedNumbers.test(phrase) ? phrase.replaceAll('/', ' ') : number.test(phrase) ? `"${phrase.match(number)?.[0]}"` : isWordPhrase(phrase) ? `"${phrase}"` : isFormula(phrase) ? glued(phrase) : phrase.split(' ').filter(hasLetterOrDigit).join(' ')));
  return [...phrases, ...words].join(' ');
}

/**
 * The query with its quotation marks taken out, for when a quoted phrase found
 * nothing: the words may still be on a page, only not in that order or form.
 * Undefined when nothing was quoted.
 */
export function withoutQuotes(query: string): string | undefined {
  if (!/["«»“”„]/.test(query)) return undefined;
  const words = looseWords(asMeant(query).replace(/["«»“”„]/g, ' ')).join(' ');
  return words || undefined;
}

/** The query as shown to the visitor («"samarbeid med pårørende" turnus»). */
export function shownQuery(parsed: ParsedQuery): string {
  return [...parsed.exact.map((phrase) => (isNumber(phrase) ? phrase : `"${phrase}"`)), ...parsed.words].join(' ');
}

const listFormat = new Intl.ListFormat('nb', { type: 'conjunction' });
/** Words in Norwegian quotation marks, listed: «a», «b» og «c». */
export const quotedList = (words: string[]): string => listFormat.format(words.map(quoted));

/**
 * What the page says it searched for, in Norwegian quotation marks and never a quote inside a quote (the
 * page wrote «"ti punkter"»): a phrase is «uttrykket «ti punkter»», the other words stand together in one
 * pair of «», and `typedWords` (the words as typed, where a nynorsk word was searched as its bokmål word) is
 * said beside them: «sjukefråvær» eller «sykefravær».
 */
export function spokenQuery(parsed: ParsedQuery, typedWords?: string, typedQuery?: string): string {
  const phrases = parsed.exact.filter((phrase) => !isNumber(phrase));
  // A number («6,9», «100», «2007/094») is said among the words: where it was typed, given the query as typed
  // (`typedQuery`; typed-order.ts), else before them.
  const decimals = parsed.exact.filter(isNumber);
  const ordered = (words: string[]) => (typedQuery === undefined ? [...decimals, ...words] : inTypedOrder(decimals, words, typedQuery)).join(' ');
  const words = ordered(parsed.words);
  const typed = typedWords && ordered(typedWords.split(' '));
  const spoken: string[] = [];
  if (phrases.length > 0) spoken.push(`${phrases.length === 1 ? 'uttrykket' : 'uttrykkene'} ${quotedList(phrases)}`);
  if (words) spoken.push(typed && typed !== words ? `${quoted(typed)} eller ${quoted(words)}` : quoted(words));
  return spoken.join(' og ');
}
