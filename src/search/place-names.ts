// A place typed in lower case («hægebostad», or «haegebostad», read as «hægebostad») was said so in the result line:
// «18 treff på «hægebostad»». The site's word lists are in lower case; a municipality's page among the results has
// its name as the site writes it, and the page says the name so (scripts/search.ts).
import { withoutSegmentJoiners } from './segment-joiner.ts';
import { fold } from './spelling.ts';

/**
 * A name as the site writes it, from a page's title in the index: without the segment joiners the index puts at a
 * compound's joint («Ring\u2060-erike» for «Ringerike», fresh eyes: «ringerike» was said in lower case) or soft hyphens.
 */
const asWritten = (title: string): string => withoutSegmentJoiners(title).replace(/[\u00ad\u200b]/g, '');

/**
 * The words (a query's, with spaces between) with each one typed in lower case that a name in `names` has written
 * as the name writes it: «hægebostad» → «Hægebostad», «aurskog-høland» → «Aurskog-Høland»; «HÆGEBOSTAD» as typed.
 */
export function asNamed(words: string, names: readonly string[]): string {
  const written = new Map(names.flatMap((name) => asWritten(name).split(' ')).map((word) => [word.toLocaleLowerCase('nb'), word]));
  return words
    .split(' ')
    .map((word) => written.get(word) ?? word)
    .join(' ');
}

/** A start shorter than this is too short to be taken for a name: «Bø» begins «Bømlo», and is a place of its own. */
const shortestStart = 4;
/** At most this many letters short of the name: «Nøtterø» is «Nøtterøy»; «Nøtt» may be on the way to another word. */
const mostMissing = 2;

/**
 * The name in `names` (municipalities' pages among the hits) that `word`, a start no page has as a word, is that name
 * with its last letter or two missing, when exactly one name begins so: «Nøtterø» (typed «Nottero») → «Nøtterøy»,
 * said so rather than as the start «Nøtterø», which is no word (fresh eyes). Undefined else.
 */
export function completedName(word: string, names: readonly string[]): string | undefined {
  const start = fold(word);
  if (start.length < shortestStart) return undefined;
  const nameWords = new Set(names.flatMap((name) => asWritten(name).split(' ')));
  const found = [...nameWords].filter((name) => {
    const folded = fold(name);
    return folded.startsWith(start) && folded.length > start.length && folded.length - start.length <= mostMissing;
  });
  return found.length === 1 ? found[0] : undefined;
}

/**
 * `words` with each start no page has as a word that is a municipality's name among the hits but its last letter or
 * two (completedName: typed «Nottero», searched «Nøtterø») as that name. Not a word the site has (`isSiteWord`), nor a
 * place of its own that the dictionary names (`isDictionaryName`: «Stord», not «Stordal»), which the page may say no
 * participant has (not-participant.ts). A map from each such word to its name.
 */
export async function completedNames(
  words: readonly string[],
  names: readonly string[],
  isSiteWord: (word: string) => Promise<unknown>,
  isDictionaryName: (word: string) => Promise<boolean>,
): Promise<Map<string, string>> {
  const completions = new Map<string, string>();
  for (const word of words) {
    const name = completedName(word, names);
    if (name && !(await isSiteWord(word)) && !(await isDictionaryName(word))) completions.set(word, name);
  }
  return completions;
}
