// The page's <title>: its heading and the site's name. A heading may have 150 characters (schemas/common.ts title),
// and a story's of 150 made a <title> of 170, which the HTML check refuses over 120 (.htmlvalidate.mjs: search
// results and tabs cut a long one where they like). The heading on the page stays whole.

/** The most characters a page's <title> has (.htmlvalidate.mjs long-title). */
export const longestDocumentTitle = 120;

/**
 * «‹title› – ‹site›», or, where that is longer than `longestDocumentTitle`, the title alone, cut after a word with
 * «…» where it is longer still.
 */
export function documentTitle(title: string, site: string): string {
  const full = `${title} – ${site}`;
  if (full.length <= longestDocumentTitle) return full;
  if (title.length <= longestDocumentTitle) return title;
  const cut = title.slice(0, longestDocumentTitle);
  const atWord = cut.replace(/[\s,.:;–-]+\S*$/u, '');
  return `${atWord || cut.slice(0, longestDocumentTitle - 1)}…`;
}
