// Which pages a missed address may mean, for the 404 page (scripts/not-found.ts), from the site's named
// addresses (/adresser.json, src/pages/adresser.json.ts). Two kinds of guess:
// - typed without æ, ø, å: the addresses that fold alike (lib/spelled-addresses.ts `keyboardSpelling`):
//   /kommuner/hagebostad/ → /kommuner/haegebostad/;
// - a municipality guessed by its name: /kommuner/os/ (the first word of «Os i Østerdalen»),
//   /kommuner/hagebostad-kommune/ (the name with «kommune»), /kommuner/toten/ (a word two names share).
// The page goes to the one address found and lists them when there are several: it never picks one of two.
// Sent to the browser: it imports nothing that brings the collections' schemas along (lib/routes.ts does).
import { keyboardSpelling } from './spelled-addresses.ts';

/** The site's addresses a reader may guess at (/adresser.json). */
export interface GuessableAddresses {
  /** Addresses a reader may type without æ, ø, å: the pages named with them, the municipalities, the stories. */
  addresses: string[];
  /** The municipalities' section, «/kommuner/». */
  municipalitySection: string;
  /** Each municipality's address with its name, by name A–Å: «/kommuner/os-i-osterdalen/» → «Os i Østerdalen». */
  municipalities: Record<string, string>;
}

/** A word of an address that says nothing about which municipality: «hægebostad-kommune», «kommunen-os». */
const municipalityWord = /^kommun/;

/** The words of a name or an address segment, folded as typed on any keyboard: «Os i Østerdalen» → os, i, osterdalen. */
function foldedWords(text: string): string[] {
  return text
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean)
    .map((word) => keyboardSpelling(word));
}

/** True when `run` stands in `words` as its words, in order, side by side. */
function standsIn(run: readonly string[], words: readonly string[]): boolean {
  for (let start = 0; start + run.length <= words.length; start++) {
    if (run.every((word, i) => words[start + i] === word)) return true;
  }
  return false;
}

/**
 * The addresses the missed address `typed` (lower case, NFC, ending in «/») may mean, in the list's order (the
 * municipalities by name, A–Å): one is the page to go to; several are for the reader to choose from; none, nothing to guess. Never `typed` itself (the page would load
 * itself again). First the addresses it folds alike to; else, for one level under the municipalities' section, the
 * municipalities whose name has its words side by side, «kommune» left out (none for a lone letter: «i»).
 */
export function meantAddresses(typed: string, { addresses, municipalitySection: section, municipalities }: GuessableAddresses): string[] {
  const folded = keyboardSpelling(typed);
  const others = [...new Set([...addresses, ...Object.keys(municipalities)])].filter((address) => address !== typed);
  const alike = others.filter((address) => keyboardSpelling(address) === folded);
  const segment = typed.startsWith(section) ? typed.slice(section.length, -1) : '/';
  const words = foldedWords(segment).filter((word) => !municipalityWord.test(word));
  const named = segment.includes('/') || words.join('').length < 2 ? [] : others.filter((address) => address in municipalities && standsIn(words, foldedWords(municipalities[address]!)));
  return alike.length > 0 ? alike : named;
}
