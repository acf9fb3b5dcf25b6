// A hit for a number shows the number, and a number typed with its unit («20 %») has the pages with that unit after
// it first, in any spelling («20 prosent»), before those with the number alone («færre enn 20 punkter»). Pagefind reads «9,5» as «95», so a page with both had its excerpt for «95 %»
// around «9,5» in a table (/tall/, whose «Alle kommuner (95 % av alle kommuner)» was the reason it was a hit). The
// excerpt is made again from the page's text around the number as written. Loaded only for a query whose hits are
// checked as written (scripts/search.ts), never for a first search.
import { escapeMarkup } from '../lib/escape-markup.ts';
import { escapeRegExp } from '../lib/escape-regexp.ts';
import { formulaPattern } from './formulas.ts';
import type { Anchor, Part } from './best-part.ts';
import { pageParts } from './page-parts.ts';
import { numberPattern } from './query.ts';
import { rowAt } from './table-rows.ts';

/** Words either side of the number, as in Pagefind's excerpt of about 30 words. */
const around = 15;

/**
 * The excerpt with the number marked where the page's text (`content`) has it as written (`number`: numberPattern);
 * Pagefind's `excerpt` as it is when it marks the number so already, or when the text does not have it.
 */
export function numberExcerpt(content: string, excerpt: string, number: RegExp): string {
  if ([...excerpt.matchAll(/<mark>([^<]*)<\/mark>/g)].some((mark) => number.test(` ${mark[1]} `))) return excerpt;
  const found = number.exec(content);
  const written = found?.[1];
  if (!found || !written) return excerpt;
  const start = found.index + found[0].length - written.length;
  const before = content.slice(0, start).split(/\s+/).slice(-around).join(' ');
  const after = content.slice(start + written.length).split(/\s+/).slice(0, around + 1).join(' ');
  return `${escapeMarkup(before)}<mark>${escapeMarkup(written)}</mark>${escapeMarkup(after)}`;
}

/**
 * The excerpt of a part's text (`text`) around the number as written first: in a table's row, the row's label first
 * («Vaksdal: … 9,2 % (…), <mark>10,2</mark> % (…)», table-rows.ts: rowAt), for a figure without its row's label is
 * nobody's (fresh eyes: «2008, startkvartal fra tabell 4.6), 9,2 % (…), 10,2 % (…)», Vaksdal not named); elsewhere
 * as numberExcerpt makes it, from the part's text only (Tabell 4.6's began with the table above it).
 */
export function figureExcerpt(text: string, number: RegExp): string {
  const found = number.exec(text);
  const written = found?.[1];
  if (!found || !written) return '';
  const start = found.index + found[0].length - written.length;
  const row = rowAt(text, start);
  if (!row) return numberExcerpt(text, '', number);
  const label = `${row.label}:`;
  const before = text.slice(row.figures, start).split(' ');
  const kept = before.slice(-Math.max(around - label.split(' ').length, 1));
  // The rest of some 30 words after it: a short row whole («Kommuner utenfor programmet: 9,3 % (…), 9,6 % (…).»).
  const after = text.slice(start + written.length, row.end).split(' ').slice(0, 2 * around + 2 - label.split(' ').length - kept.length).join(' ');
  return `${escapeMarkup(label)} ${kept.length < before.length ? '… ' : ''}${escapeMarkup(kept.join(' '))}<mark>${escapeMarkup(written)}</mark>${escapeMarkup(after)}`;
}

/**
 * The parts of a page of parts (best-part.ts) whose text has the number as written, each with its excerpt there
 * (figureExcerpt), weighing as much as it has the number for its length: the small table where it is a headline
 * figure («9,3», «10,3»: Tabell 4.6) before Vedlegg 6, whose twelve rows have it as often or more.
 * None for a page of one part. Pagefind lists the parts by where it found the number as it reads it: «95 %» listed
 * only /tall/'s table with «9,5», and «10,2» only Vedlegg 6, though Tabell 4.6 has it twice (fresh eyes).
 */
export function numberParts(page: { url: string; content: string; anchors?: readonly Anchor[] }, number: RegExp): Part[] {
  const all = new RegExp(number.source, `${number.flags.replace('g', '')}g`);
  return pageParts(page).flatMap(({ url, title, text }) => {
    const times = [...text.matchAll(all)].length;
    // Weighed as one find, by how often the part has it for its length (best-part.ts ranks by finds, then weight).
    return times ? [{ url, title, excerpt: figureExcerpt(text, number), weighted_locations: [{ balanced_score: times / text.split(' ').length }] }] : [];
  });
}

/** The spellings of one unit (src/hyphenation/number-units.ts has those a page may write after a number). */
const spellings = [['%', 'prosent', 'pst.'], ['‰', 'promille'], ['kr', 'kr.', 'kroner'], ['mill.', 'millioner'], ['mrd.', 'milliarder']];

/** Whether the page's text has the number of `text` («95 %», query.ts) with that unit after it, in any spelling. */
export function hasWithUnit(content: string, text: string): boolean {
  const [digits = '', unit] = text.split('\u00a0');
  const number = numberPattern(digits);
  if (!number || !unit) return false;
  const forms = (spellings.find((forms) => forms.includes(unit)) ?? [unit]).map(escapeRegExp).join('|');
  return new RegExp(`${number.source}\\s?(?:${forms})(?![\\p{L}\\p{N}])`, 'iu').test(content);
}

/**
 * The results, those with the first of `texts` that is a number with a unit as written first, each excerpt marking
 * the first that is a number or a formula (asWritten); as they are if none is.
 */
export async function withNumbersMarked<
  R extends { data: () => Promise<{ url: string; excerpt: string; content: string; anchors?: Anchor[]; sub_results?: Part[] }> },
>(
  results: R[],
  texts: string[],
): Promise<R[]> {
  // A formula is marked whole as the page writes it («K = O/F»), as a number is: Pagefind marked its «K» only.
  const number = texts.map((text) => numberPattern(text) ?? formulaPattern(text)).find((pattern) => pattern !== undefined);
  if (!number) return results;
  const unit = texts.find((text) => numberPattern(text) && text.includes('\u00a0'));
  if (unit) {
    const withUnit = await Promise.all(results.map(async (result) => hasWithUnit((await result.data()).content, unit)));
    results = [...results.filter((_, i) => withUnit[i]), ...results.filter((_, i) => !withUnit[i])];
  }
  return results.map((result) => ({
    ...result,
    data: async () => {
      const data = await result.data();
      // A part of the page (/tall/'s tables: best-part.ts) only where it has the number as written: «95 %» linked to
      // the table with «9,5», with that table's excerpt.
      // Every part with it, for the result offers the others under its own (scripts/search.ts: «Også i»).
      const excerpt = numberExcerpt(data.content, data.excerpt, number);
      const parts = numberParts(data, number);
      return { ...data, excerpt, sub_results: parts.length ? parts : data.sub_results?.filter((part) => number.test(part.excerpt.replace(/<[^>]*>/g, ''))) };
    },
  }));
}
