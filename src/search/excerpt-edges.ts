// Pagefind cuts a result's excerpt out of the page's text by a count of words, with nothing to say so: it began
// inside the page's title («for et redusert sykefravær. Punktene …» of «Ti punkter for et redusert sykefravær») and
// stopped mid-sentence («og her ble»), and a compound the index split could lose its first or last part. This
// widens the excerpt to whole words and marks «…» where it is cut (scripts/search.ts: resultItem).

/**
 * Where a sentence ends: «.», «!» or «?», not the point of an ordinal or an abbreviation («3. kvartal», «4. kv.
 * 2008»), and not a colon, after which the sentence goes on: an excerpt that ended on «Merk:», or began after «(PAI-tall):»,
 * lost what it was about, with no «…» (fresh eyes).
 */
const sentenceEnd = /(?<![\s(]\d{1,2}|\bkv|\bnr|\bs|\bca|\bjf|\bbl\.a|\bf\.eks)[.!?]["»”)]*$/u;

/** Text after a sentence's end that starts none: a word in lower case («kvartal 2006). sykefravær …»). */
const noSentenceStart = /^[\p{Ll}]/u;

/**
 * The text to put before and after an excerpt (`excerpt`, its text) to show where it was cut from the page's text
 * (`content`, as the page has it): «… » and « …», with the rest of a word the cut went through; nothing where the
 * excerpt begins or ends the text or a sentence, or is not found in it. An excerpt of pieces joined by « … »
 * (number-excerpt.ts: a table row's label, then its figure) is found piece by piece.
 */
export function excerptEdges(excerpt: string, content: string): [string, string] {
  const flat = (text: string) => text.replace(/\s+/g, ' ');
  const text = flat(excerpt).trim();
  const page = flat(content);
  const pieces = text.split(' … ');
  const first = pieces[0]!;
  const last = pieces.at(-1)!;
  const at = page.indexOf(first);
  const lastAt = pieces.length > 1 ? page.indexOf(last, at + first.length) : at;
  if (!text || at < 0 || lastAt < 0) return ['', ''];
  const wordStart = /\S*$/.exec(page.slice(0, at))?.[0] ?? '';
  const wordEnd = /^\S*/.exec(page.slice(lastAt + last.length))?.[0] ?? '';
  const before = page.slice(0, at - wordStart.length).trim();
  const after = page.slice(lastAt + last.length + wordEnd.length).trim();
  const cutBefore = before && (!sentenceEnd.test(before) || noSentenceStart.test(wordStart + first));
  return [`${cutBefore ? '… ' : ''}${wordStart}`, `${wordEnd}${after && !sentenceEnd.test(last + wordEnd) ? ' …' : ''}`];
}
