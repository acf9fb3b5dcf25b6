// Finds passages of an entry's own text that follow a source word for word.
// House rule (issue 15): a run of 12 or more words identical to a source must
// be quoted and attributed, or rewritten. Text inside quote marks («…», "…",
// “…”), blockquotes and the frontmatter `quotes` field counts as quoted.
// Part of the content check (`npm run check` and every build).
import type { Problem } from './problem.ts';
import type { SourceTexts } from './source-texts.ts';
import type { ValidEntry } from './validate.ts';

/** Words of a text, lowercase, letters and digits only (as facts.ts compares quotes). */
export function wordsOf(text: string): string[] {
  return text
    .toLowerCase()
    .replace(/\u00ad/g, '')
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);
}

/**
 * The text with quoted spans and blockquote lines replaced by a marker that
 * breaks word runs, so a quote neither counts itself nor joins the words
 * around it into one run. List items and table cells are runs of their own:
 * a list of names taken from a source (survey themes, course topics) is not
 * a copied sentence, but one long item still counts.
 */
export function withoutQuotes(text: string): string {
  return text
    .replace(/^\s*>.*$/gm, ' ¶ ')
    .replace(/«[^»]*»|"[^"\n]*"|“[^”]*”/g, ' ¶ ')
    .replace(/^\s*(?:[-*+]|\d+[.)])\s/gm, ' ¶ ')
    .replace(/\|/g, ' ¶ ');
}

/** The 12 (by default) word sequences of the sources, joined by spaces. */
export function sourceGrams(sources: readonly string[], length = 12): Set<string> {
  const grams = new Set<string>();
  for (const source of sources) {
    const words = wordsOf(source);
    for (let i = 0; i + length <= words.length; i++) grams.add(words.slice(i, i + length).join(' '));
  }
  return grams;
}

/**
 * The word pairs of the grams: most positions of a text fail on a pair, which is cheaper to look up than the
 * gram of `length` words joined (issue 17: the joins were most of the check's time for a copied passage).
 */
const pairsByGrams = new WeakMap<Set<string>, Set<string>>();
function pairsOf(grams: Set<string>): Set<string> {
  let pairs = pairsByGrams.get(grams);
  if (pairs === undefined) {
    pairs = new Set();
    for (const gram of grams) {
      const words = gram.split(' ');
      for (let i = 0; i + 1 < words.length; i++) pairs.add(`${words[i]} ${words[i + 1]}`);
    }
    pairsByGrams.set(grams, pairs);
  }
  return pairs;
}

/**
 * Every maximal run of `length` or more consecutive words in `text` (outside
 * quotes) that also stands in one of the sources, as the words of the run.
 */
export function verbatimPassages(text: string, grams: Set<string>, length = 12): string[] {
  const passages: string[] = [];
  const pairs = pairsOf(grams);
  for (const segment of withoutQuotes(text).split('¶')) {
    const words = wordsOf(segment);
    // followed[i]: how many word pairs from i on stand in a source gram; a gram needs length - 1 of them.
    const followed = new Array<number>(words.length).fill(0);
    for (let i = words.length - 2; i >= 0; i--) followed[i] = pairs.has(`${words[i]} ${words[i + 1]}`) ? followed[i + 1]! + 1 : 0;
    let end = -1;
    let start = -1;
    for (let i = 0; i + length <= words.length; i++) {
      if (followed[i]! < length - 1 || !grams.has(words.slice(i, i + length).join(' '))) continue;
      if (i > end) {
        if (start >= 0) passages.push(words.slice(start, end).join(' '));
        start = i;
      }
      end = i + length;
    }
    if (start >= 0) passages.push(words.slice(start, end).join(' '));
  }
  return passages;
}

/** Frontmatter fields that hold a source's words or a name on purpose: quotes, project names. */
const quotedFields = new Set(['quotes', 'projectName']);

/** The frontmatter and body text of an entry that is the entry's own wording (not its quotes or names). */
export function ownText(data: unknown, body = ''): string {
  const strings: string[] = [];
  const collect = (value: unknown, key?: string) => {
    if (key !== undefined && quotedFields.has(key)) return;
    if (typeof value === 'string') strings.push(value);
    else if (Array.isArray(value)) value.forEach((v) => collect(v));
    else if (value && typeof value === 'object') for (const [k, v] of Object.entries(value)) collect(v, k);
  };
  collect(data);
  // Each frontmatter value is its own run of words; the ¶ keeps them apart.
  return [...strings, body].join(' ¶ ');
}

/** The line (from 1) of `body` where the words of `passage` begin, if they stand there unbroken. */
function lineOf(body: string, passage: string): number | undefined {
  // The words are letters and digits only, so they need no escaping.
  const pattern = passage.split(' ').join('[^\\p{L}\\p{N}]+');
  const text = body.replace(/\u00ad/g, '');
  const match = new RegExp(pattern, 'iu').exec(text);
  return match ? text.slice(0, match.index).split('\n').length : undefined;
}

/** The sources' 12-word sequences, made once per set of sources (the cache checks one entry at a time). */
const gramsBySources = new WeakMap<SourceTexts, Set<string>>();
function gramsOf(sources: SourceTexts): Set<string> {
  let grams = gramsBySources.get(sources);
  if (grams === undefined) {
    grams = sourceGrams((['S000', 'S001', 'S002', 'S003', 'S004'] as const).map((doc) => sources.around(doc, undefined) ?? ''));
    gramsBySources.set(sources, grams);
  }
  return grams;
}

/**
 * One problem per passage of 12 or more words that an entry's frontmatter
 * field or body shares with any of the five source documents, outside quotes.
 */
export function checkVerbatim(entries: readonly ValidEntry[], sources: SourceTexts): Problem[] {
  const grams = gramsOf(sources);
  const message = (passage: string) =>
    `${passage.split(' ').length} ord på rad står ordrett i kildene: «${passage}». ` +
    'Sett ordene i anførselstegn og oppgi kilden, eller skriv det med egne ord';
  return entries.flatMap((entry) => [
    ...Object.entries(entry.data)
      .filter(([field]) => !quotedFields.has(field))
      .flatMap(([field, value]) => verbatimPassages(ownText({ [field]: value }), grams).map((passage) => ({ file: entry.file, field, message: message(passage) }))),
    ...verbatimPassages(entry.body ?? '', grams).map((passage) => ({ file: entry.file, line: lineOf(entry.body ?? '', passage), message: message(passage) })),
  ]);
}
