// How a page's text is changed for the search index (never on the page a
// visitor sees): compounds are split with a marked hyphen, so their parts are
// found.
import { compoundSegments } from './compounds.ts';
import { segmentJoiner, slashBreak } from './segment-joiner.ts';

/** A word long enough to be split. */
export const longWord = /\p{L}{8,}/gu;

/**
 * The text with its compounds split (sykefraværet → syke|fraværet, the joint `segmentJoiner`), and a break
 * (`slashBreak`) after a slash between words where a compound beside it was split. Pagefind reads a word with a
 * hyphen as its parts and the whole, and the whole of «hjelpe-pleiere/omsorgs-arbeidere» is every word the slash
 * joins: «omsorgsarbeidere», on Gjesdal's page so, was no word of the index (fresh eyes: 37 pages with «omsorg»
 * came before it). The search page takes the break out of excerpts (segment-joiner.ts: withoutSegmentJoiners).
 */
export function splitCompounds(text: string, vocabulary: ReadonlySet<string>): string {
  return text
    .replace(longWord, (word) => compoundSegments(word, vocabulary)?.join(segmentJoiner) ?? word)
    .replace(/\S+/g, (token) => (token.includes(segmentJoiner) ? token.replace(/(?<=\p{L})\/(?=\p{L})/gu, `/${slashBreak}`) : token));
}
