// Soft hyphens in the long words of text the search page writes itself (its status line). The pages' text gets them
// at build (src/hyphenation/), the status line in the browser, where Chromium hyphenates no Norwegian (nor any
// language, headless on Linux) and «Kvalitetskommuneprogrammet» broke at 320 px as «…programme|t», without a hyphen
// (fresh eyes). The hyphenation patterns are 115 KB gzipped, too much to load for one line, so the build writes the
// site's long words hyphenated, one list per first letter (index-site.ts), which the page loads only for such a word.
// Every point, not only a compound's joints: at 200 % text the line holds some 12 letters, «sykefraværs-» did not fit
// and broke «sykefravær|soppfølging», and a word with a soft hyphen gets none of a browser's own hyphenation.
import { chunkOf, fold } from './spelling.ts';

const softHyphen = '\u00AD';

/**
 * Words this long or longer are listed: a status line at 320 px with 200 % text is some 12 letters wide in its bold
 * 36 px type, and «kvalitetskommunene» (18) broke «kvalitetskom|munene»; «sykefravær» (10) fits, quote marks and all.
 * Short enough a word, and the first search («sykefravær», tests/budgets.spec.ts) would load the lists.
 */
export const hyphenatedLength = 11;

const letters = /\p{L}+/gu;

/** The words of `text` long enough to be listed, in lower case. */
export function longWordsIn(text: string): string[] {
  return [...new Set((text.match(letters) ?? []).filter((word) => word.length >= hyphenatedLength).map((word) => word.toLocaleLowerCase('nb')))];
}

/** Where a listed word may break: a hyphen, no letter of a listed word (the search word lists carry no soft hyphen). */
const breakMark = '-';

/**
 * The long words of the site's word lists (vocabulary.ts), each as `hyphenate` writes it with soft hyphens (at every
 * point, as in a table cell: src/hyphenation/), listed with a hyphen at each («kva-li-tets-kommune-pro-gram-met»), by
 * first letter.
 */
export function hyphenatedLists(words: Iterable<string>, hyphenate: (word: string) => string): Record<string, string[]> {
  const lists: Record<string, string[]> = {};
  for (const word of words) {
    const chunk = chunkOf(word);
    if (!chunk || word.length < hyphenatedLength || /[^\p{L}]/u.test(word)) continue;
    const hyphenated = hyphenate(word);
    if (hyphenated.includes(softHyphen)) (lists[chunk] ??= []).push(hyphenated.replaceAll(softHyphen, breakMark));
  }
  return lists;
}

/**
 * `word` with a soft hyphen where `form` (a listed word, folded alike: fold in spelling.ts) has a break: a word typed
 * without æ, ø and å, as «du skrev» quotes it («sykefravaersoppfolging» broke «sykefravaers|oppfolging» at 200 % text).
 * A break goes before the typed letter that begins the folded letter after it, so «ae» for «æ» stays whole.
 */
function withBreaksOfFolded(word: string, form: string): string {
  const breaks = new Set<number>();
  let folded = 0;
  for (const part of form.split(breakMark).slice(0, -1)) breaks.add((folded += fold(part).length));
  let result = '';
  for (let i = 0; i < word.length; i++) {
    const before = fold(word.slice(0, i)).length;
    if (i > 0 && breaks.has(before) && fold(word.slice(0, i + 1)).length > before) result += softHyphen;
    result += word[i];
  }
  return result;
}

/**
 * `text` with soft hyphens in each word that `hyphenated` (hyphenatedLists, in lower case) has, its letters' case kept,
 * or has folded alike (typed without æ, ø and å).
 */
export function withSoftHyphens(text: string, hyphenated: readonly string[]): string {
  const forms = new Map(hyphenated.map((form) => [form.replaceAll(breakMark, ''), form]));
  const foldedForms = new Map(hyphenated.map((form) => [fold(form.replaceAll(breakMark, '')), form]));
  return text.replace(letters, (word) => {
    const form = forms.get(word.toLocaleLowerCase('nb'));
    if (!form) {
      const alike = foldedForms.get(fold(word));
      return alike ? withBreaksOfFolded(word, alike) : word;
    }
    let at = 0;
    return [...form].map((char) => (char === breakMark ? softHyphen : word[at++])).join('');
  });
}

/**
 * `text` with soft hyphens in its long words, from the build's lists of the site's long words hyphenated
 * (`load(word)`: the list of the word's first letter, `/pagefind/ord/deling-<letter>.json`): at 320 px the search
 * page's status line broke «Kvalitetskommuneprogramme|t» without a hyphen. Loads lists only for such words.
 */
export async function withHyphens(text: string, load: (word: string) => Promise<unknown>): Promise<string> {
  const long = longWordsIn(text);
  if (!long.length) return text;
  const lists = await Promise.all(long.map(load));
  return withSoftHyphens(text, lists.flatMap((list) => (Array.isArray(list) ? list.filter((form): form is string => typeof form === 'string') : [])));
}
