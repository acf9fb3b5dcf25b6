// Proper names the site knows for certain get no soft hyphens at all: typesetting practice divides no proper
// name (TeX's \uchyph=0, Duden), and a divided name seldom looks well. At 320 px «Fredrik-/stad», «Lille-/hammer»
// and «Bydel Nord-/strand» were broken, and a name copied from the page kept its soft hyphens. The names come from
// the content (content-check/content-names.ts): the municipalities and the places of events. Other capitalised words are still
// hyphenated («Kvalitetskommuneprogrammet» first in a heading must break on a phone; see soft-hyphens.ts).
import { escapeRegExp } from '../lib/escape-regexp.ts';

export interface ProperNames {
  /** The names as given, sorted and without repeats: what a hyphenated page depends on (the build cache's key). */
  readonly list: readonly string[];
  /**
   * Whether a word (a part between hard hyphens or slashes) is a word of a name, capitalised or in capitals
   * («Kristiansund», «KRISTIANSUND»), or its genitive («Kristiansunds»). Not in lower case: «samkommune» of
   * «Innherred samkommune» is a common word elsewhere.
   */
  has(word: string): boolean;
  /** The names of several words, where they stand in a text, kept whole there («Innherred samkommune»); undefined when none. */
  readonly phrases: RegExp | undefined;
}

const capitalised = /^\p{Lu}/u;

/** The matcher for the given names («Lillehammer», «Bydel Nordstrand», «Austrheim/Øygarden»). */
export function properNames(names: Iterable<string>): ProperNames {
  const list = [...new Set([...names].map((name) => name.trim()).filter((name) => name !== ''))].sort();
  const words = new Set(
    list
      .flatMap((name) => name.split(/[\s/-]+/))
      .filter((word) => capitalised.test(word))
      .map((word) => word.toLowerCase()),
  );
  const several = list.flatMap((name) => name.split('/')).filter((name) => /\s/.test(name));
  // Longest first, so «Bydel Nordre Aker» is not cut at a shorter name; the words may be parted by any white space (a line break in MDX).
  const alternatives = several.sort((a, b) => b.length - a.length).map((name) => name.split(/\s+/).map(escapeRegExp).join('\\s+'));
  return {
    list,
    has(word) {
      if (!capitalised.test(word)) return false;
      const lower = word.toLowerCase();
      return words.has(lower) || (lower.endsWith('s') && words.has(lower.slice(0, -1)));
    },
    phrases: alternatives.length === 0 ? undefined : new RegExp(`(?<![\\p{L}\\p{M}])(?:${alternatives.join('|')})s?(?![\\p{L}\\p{M}])`, 'gu'),
  };
}

/** No names: every long word is hyphenated by the general rules. */
export const noProperNames: ProperNames = properNames([]);
