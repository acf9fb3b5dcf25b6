// A page's parts (/tall/'s tables): their texts, as Pagefind counts words for its anchors, and the parts besides the
// best one (best-part.ts) that have the words. Needed only for a result on a page of parts, so the first search's
// script does not carry it (tests/budgets.spec.ts).
import { escapeRegExp } from '../lib/escape-regexp.ts';
import { bestPart, hasWords, rankedParts, type Anchor, type Part } from './best-part.ts';
import { tableWords } from './result-titles.ts';
import { withoutSegmentJoiners } from './segment-joiner.ts';

/** A part's text, as Pagefind counts its words for its anchors: the page's top, then one part under each heading with an id. */
export function pageParts(page: { url: string; content: string; anchors?: readonly Anchor[] | undefined }): { url: string; title: string; text: string }[] {
  const anchors = (page.anchors ?? []).filter((anchor) => anchor.id).sort((a, b) => a.location - b.location);
  if (!anchors.length) return [];
  const words = page.content.split(/\s+/);
  const base = page.url.split('#')[0] ?? page.url;
  const bounds = [0, ...anchors.map((anchor) => anchor.location), words.length];
  return bounds.slice(0, -1).map((from, i) => {
    const anchor = anchors[i - 1];
    return { url: anchor ? `${base}#${anchor.id}` : base, title: anchor?.text ?? '', text: words.slice(from, bounds[i + 1]).join(' ') };
  });
}

/**
 * The other parts with the words, in order, for a result to offer under its own: «10,2» is in Tabell 4.6 and in
 * Vedlegg 6, and the result showed only one (fresh eyes). With the page (`page`), only those whose text has every
 * word of the query: Pagefind lists a part with any, and «vedlegg 6» offered four tables with a «6». None for a
 * result that links to the page's top.
 */
export function otherParts(parts: readonly Part[] | undefined, query = '', page?: Parameters<typeof pageParts>[0]): Part[] {
  const best = bestPart(parts, query);
  const texts = new Map(page ? pageParts(page).map((part) => [part.url.split('#')[1], part.text]) : []);
  // A table named by its number is cited so, its number whole, or is that table: «vedlegg 6» offered «Deltakere på
  // programmets konferanser», which has «vedlegg 2» and a «6» elsewhere.
  const table = tableNamed(query);
  const hasAll = (part: Part) => {
    const text = texts.get(part.url.split('#')[1]) ?? '';
    return !page || (table ? tableNumber(part.title, table.word) === table.number || cites(text, table) : hasWords(text, query));
  };
  return best ? rankedParts(parts, query).filter((part) => part !== best && part.url.includes('#') && hasAll(part)) : [];
}

/** A table a query names by its number («vedlegg 6», «Tabell 4.6»): its word in lower case and its number (result-titles.ts: namesTable). */
export function tableNamed(query: string): { word: string; number: string } | undefined {
  const found = new RegExp(`(?:^|[^\\p{L}])(${tableWords})\\s+(\\d+(?:\\.\\d+)*)(?![\\p{L}\\d]|[.,]\\d)`, 'iu').exec(query);
  return found ? { word: (found[1] ?? '').toLowerCase(), number: found[2] ?? '' } : undefined;
}

/** The number of a table of the word's kind in a part's title («Tabell 4.6: Utviklingen …» → «4.6»); undefined for another title. */
const tableNumber = (title: string, word: string): string | undefined => new RegExp(`^${word}\\s+(\\d+(?:\\.\\d+)*)`, 'iu').exec(withoutSegmentJoiners(title).trim())?.[1];

/** Whether a text cites the table, its number whole: «startkvartal fra tabell 4.6»; not «tabell 4.61», nor «tabell 4» in «tabell 4.6». */
const cites = (text: string, table: { word: string; number: string }): boolean =>
  new RegExp(`(?:^|[^\\p{L}])${table.word}\\s+${escapeRegExp(table.number)}(?!\\d|[.,]\\d)`, 'iu').test(text);

/**
 * For a table named by a number no table has but tables numbered under it have («tabell 4»: Tabell 4.1, 4.5, …, 4.8):
 * what the result says of it, and those tables, in the order of their numbers, for it to offer each
 * (scripts/also-in.ts); a journalist who typed «tabell 4» got 24 hits led by Tabell 4.6, and nothing said that there
 * is no Tabell 4. Undefined otherwise.
 */
export function tablesUnder(query: string, page: Parameters<typeof pageParts>[0]): { said: string; tables: { url: string; title: string }[] } | undefined {
  const table = tableNamed(query);
  if (!table) return undefined;
  const numbered = pageParts(page).flatMap((part) => {
    const number = tableNumber(part.title, table.word);
    return number ? [{ ...part, number }] : [];
  });
  if (numbered.some(({ number }) => number === table.number)) return undefined;
  const order = (number: string) => number.split('.').map(Number);
  const compare = (a: number[], b: number[]): number => (a.length && b.length ? a[0]! - b[0]! || compare(a.slice(1), b.slice(1)) : a.length - b.length);
  const tables = numbered
    .filter(({ number }) => number.startsWith(`${table.number}.`))
    .sort((a, b) => compare(order(a.number), order(b.number)))
    .map(({ url, title }) => ({ url, title }));
  return tables.length ? { said: `Ingen ${table.word} har nummer ${table.number}. Disse har nummer ${table.number}.x: `, tables } : undefined;
}
