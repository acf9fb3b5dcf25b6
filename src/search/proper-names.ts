// Names a query typed in lower case may be: «tonsberg» found nothing and said only «Ingen treff», while «Tønsberg»
// said that no participant has the name (not-participant.ts), for only a capital told the search page that a word
// was a name. The site has no list of Norway's municipalities of the time, and no maintained npm package has one;
// the bokmål Hunspell dictionary the build already reads (npm dictionary-nb, from no.speling.org) has the country's
// place names among its proper nouns (Tønsberg, Larvik, Oppdal, Nord-Fron), with people's names and others
// («Adam», «Aftenposten»): a word it has only capitalised is a name, as a capitalised query is taken for one. Some
// places are missing there («Bergen», «Hå», «Levanger»). Written by the build as one list per first letter
// (index-site.ts), which the search page fetches only for a lower-case query that found nothing of itself.
import { chunkOf } from './spelling.ts';

/** A name of one word, or of words joined by hyphens: «Tønsberg», «Nord-Fron». */
const oneName = /^\p{Lu}\p{Ll}+(?:-\p{Lu}?\p{Ll}+)*$/u;

/**
 * dictionary-nb's COMPOUNDFLAG (index.aff): a lower-case headword with this flag only is there to begin compounds
 * («kongsvinger/z», for «kongsvingerregionen»), not as a word of its own.
 */
export const compoundFlag = 'z';

/**
 * The proper nouns of a Hunspell .dic file by the folded first letter they are looked up by (spelling.ts: chunkOf):
 * the headwords written with a capital that the file has not in lower case too («Per», also the word «per», is not),
 * counting no lower-case headword that only begins compounds («Kongsvinger» is a name: it was read as «svinger»).
 */
export function properNames(dic: string): Record<string, string[]> {
  const entries = dic
    .split('\n')
    .slice(1)
    .map((line) => {
      const slash = line.indexOf('/');
      return slash === -1 ? { word: line.trim(), flags: '' } : { word: line.slice(0, slash).trim(), flags: line.slice(slash + 1).trim() };
    });
  const headwords = entries.map((entry) => entry.word);
  const lowerCase = new Set(entries.filter(({ word, flags }) => !/^\p{Lu}/u.test(word) && flags !== compoundFlag).map(({ word }) => word.toLowerCase()));
  const names: Record<string, string[]> = {};
  for (const word of new Set(headwords)) {
    const chunk = chunkOf(word);
    if (chunk && oneName.test(word) && !lowerCase.has(word.toLowerCase())) (names[chunk] ??= []).push(word);
  }
  return names;
}
