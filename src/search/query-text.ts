// A query as the visitor means it. Advisers paste phrases from Word documents
// and PDFs, which bring invisible characters (soft hyphens, zero-width
// spaces, no-break spaces), words hyphenated across a line, en dashes and
// sentence punctuation into the search box; each was searched as a character
// of its own («syke- fravær» as two words, «(IA)» found nothing, «–» was
// named as a word on no page).
import { hasLetterOrDigit, plainText } from './words.ts';

/** Words after a hyphen that show it is a shared ending («pleie- og omsorg»), not a word broken across a line. */
const sharedEnding = /^(?:og|eller|enn|samt|til|and|or)$/i;

/**
 * The query with what pasting brings along made plain: invisible characters
 * out, Word's hyphens as hyphens, and a word hyphenated at a line's end one
 * word again («syke-\nfravær», which browsers paste as «syke- fravær», is
 * «sykefravær»; «Aurskog- Høland» keeps its hyphen). Quotes and words are
 * left as they are.
 */
export function asMeant(query: string): string {
  return (
    plainText(
      query
        // Markup pasted from a web page or an e-mail («<b>sykefravær</b>» was searched as «b>sykefravær</b»).
        .replace(/<\/?[a-z][^<>]*>/gi, ' ')
        // «å» as «a» and a combining ring (macOS and PDFs paste it so): one letter, or the ring was lost as
        // punctuation and «å» searched as «a», every word with an «a» (245 hits), where «og» was left out as too common.
        .normalize('NFC')
        // A soft hyphen where a PDF broke the line: the two halves are one word.
        .replace(/\u00AD\s+/g, '')
        // U+2010 hyphen and U+2011 (Word's non-breaking hyphen).
        .replace(/[\u2010\u2011]/g, '-')
        // A range of numbers with any dash, spaced or not («4–6», «2007 − 2010»), is one, written with a hyphen (query.ts).
        .replace(/(\d)\s*[-\u2012-\u2015\u2212]\s*(?=\d)/g, '$1-')
        // Numbers joined by «/» («8,2 / 7,9 / 7,3») are one text however spaced, as the page may space them (query.ts).
        .replace(/(\d)\s*\/\s*(?=\d)/g, '$1/'),
    )
      // A hyphen after a letter at the end of a line (or before the space a browser pastes for the line break).
      .replace(/(\p{L})-\s+(\p{L}+)/gu, (whole, before: string, after: string) => {
        if (sharedEnding.test(after)) return whole;
        // Between small letters it was the line's hyphenation; by a capital («Nord-Trøndelag», «IA-avtalen») a word's own hyphen.
        const hyphenation = /\p{Ll}/u.test(before) && /^\p{Ll}/u.test(after);
        return `${before}${hyphenation ? '' : '-'}${after}`;
      })
  );
}

/**
 * The words of text outside quotes: split at spaces and at dashes («2009–2010»,
 * «sykefravær – tiltak»), without the punctuation around them («sykefravær.»,
 * «(IA)», «sykefraværet?»), and none that has no letter or digit («–», «…»).
 * A word's own hyphen stays, at its end too («pleie- og omsorg»).
 */
export function looseWords(text: string): string[] {
  return (
    text
      .split(/[\s\u2012-\u2015\u2212]+/)
      // A bracket that closes one in the word stays: «alert(1)» was said back as «alert(1»; «(IA)» is «IA».
      .map((word) => word.replace(/^[^\p{L}\p{N}]+/u, '').replace(/[^\p{L}\p{N}-]+$/u, (end, at: number, whole: string) => (end[0] === ')' && whole.slice(0, at).includes('(') ? ')' : '')))
      .filter(hasLetterOrDigit)
  );
}
