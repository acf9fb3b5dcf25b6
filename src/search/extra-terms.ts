// How a page's text is changed for the search index (never on the page a
// visitor sees): compounds are split with a marked hyphen, so their parts are
// found.
import { compoundSegments } from './compounds.ts';
import { segmentJoiner } from './segment-joiner.ts';

/** A word long enough to be split. */
export const longWord = /\p{L}{8,}/gu;

export function splitCompounds(text: string, vocabulary: ReadonlySet<string>): string {
  return text.replace(longWord, (word) => compoundSegments(word, vocabulary)?.join(segmentJoiner) ?? word);
}
