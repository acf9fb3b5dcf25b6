// A query word the site does not have, as typed or with æ, ø and å put back (scripts/search.ts: readQuery): read as
// the site's word one letter from it, as its parts, corrected, or with a part on no page left out. Loaded only for
// such a word, so a first search for one of the site's words does not download it (tests/budgets.spec.ts).
import { escapeRegExp } from '../lib/escape-regexp.ts';
import { quoted } from '../lib/quoted.ts';
import { asSiteWords, withPartOnNoPage, withShortPartsCommon, wordWithPart } from './compounds.ts';
import { correction } from './nearest-word.ts';
import { fold, isKnown, type WordCounts } from './spelling.ts';
import { inflectionLetters } from './word-match.ts';
import { endings, inflected, withEnding } from './word-endings.ts';

/** Letters of Sami and no Norwegian word: a word with one is a name, not a misspelling to correct. */
const samiLetters = /[áčđŋšŧžïÁČĐŊŠŦŽÏ]/;

/** The last letters of an inflected word («tidsfristen», «fristene»), whose word lists by last letter (wordEnds) a part is looked up in. */
const inflectionEnds = [...inflectionLetters];

/** The shortest stem read so: four letters, as nynorsk «kosta» is the site's «kostet» (it was read as «KOSTRA»). */
const shortestStem = 4;

/**
 * Whether the word is a site word with another ending, both ones Pagefind's stemmer takes off («kvalitetskommunar»,
 * the site's «kvalitetskommune»): searched as typed, it finds that word's pages. Read as its parts instead, it found
 * «kvalitet» and «kommuner» apart.
 */
export const sameStem = (word: string, list: WordCounts) =>
  endings.some((ending) => ending !== 'i' && word.endsWith(ending) && word.length - ending.length >= shortestStem && endings.some((other) => other !== 'i' && `${word.slice(0, word.length - ending.length)}${other}` in list));

/** What reading the word needs of the search page (scripts/search.ts: readQuery), and where it notes what it found. */
export interface Reader {
  /** The site's words with the first letter of `lower`, with their numbers of pages. */
  counts: (lower: string) => Promise<WordCounts>;
  /** The site's list of nynorsk forms with the first letter of `part`, and of words that end in `letter`. */
  nynorskForms: (part: string) => Promise<Partial<Record<string, string>>>;
  endingIn: (letter: string) => Promise<string[]>;
  /** The bokmål word for a nynorsk one, where the site uses the bokmål word more. */
  asBokmal: (lower: string) => Promise<string | undefined>;
  /** A rare compound as its parts. */
  asParts: (word: string) => Promise<string | undefined>;
  /** A compound's part as the site spells it. */
  siteWord: (part: string) => Promise<string | undefined>;
  inTypedCase: (typed: string, read: string) => string;
  /** Whether the bokmål dictionary has the word as a name, folded alike (proper-names.ts). */
  isName: (word: string) => Promise<boolean>;
  onNoPage: string[];
  /** Sentences the page says after the count, each with a space before it. */
  notes: string[];
  languageForms: { typed: string; read: string }[];
  /** Words said as typed, their pages first, though searched as their parts (scripts/search.ts: ReadQuery). */
  widened: { typed: string; read: string }[];
}

/** The fewest pages a part of four letters is on to be read as a compound's part (compounds.ts: withShortPartsCommon), as scripts/search.ts's rareCompound. */
const commonPart = 3;

/** Endings that make another word of the same root: a noun of a verb («forebygging»), a participle («forebyggende»). */
const derivations = ['ingene', 'ingen', 'inger', 'inga', 'ing', 'elsene', 'elsen', 'elser', 'else', 'ende', 'ene', 'er', 'et', 'e'];
/** A root shorter than this is too little of a word to read another word by («ledning» is no «ledelse»). */
const shortestRoot = 6;

/**
 * The site's word most pages have of the word's root, when the word (which the site lacks) is that root with an
 * ending of `derivations`, and the site's word too: «forebygging» → «forebyggende». Pagefind's stemmer keeps «-ing»
 * and «-ende», so the one found nothing of the other, and read as parts «forebygging» was «føre bygg ingen» (fresh eyes).
 * A nynorsk word's root is found by the nynorsk forms of the site's words (`nynorsk`: nynorsk form → bokmål word,
 * index-site.ts): «førebygging» → «forebygge», by its form «førebygge»; it was «føre bygg ingen» still.
 */
export function sameRoot(word: string, words: WordCounts, nynorsk: Partial<Record<string, string>> = {}): string | undefined {
  const lower = word.toLowerCase();
  const ofRoot = (root: string, known: string) => known.startsWith(root) && derivations.includes(known.slice(root.length));
  for (const ending of derivations.filter((ending) => lower.endsWith(ending))) {
    const root = lower.slice(0, -ending.length);
    if (root.length < shortestRoot) continue;
    const forms = Object.keys(words).filter((known) => ofRoot(root, known));
    const bokmal = Object.entries(nynorsk).flatMap(([form, read]) => (read && ofRoot(root, form) ? [read] : []));
    const all = [...forms, ...bokmal];
    if (all.length) return all.sort((a, b) => (words[b] ?? 0) - (words[a] ?? 0))[0];
  }
  return undefined;
}

/** Words in Norwegian quotation marks, listed: «a», «b» og «c». */
const listed = (words: string[]) => new Intl.ListFormat('nb', { type: 'conjunction' }).format(words.map(quoted));

/**
 * Whether `parts` (the site's words, a space between them) are the word's own letters, a linking «s» or «e» between
 * them or none: «sykehjems|avdeling» is «sykehjem avdeling», split, not corrected; «heiltids|kultur» is not «heltid kultur».
 */
export function isSplit(word: string, parts: string): boolean {
  const pattern = parts.split(' ').map(escapeRegExp).join('[se]?');
  return new RegExp(`^${pattern}$`, 'iu').test(word);
}

/** The word as searched: as typed, the site's word it most likely means, or the site's words it is made of. */
export async function readUnknownWord(word: string, reader: Reader): Promise<string> {
  const { counts, asBokmal, asParts } = reader;
  // A part of four letters only where it is common (compounds.ts): «mest|ring|ledelse» of «mestringsledelse».
  const siteWord = withShortPartsCommon(reader.siteWord, async (word) => ((await counts(word))[word] ?? 0) >= commonPart);
  // A part of seven letters or more may be the site's word one letter from it («foreldr|møte»), corrected once
  // per part, and not in its first two letters, which may belong to the part before: a shorter part, or one whose
  // start changed, was too often another word («Sande|fjord» was read as «Sande fjor», «sjukeheim|setaten» as
  // «sykehjem staten»).
  const nearWords = new Map<string, Promise<string | undefined>>();
  const nearWord = (part: string): Promise<string | undefined> => {
    if (part.length < 7) return Promise.resolve(undefined);
    const sameStart = (word: string | undefined) => (word && fold(word).slice(0, 2) === fold(part).slice(0, 2) ? word : undefined);
    if (!nearWords.has(part)) nearWords.set(part, (async () => (await siteWord(part)) ?? sameStart(correction(part, await counts(part), 1)))());
    return nearWords.get(part)!;
  };
  // A part as typed, if the site has it; a part in bokmål: as typed, or the bokmål word for a nynorsk one (as siteWord, without æ, ø and å put back).
  const asTypedOnSite = async (part: string) => (part in (await counts(part)) ? part : undefined);
  const inBokmal = async (part: string) => (await asBokmal(part)) ?? (await asTypedOnSite(part)) ?? inflected(part, await reader.nynorskForms(part));
  /** Whether a compound is read as its parts only by reading nynorsk parts as bokmål, not as typed and not by a correction. */
  async function inNynorsk(word: string): Promise<boolean> {
    const [plain, bokmal, read] = await Promise.all([asSiteWords(word, asTypedOnSite), asSiteWords(word, inBokmal), asSiteWords(word, siteWord)]);
    return !plain && bokmal !== undefined && bokmal.join(' ') === read?.join(' ');
  }
  /** A word on some page with the part inside it («tidsfrist» for «frist»): a compound's start or end, which may be inflected. */
  async function longerWordWith(part: string): Promise<string | undefined> {
    const lastLetters = new Set([part, ...inflectionEnds].map((end) => end.slice(-1)));
    const ends = await Promise.all([...lastLetters].map(reader.endingIn));
    return wordWithPart(part, [...Object.keys(await counts(part.toLowerCase())), ...ends.flat()]);
  }
  const lower = word.toLowerCase();
  const list = await counts(lower);
  if (isKnown(word, list) || sameStem(lower, list)) return word;
  // A place's or person's name is no misspelling of the site's words: a journalist's «Sandnes» was read as the
  // participant «Sande». Searched as typed, it finds what the site has of it, and the page says that no participant
  // has the name (not-participant.ts).
  if (await reader.isName(word)) return word;
  // A Sami name («Hábmer», «Deatnu») is no misspelt Norwegian word: «Hábmer» was read as «Hemmer».
  const sami = samiLetters.test(word);
  // Words joined by a hyphen that no page has so, a common word after it («NIBR-rapport»): its words, said so. Read as a
  // compound, «NIBR-» was a part on no page, and 221 pages of «rapport» were shown (fresh eyes). Not a name of
  // capitalised parts («Nord-Fron»), which is one place's.
  if (/^[\p{L}\d]+(?:-\p{Ll}+)+$/u.test(word)) {
    const parts = word.split('-');
    reader.widened.push({ typed: word, read: parts.join(' ') });
    reader.notes.push(` Ingen side har ordet, så det er søkt etter ${listed(parts)}.`);
    return parts.join(' ');
  }
  const root = sami ? undefined : sameRoot(word, list);
  if (root) return root;
  // A nynorsk word's root, by the nynorsk forms of the site's words, is no misspelling: said as both («førebygging»
  // eller «forebygge»; «sjukmelde» eller «sykmeldingen»).
  const nynorskRoot = sami ? undefined : sameRoot(word, list, await reader.nynorskForms(lower));
  if (nynorskRoot) {
    reader.languageForms.push({ typed: word, read: reader.inTypedCase(word, nynorskRoot) });
    return nynorskRoot;
  }
  // A misspelt nynorsk word (sjukefravr → sjukefråvær) is read as bokmål too; a rare compound as its parts.
  const asCorrected = async (corrected: string) => (await asBokmal(corrected.toLowerCase())) ?? (await asParts(corrected)) ?? corrected;
  // A compound-sized word one letter from a site word is that word, before it is split into parts
  // («kvalitetskommuneprogramet» was read as «kvalitetskommune» and «programet», which no page has).
  const oneOff = word.length >= 8 && !sami ? correction(word, list, 1) : undefined;
  if (oneOff) return asCorrected(oneOff);
  const compound = await asParts(word);
  if (compound) {
    // Parts that are nynorsk for the site's bokmål words («sjukefråværs|oppfylging» → sykefravær oppfølging) are no
    // misspelling. They are said as the one word the site writes them as where it has it, though few pages do
    // («omsorgsarbeidar» eller «omsorgsarbeidere», not «omsorg arbeidere»: fresh eyes).
    if (await inNynorsk(word)) {
      const parts = compound.split(' ');
      let joined: string | undefined;
      for (const whole of parts[1] ? ['', 's', 'e'].map((link) => parts.join(link)) : []) if (!joined && whole in (await counts(whole))) joined = whole;
      if (joined) reader.widened.push({ typed: joined, read: compound });
      reader.languageForms.push({ typed: word, read: reader.inTypedCase(word, joined || compound) });
    } else if (compound.includes(' ') && isSplit(word, compound)) {
      // A word no page has, read as its parts with no letter changed, is no typo («sykehjemsavdeling», «Lederopplæring»
      // were said as «du skrev» them): said as typed, and that its parts were searched (fresh eyes).
      reader.widened.push({ typed: word, read: reader.inTypedCase(word, compound) });
      reader.notes.push(` Ingen side har ordet, så det er søkt etter ${listed(compound.split(' '))}.`);
    }
    return compound;
  }
  if (sami) return word;
  // A typo inside a compound: its parts, one corrected («foreldrmøte» → «foreldre møte»), before the nearest
  // whole word, two letters away («foreldremøter», on one page).
  const near = await asSiteWords(word, siteWord, nearWord);
  if (near) return near.join(' ');
  const corrected = correction(word, list);
  if (corrected) return asCorrected(corrected);
  // A compound with a part on no page: the rest is searched («blåbær|sykefravær» found nothing), and the page says what was left out.
  const partly = await withPartOnNoPage(word, siteWord);
  if (!partly) return word;
  const part = word.slice(partly.unknown.from, partly.unknown.to);
  // A part that is a site word all the same is searched too, not said to stand only inside longer words and left out:
  // one too short to be looked up as a part («fag|arbeidar»: «fag» is on ten pages, not only in «fagbrev»), or typed
  // bare where the site has it only inflected («helsefag|arbeider»: «helsefaget», which Pagefind's stemmer reads as
  // the same word).
  const lowerPart = part.toLowerCase();
  const onSite = (await reader.siteWord(lowerPart)) ?? withEnding(lowerPart, await counts(lowerPart));
  if (onSite) return (partly.unknown.from === 0 ? [onSite, ...partly.known] : [...partly.known, onSite]).join(' ');
  // A start read with a linking «s» where a word may begin with that «s» and the part («helses|øster» for
  // «helse|søster»; not «søknads|frist», as no word begins «sf»): no part is named, as either may be the word typed
  // (fresh eyes: «Ordet «øster» står bare inne i lengre ord, som «østerdalen»»).
  const head = word.slice(0, partly.unknown.from).toLowerCase();
  const linked =
    head.endsWith('s') && !partly.known.join('').toLowerCase().endsWith('s') && /^s(?:[aeiouyæøå]|[kptlmnvj])/.test(`s${lowerPart}`);
  const longer = !linked && (await longerWordWith(part));
  if (linked) reader.notes.push(` Ingen side har ordet, så det er søkt etter ${listed(partly.known)}.`);
  else if (longer) reader.notes.push(` Ordet ${quoted(part)} står bare inne i lengre ord, som ${quoted(longer)}, og er utelatt.`);
  else reader.onNoPage.push(part);
  return partly.known.join(' ');
}
