// Pagefind cuts a result's excerpt out of the page's text by a count of words, with nothing to say so: it began
// inside the page's title («for et redusert sykefravær. Punktene …» of «Ti punkter for et redusert sykefravær») and
// stopped mid-sentence («og her ble»), and a compound the index split could lose its first or last part. This
// widens the excerpt to whole words and marks «…» where it is cut (scripts/search.ts: resultItem).

/** Where a sentence may end: text cut after one is not cut mid-sentence. */
const sentenceEnd = /[.!?:]$/;

/**
 * The text to put before and after an excerpt (`excerpt`, its text) to show where it was cut from the page's text
 * (`content`, as the page has it): «… » and « …», with the rest of a word the cut went through; nothing where the
 * excerpt begins or ends the text or a sentence, or is not found in it.
 */
export function excerptEdges(excerpt: string, content: string): [string, string] {
  const flat = (text: string) => text.replace(/\s+/g, ' ');
  const text = flat(excerpt).trim();
  const page = flat(content);
  const at = page.indexOf(text);
  if (!text || at < 0) return ['', ''];
  const wordStart = /\S*$/.exec(page.slice(0, at))?.[0] ?? '';
  const wordEnd = /^\S*/.exec(page.slice(at + text.length))?.[0] ?? '';
  const before = page.slice(0, at - wordStart.length).trim();
  const after = page.slice(at + text.length + wordEnd.length).trim();
  return [`${before && !sentenceEnd.test(before) ? '… ' : ''}${wordStart}`, `${wordEnd}${after && !sentenceEnd.test(text + wordEnd) ? ' …' : ''}`];
}
