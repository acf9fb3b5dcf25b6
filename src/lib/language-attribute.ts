// The lang attribute of words in another written standard than the page's (WCAG 3.1.2): a nynorsk entry's title,
// summary and quotes shown on a bokmål page (a list's card, the quote bank, a related story), or a nynorsk quote in a
// bokmål story. Words in the page's own language need no mark.
import type { Language } from '../schemas/vocabulary.ts';

/** The words' language where it is not the page's (bokmål unless given), else nothing (no attribute). */
export function langAttribute(lang: Language | undefined, pageLang: Language = 'nb'): Language | undefined {
  return lang !== undefined && lang !== pageLang ? lang : undefined;
}
