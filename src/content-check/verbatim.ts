// Finds passages of an entry's own text that follow a source word for word.
// House rule (issue 15): a run of 12 or more words identical to a source must
// be quoted and attributed, or rewritten. Text inside quote marks («…», "…",
// “…”), blockquotes and the frontmatter `quotes` field counts as quoted.

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
 * Every maximal run of `length` or more consecutive words in `text` (outside
 * quotes) that also stands in one of the sources, as the words of the run.
 */
export function verbatimPassages(text: string, grams: Set<string>, length = 12): string[] {
  const passages: string[] = [];
  for (const segment of withoutQuotes(text).split('¶')) {
    const words = wordsOf(segment);
    let end = -1;
    let start = -1;
    for (let i = 0; i + length <= words.length; i++) {
      if (!grams.has(words.slice(i, i + length).join(' '))) continue;
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
