// A participant's name typed on a phone without æ, ø and å and with a letter dropped or slipped («manal» for Mandal,
// «soum» for Sørum, «skak» for Skjåk) found nothing, or was read as an ordinary word one letter from it («badu» as
// «både», «skak» as «skal»): the correction (nearest-word.ts) weighs words by how many pages use them, and «skal» is on
// sixty. On this site a word that is none of its own and one slip from a participant's name is that name, as a search
// on nav.no takes a typed office's name before a word. A word the site has is never replaced («skal», «både»); one
// only inflected or begun on the site («mode», «ree») keeps its hits and the name is offered («Mente du «Re»?»).
// Loaded by the search page (scripts/search.ts: readQuery) only for a word the first hit does not mark as itself.
import { editDistance, isSlip } from './nearest-word.ts';
import { namesNoPlace, participantList } from './not-participant.ts';
import { fold, foldedEntries, isKnown, type WordCounts } from './spelling.ts';
import { isInflectionOf } from './word-match.ts';

/** The word's letters as typed on a keyboard without æ, ø and å, «ae» kept as two letters: «Bærum» → «baerum», «loen» → «loen». */
const plain = (word: string): string => word.toLowerCase().replace(/æ/g, 'ae').replace(/ø/g, 'o').replace(/å/g, 'a').normalize('NFD').replace(/\p{M}/gu, '');

/**
 * How the site has a word (`words`: its word list): as a word, as typed or with æ, ø and å put back («skal», «bade»
 * for «både»); only inflected or as the start of its words («mode» for «mod», «ree» for «reell»); or not at all.
 */
export function siteUse(word: string, words: WordCounts): 'word' | 'start' | undefined {
  const lower = word.toLowerCase();
  if (lower in words || foldedEntries(words).some(([, , folded]) => folded === fold(lower))) return 'word';
  const stems = [1, 2, 3].map((n) => lower.slice(0, -n));
  return isKnown(lower, words) || stems.some((stem) => stem in words && isInflectionOf(lower, stem)) ? 'start' : undefined;
}

/**
 * Whether a word typed (`typed`, in a keyboard's letters) is one slip from a word of a name (`known`): a letter left
 * out, two swapped, one too many, one vowel or neighbouring key for another (nearest-word.ts: isSlip), not any letter
 * for another: «Larvik», which did not take part, is not Narvik. A word of three letters only for a letter pressed
 * twice («ree» for «Re»), or left out where no word of the site begins so (`begun`: «oda» for Odda): one edit is much
 * of a short word («tan» is the start of «tanke», not Tana; «red» of «redusert»).
 */
function isSlipOf(typed: string, known: string, begun: boolean): boolean {
  if (editDistance(typed, known, 1) !== 1) return false;
  if (typed.length > 3) return isSlip(typed, known);
  return typed.length > known.length ? /(.)\1/.test(typed) : typed.length === 3 && !begun && typed.length < known.length;
}


/**
 * The word of a participant's name (`names`, as written) that the word is, one slip from it, compared with æ, ø and å
 * folded as fold() does and as typed («loen» is one from «Løten», though fold() reads «oe» as «ø»); a name whose other
 * words were typed too first («midtre auldal» is Midtre Gauldal, not Nord-Aurdal). Undefined for none, and for a word
 * that is a name's word or its start already («bæru»: Bærum's page is among its hits). `begun`: whether the site has
 * words that begin like the word (isSlipOf).
 */
export function nearName(word: string, names: readonly string[], typedWords: readonly string[], begun = true): string | undefined {
  const typed = new Set([fold(word), plain(word)]);
  const others = new Set(typedWords.map(fold));
  let best: { name: string; withOthers: boolean } | undefined;
  for (const name of names) {
    const parts = name.split(/[\s-]+/).filter((part) => part.length > 1 && !namesNoPlace.test(part));
    for (const part of parts) {
      const known = new Set([fold(part), plain(part)]);
      if ([...typed].some((t) => [...known].some((k) => k.startsWith(t)))) return undefined;
      if (![...typed].some((t) => [...known].some((k) => isSlipOf(t, k, begun)))) continue;
      const withOthers = parts.length > 1 && parts.every((other) => other === part || others.has(fold(other)));
      if (!best || (withOthers && !best.withOthers)) best = { name: part, withOthers };
    }
  }
  return best?.name;
}

/**
 * The participant's name a query word means (`words`: the site's word list of its first letter; `address`: the list
 * of participants; `isName`: whether the dictionary has the word as a name), and whether it is sure: for a word the
 * site lacks, it is searched as the name; for one the site has only inflected or begun, or a name of its own, the name
 * is offered and the word searched as typed. Undefined for a word of the site and for no name one slip away.
 */
export async function participantMeant(
  word: string,
  typedWords: readonly string[],
  words: WordCounts,
  address: string,
  isName: (word: string) => Promise<boolean>,
): Promise<{ name: string; sure: boolean } | undefined> {
  const use = siteUse(word, words);
  if (use === 'word') return undefined;
  // A place or person of its own is not another's name misspelt, but may be one: «Kristiansand» is not searched as
  // Kristiansund, nor «Sula» as Sola; each is offered (the dictionary's names, proper-names.ts), and the page may say
  // that no participant has it (not-participant.ts).
  const name = nearName(word, await participantList(address), typedWords, use === 'start');
  // A word of three letters is only offered: a letter is much of it («oda» may be the name Oda, not Odda).
  return name ? { name, sure: !use && word.length > 3 && !(await isName(word)) } : undefined;
}
