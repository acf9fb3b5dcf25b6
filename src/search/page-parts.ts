// A page's parts (/tall/'s tables): their texts, as Pagefind counts words for its anchors, and the parts besides the
// best one (best-part.ts) that have the words. Needed only for a result on a page of parts, so the first search's
// script does not carry it (tests/budgets.spec.ts).
import { bestPart, hasWords, rankedParts, type Anchor, type Part } from './best-part.ts';

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
  const hasAll = (part: Part) => !page || hasWords(texts.get(part.url.split('#')[1]) ?? '', query);
  return best ? rankedParts(parts, query).filter((part) => part !== best && part.url.includes('#') && hasAll(part)) : [];
}
