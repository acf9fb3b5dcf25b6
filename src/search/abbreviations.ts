import { fold } from './spelling.ts';
import { escapeRegExp } from '../lib/escape-regexp.ts';

// Abbreviations («NAV», «KS», «IKT»): Pagefind matches every word as the start of longer ones too, so «NAV» found
// 26 pages, most of them for «navn», and the NAV page second; «IKT» found 42, «oversikten» on municipality pages.
// Searched as a phrase instead, «NAV» found the right pages but «KS», «IKT» and «HMS» lost their ranking. The build
// files the pages that have an abbreviation as a word under the hidden filter of whole short words
// (place-name.ts: wholeNameFilter), and the search page shows those, ranked as Pagefind ranks them, with a link to
// the rest. Only an abbreviation that begins other words is filed (beginningOthers).

/** Abbreviations are at most this many letters: longer words in capitals are headings and emphasis («VELKOMMEN»). */
const longest = 6;

/** A word as written, alone: letters only, between non-letters («KS’», «HMS-plan» and «NIBR/NOVA» have one each). */
const shortWord = new RegExp(`(?<![\\p{L}\\p{N}])\\p{L}{2,${longest + 1}}(?![\\p{L}\\p{N}])`, 'gu');

/** The text's short words as written, capitals kept, each once: what abbreviationsOf tells abbreviations from words by. */
export function shortForms(text: string): string[] {
  return [...new Set(text.match(shortWord) ?? [])];
}

/**
 * A short word in capitals, as an abbreviation: «NIBRs» is NIBR's (the genitive s in lower case), «IKT» itself; not
 * a Roman numeral («Pulje II», «IV»).
 */
function inCapitals(form: string): string | undefined {
  const bare = /^\p{Lu}+s$/u.test(form) ? form.slice(0, -1) : form;
  return bare.length >= 2 && bare.length <= longest && /^\p{Lu}+$/u.test(bare) && !/^[IVX]+$/.test(bare) ? bare : undefined;
}

/**
 * The site's abbreviations: words that more pages write in capitals than in lower case («NAV»: «nav» is on no
 * page; not «OG» of a heading in capitals, which hundreds of pages write «og»). `pages`: each page's shortForms.
 */
export function abbreviationsOf(pages: readonly (readonly string[])[]): Set<string> {
  const capitals = new Map<string, number>();
  const lowerCase = new Map<string, number>();
  for (const forms of pages) {
    for (const abbreviation of new Set(forms.map(inCapitals))) if (abbreviation) capitals.set(abbreviation, (capitals.get(abbreviation) ?? 0) + 1);
    for (const form of forms) if (form === form.toLowerCase()) lowerCase.set(form, (lowerCase.get(form) ?? 0) + 1);
  }
  return new Set([...capitals].filter(([abbreviation, pages]) => pages > (lowerCase.get(abbreviation.toLowerCase()) ?? 0)).map(([abbreviation]) => abbreviation));
}

/**
 * The site's abbreviations a page has as words, in any case («Fafo» is FAFO, «NIBRs» NIBR), or as a synonym of
 * its words (synonyms.ts: a page on «statistisk prosesskontroll» is found by «SPC»).
 */
export function abbreviationsIn(forms: readonly string[], synonyms: readonly string[], abbreviations: ReadonlySet<string>): string[] {
  const found = [...forms, ...synonyms].map((form) => inCapitals(form) ?? form.toUpperCase());
  return [...new Set(found)].filter((word) => abbreviations.has(word));
}

/**
 * The abbreviations that begin other words Pagefind indexes, compared as it compares them (folded): «NAV» begins
 * «navn», «IKT» «ikten» (a part of «oversikten» in the index, compounds.ts). `words`: the site's words and the
 * parts of its compounds, in lower case. Only these need the filter: «KS», «HMS» and «SPC» find their pages alone
 * («HMS-plan» and «NIBRs» are the word), and a page's filter values are in every result's fragment (filing every
 * abbreviation made a first search 0.1 KB heavier, past its budget).
 */
export function beginningOthers(abbreviations: ReadonlySet<string>, words: Iterable<string>): Set<string> {
  const starts = new Map([...abbreviations].map((abbreviation) => [fold(abbreviation), abbreviation]));
  const found = new Set<string>();
  // Each word once: the caller passes every page's words, most of them many times (issue 17).
  for (const word of new Set(words)) {
    const folded = fold(word);
    for (const [start, abbreviation] of starts) {
      // The abbreviation itself, its genitive («nibrs») and a compound with a hyphen («hms-plan») are no other word.
      const rest = folded.startsWith(start) ? folded.slice(start.length) : '';
      if (rest && rest !== 's' && !rest.startsWith('-')) found.add(abbreviation);
    }
  }
  return found;
}


/**
 * Of the words in `text` that begin with the abbreviation, as Pagefind matches them, the share that are it, its
 * genitive or a compound with a hyphen («NAV», «NIBRs», «KS’», «HMS-plan»); 0 when none begins so.
 */
export function wholeShare(text: string, abbreviation: string): number {
  const start = `(?<![\\p{L}\\p{N}])${escapeRegExp(abbreviation)}`;
  const begun = text.match(new RegExp(start, 'giu'))?.length ?? 0;
  const whole = text.match(new RegExp(`${start}(?:s|[’']s?)?(?![\\p{L}\\p{N}])`, 'giu'))?.length ?? 0;
  return begun === 0 ? 0 : whole / begun;
}
