// A quote typed with its own quotation marks and a name with its own dash, as the CMS saves them: without (the page
// sets «» around a quote and «– » before who said it). The content check names them in a file edited by hand
// (content-check/quote-marks.ts).

/**
 * `value` without its own quotation marks around a quote or its own dash before a name (`path` as content-check's
 * quoteMarksProblem reads it), where taking them off changes nothing else: what the CMS saves
 * (cms/browser/saved-text.js), as it makes Word's “…” «…». A quote typed «…» was refused, and the refusal came a round
 * after the one before it (fresh eyes). A quote with other quotation marks inside («A», sa hun, «B») is left as typed,
 * and the check names it. Self-contained: the CMS page runs its source (cms/start-script.ts).
 */
export function withoutOwnQuoteMarks(path: readonly (string | number)[], value: string): string {
  if (path.at(-3) !== 'quotes') return value;
  if (path.at(-1) === 'attribution') return value.replace(/^\s*[–—-]\s*/u, '');
  const quoted = /^\s*[«"“”„'‘’]\s*([^]*?)\s*[»"“”'’]\s*$/u.exec(value);
  if (path.at(-1) !== 'text' || !quoted || /[«»"“”„]/u.test(quoted[1]!)) return value;
  return quoted[1]!;
}
