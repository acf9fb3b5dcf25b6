// A hit for a number shows the number, and a number typed with its unit («20 %») has the pages with that unit after
// it first, in any spelling («20 prosent»), before those with the number alone («færre enn 20 punkter»). Pagefind reads «9,5» as «95», so a page with both had its excerpt for «95 %»
// around «9,5» in a table (/tall/, whose «Alle kommuner (95 % av alle kommuner)» was the reason it was a hit). The
// excerpt is made again from the page's text around the number as written. Loaded only for a query whose hits are
// checked as written (scripts/search.ts), never for a first search.
import { escapeMarkup } from '../lib/escape-markup.ts';
import { escapeRegExp } from '../lib/escape-regexp.ts';
import type { Part } from './best-part.ts';
import { numberPattern } from './query.ts';

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

/** A heading of the page with an id, where a part begins (Pagefind's anchors; `location`: its first word's place in the text). */
interface Anchor {
  id: string;
  text: string;
  location: number;
}

/**
 * The part of the page (best-part.ts) where its text (`content`) has the number as written first, with the excerpt
 * there; undefined where that is before the first part's heading, or the text does not have it. Pagefind lists the
 * parts by where it found the number as it reads it: «95 %» listed only /tall/'s table with «9,5», and its result went
 * to the page's top, the table with «95 %» a long scroll away (fresh eyes).
 */
export function numberPart(page: { url: string; content: string; anchors?: readonly Anchor[] }, number: RegExp, excerpt: string): Part | undefined {
  const found = number.exec(page.content);
  const written = found?.[1];
  if (!found || !written) return undefined;
  // The number's word: the words before it, as Pagefind counts them for its anchors.
  const at = page.content.slice(0, found.index + found[0].length - written.length).split(/\s+/).length - 1;
  const anchor = page.anchors?.filter((anchor) => anchor.location <= at && anchor.id).at(-1);
  if (!anchor) return undefined;
  return { url: `${page.url.split('#')[0]}#${anchor.id}`, title: anchor.text, excerpt, weighted_locations: [{ balanced_score: 1 }] };
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
 * the first that is a number (asWritten); as they are if none is.
 */
export async function withNumbersMarked<
  R extends { data: () => Promise<{ url: string; excerpt: string; content: string; anchors?: Anchor[]; sub_results?: Part[] }> },
>(
  results: R[],
  texts: string[],
): Promise<R[]> {
  const number = texts.map(numberPattern).find((pattern) => pattern !== undefined);
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
      // the table with «9,5», with that table's excerpt. Pagefind's parts where one has it, else the one it is in.
      const excerpt = numberExcerpt(data.content, data.excerpt, number);
      const listed = data.sub_results?.filter((part) => number.test(part.excerpt.replace(/<[^>]*>/g, '')));
      const part = listed?.length || !data.sub_results ? undefined : numberPart(data, number, excerpt);
      return { ...data, excerpt, sub_results: part ? [part] : listed };
    },
  }));
}
