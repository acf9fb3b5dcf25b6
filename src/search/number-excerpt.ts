// A hit for a number shows the number. Pagefind reads «9,5» as «95», so a page with both had its excerpt for «95 %»
// around «9,5» in a table (/tall/, whose «Alle kommuner (95 % av alle kommuner)» was the reason it was a hit). The
// excerpt is made again from the page's text around the number as written. Loaded only for a query whose hits are
// checked as written (scripts/search.ts), never for a first search.
import { escapeMarkup } from '../lib/escape-markup.ts';
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

/** The results, each excerpt marking the first of `texts` that is a number (asWritten); as they are if none is. */
export function withNumbersMarked<R extends { data: () => Promise<{ excerpt: string; content: string }> }>(results: R[], texts: string[]): R[] {
  const number = texts.map(numberPattern).find((pattern) => pattern !== undefined);
  if (!number) return results;
  return results.map((result) => ({
    ...result,
    data: async () => {
      const data = await result.data();
      return { ...data, excerpt: numberExcerpt(data.content, data.excerpt, number) };
    },
  }));
}
