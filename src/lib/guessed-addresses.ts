// Which pages a missed address may mean, for the 404 page (scripts/not-found.ts), from the site's named
// addresses (/adresser.json, src/pages/adresser.json.ts). Two kinds of guess:
// - typed without æ, ø, å: the addresses that fold alike (lib/spelled-addresses.ts `keyboardSpelling`):
//   /kommuner/hagebostad/ → /kommuner/haegebostad/;
// - a municipality guessed by its name, under «/kommuner/» or the singular «/kommune/»: its whole name
//   (/kommuner/hagebostad-kommune/, /kommune/molde/), a word of it (/kommuner/toten/: a word two names share) or
//   the start of one (/kommuner/midt/: Midtre Gauldal), and a municipality that took part only by its city districts
//   (/kommuner/oslo/: the bydeler that did).
// The page goes only to an address it is sure of: the one spelled alike, the one whole name, or the one name with the
// typed word as a whole word when that word is not short. Otherwise it lists what the address may mean: «nord» is a
// word only of Nord-Aurdal but begins Nordre Land too, and «os» is two letters of «Os i Østerdalen», a jump the reader
// would not understand. It never picks one of two.
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
  /**
   * The city districts that took part, by the name of their municipality, where that has no page of its own:
   * «Oslo» → «/kommuner/bydel-alna/», ….
   */
  districts: Record<string, string[]>;
  /** The municipalities' official Sami and Kven names, each with its page: «Deatnu» → «/kommuner/tana/» (lib/parallel-names.ts). */
  parallelNames?: Record<string, string>;
}

/** What a missed address may mean. */
export interface Guess {
  /** The addresses, in the list's order (the municipalities by name, A–Å); none: nothing to guess. */
  addresses: string[];
  /** The one address is surely meant: the page goes there at once. Otherwise the reader chooses. */
  go: boolean;
  /** The addresses are the city districts of the municipality the address names: its name («Oslo»). */
  districtsOf?: string;
}

const nothing: Guess = { addresses: [], go: false };

/** The fewest letters a typed word needs to stand for a longer word it begins, and to go to a name it is a word of. */
const partialLetters = 3;
const goLetters = 4;

/** A word of an address that says nothing about which municipality: «hægebostad-kommune», «kommunen-os». */
const municipalityWord = /^kommun/;
/** The section's name as a reader may type it: «kommune», «kommunene», nynorsk «kommunar» (not «kommunikasjon»). */
const sectionWord = /^kommun(?:e|en|er|ene|ar|ane)$/;

/** The words of a name or an address segment, folded as typed on any keyboard: «Os i Østerdalen» → os, i, osterdalen. */
function foldedWords(text: string): string[] {
  return text
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean)
    .map((word) => keyboardSpelling(word));
}

/** True when `typed` is `word`, or begins it and is long enough to say so: «midt» begins «midtre». */
function begins(typed: string, word: string): boolean {
  return typed === word || (typed.length >= partialLetters && word.startsWith(typed));
}

/** True when `run` stands in `words` as its words (or their starts), in order, side by side. */
function standsIn(run: readonly string[], words: readonly string[], match: (typed: string, word: string) => boolean): boolean {
  for (let start = 0; start + run.length <= words.length; start++) {
    if (run.every((word, i) => match(word, words[start + i]!))) return true;
  }
  return false;
}

const sameWords = (a: readonly string[], b: readonly string[]) => a.length === b.length && a.every((word, i) => word === b[i]);

/**
 * The part of `typed` after the municipalities' section, also when the section is typed in the singular or with
 * another ending («/kommune/molde/» → «molde»); undefined for an address elsewhere.
 */
function municipalitySegment(typed: string, section: string): string | undefined {
  if (section && typed.startsWith(section)) return typed.slice(section.length, -1);
  const [, first, rest] = /^\/([^/]+)\/(.*)$/.exec(typed) ?? [];
  return first !== undefined && sectionWord.test(keyboardSpelling(first)) ? (rest ?? '').replace(/\/$/, '') : undefined;
}

/**
 * An address elsewhere whose last part is a municipality's whole name («/eksempler/molde/», «/verktoy/hagebostad/»):
 * the municipality's page, which lists its stories, offered and never gone to (the reader asked for another section).
 */
function municipalityNamedElsewhere(typed: string, others: readonly string[], municipalities: Record<string, string>): Guess {
  const words = foldedWords(typed.split('/').filter(Boolean).at(-1) ?? '').filter((word) => !municipalityWord.test(word));
  if (words.length === 0) return nothing;
  const named = others.filter((address) => address in municipalities && sameWords(words, foldedWords(municipalities[address]!)));
  return named.length > 0 ? { addresses: named, go: false } : nothing;
}

/**
 * What the missed address `typed` (lower case, NFC, ending in «/») may mean. Never `typed` itself (the page would load
 * itself again). First the addresses it folds alike to; else, for one level under the municipalities' section (or
 * «/kommune/»), the municipalities named by it, «kommune» left out: the one with that whole name; the districts of a
 * municipality that took part by them; those whose name has its words, or their starts, side by side. A lone letter
 * guesses nothing («i»), and a word of two letters only whole words.
 */
export function guessedAddresses(typed: string, { addresses, municipalitySection: section, municipalities, districts = {}, parallelNames = {} }: GuessableAddresses): Guess {
  const folded = keyboardSpelling(typed);
  const others = [...new Set([...addresses, ...Object.keys(municipalities)])].filter((address) => address !== typed);
  const alike = others.filter((address) => keyboardSpelling(address) === folded);
  if (alike.length > 0) return { addresses: alike, go: alike.length === 1 };

  const segment = municipalitySegment(typed, section);
  if (segment === undefined) return municipalityNamedElsewhere(typed, others, municipalities);
  if (segment.includes('/')) return nothing;
  if (segment === '') return typed === section ? nothing : { addresses: [section], go: true };
  const words = foldedWords(segment).filter((word) => !municipalityWord.test(word));
  if (words.join('').length < 2) return nothing;
  const named = others.filter((address) => address in municipalities);
  const nameWords = (address: string) => foldedWords(municipalities[address]!);

  const exact = named.filter((address) => sameWords(words, nameWords(address)));
  if (exact.length > 0) return { addresses: exact, go: exact.length === 1 };
  // An official Sami or Kven name is the municipality's own («/kommuner/deatnu/» is Tana's page).
  const parallel = Object.entries(parallelNames).find(([name, address]) => address !== typed && sameWords(words, foldedWords(name)));
  if (parallel) return { addresses: [parallel[1]], go: true };
  const city = Object.keys(districts).find((name) => sameWords(words, foldedWords(name)));
  if (city) return { addresses: districts[city]!.filter((address) => address !== typed), go: false, districtsOf: city };

  const partly = named.filter((address) => standsIn(words, nameWords(address), begins));
  const wholeWords = partly.length === 1 && standsIn(words, nameWords(partly[0]!), (a, b) => a === b);
  return { addresses: partly, go: wholeWords && words.join('').length >= goLetters };
}
