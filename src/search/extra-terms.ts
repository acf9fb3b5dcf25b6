// How a page's text is changed for the search index (never on the page a
// visitor sees): compounds are split with a marked hyphen, so their parts are
// found, and synonyms of what the page talks about are added.
import { compoundSegments } from './compounds.ts';
import { segmentJoiner } from './segment-joiner.ts';
import { synonymsIn } from './synonyms.ts';

export function splitCompounds(text: string, vocabulary: ReadonlySet<string>): string {
  return text.replace(/\p{L}{8,}/gu, (word) => compoundSegments(word, vocabulary)?.join(segmentJoiner) ?? word);
}

/** A line of synonyms to add to the page's indexed text, or nothing. */
export function synonymLine(text: string): string | undefined {
  const synonyms = synonymsIn(text);
  return synonyms.length > 0 ? `Se også: ${synonyms.join(', ')}` : undefined;
}
