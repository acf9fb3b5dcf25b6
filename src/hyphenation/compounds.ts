// Norwegian compounds split at their joints, for hyphenation. The TeX patterns
// (npm `hyphen`) read a compound as one string of syllables and so sometimes
// break across a joint: «slut-trapporten», «inns-atskommunene». Splitting the
// word into its parts first (slutt|rapporten, inn|sats|kommunene) lets the
// joints be the break points and the patterns work only inside each part.
//
// The parts come from the maintained Hunspell dictionaries (npm dictionary-nb,
// dictionary-nn): a part before a joint must be a word the dictionary lets
// stand in a compound (its COMPOUNDFLAG, `z`, with COMPOUNDMIN 4 letters) or
// one of its prefixes (PFX: for, inn, til, sam …), optionally with a linking
// «s» or «e»; the last part any headword with an inflection ending.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

/** A set of lowercase words, or two read as one. */
interface WordSet {
  has(word: string): boolean;
}

export interface CompoundVocabulary {
  /** Lowercase words that may begin or stand inside a compound. */
  heads: WordSet;
  /** Every lowercase headword, for the last part. */
  words: WordSet;
}

/** Hunspell's COMPOUNDMIN in both dictionaries: a compound part has at least 4 letters. */
const minPart = 4;
/** The dictionaries' prefixes (their PFX rules), which may be shorter; «u» and «in» left out as too ambiguous. */
const prefixes = ['for', 'gjen', 'hoved', 'hovud', 'mis', 'sam', 'etter', 'til', 'over', 'under', 'på', 'av', 'inn', 'ut', 'opp', 'ned', 'om', 'sammen', 'saman'];
/** Letters that join two parts (kvalitet|s|arbeid, barn|e|hage). */
const links = ['', 's', 'e'];
/** Inflection endings of the last part (kommune|ne, rapport|en, program|met). */
const endings = ['', 'e', 'a', 'n', 'r', 't', 's', 'en', 'et', 'er', 'ar', 'ne', 'te', 'de', 'ns', 'rs', 'es', 'ts', 'ene', 'ane', 'nes', 'ens', 'ets', 'ere', 'ers', 'met', 'men', 'ande', 'ing', 'inga', 'ingen', 'enes', 'erne', 'ende', 'heten', 'ninger', 'ninga', 'ningen'];
/** Endings of the second word of a part the dictionary lists whole: not a lone consonant, so «ikken» is no «ikke» + n. */
const lexicalisedEndings = new Set(endings.filter((ending) => ending.length !== 1 || 'aeiouyæøå'.includes(ending)));
const allEndings = new Set(endings);
const longestEnding = Math.max(...endings.map((ending) => ending.length));

/** Whether the word is a word of the set with one of the endings (the stem at least `minPart` letters). */
function isInflected(word: string, set: WordSet, withEndings: ReadonlySet<string>): boolean {
  for (let length = 0; length <= longestEnding && word.length - length >= minPart; length++) {
    if (withEndings.has(word.slice(word.length - length)) && set.has(word.slice(0, word.length - length))) return true;
  }
  return false;
}

/** Reads a Hunspell .dic file: every headword, and those carrying the compound flag. */
export function vocabularyOf(dic: string, compoundFlag = 'z'): CompoundVocabulary {
  const heads = new Set<string>(prefixes);
  const words = new Set<string>();
  // Plain string scanning: the bokmål file has 334 000 lines, read once per build.
  for (const line of dic.split('\n').slice(1)) {
    const slash = line.indexOf('/');
    const lower = (slash < 0 ? line : line.slice(0, slash)).trim().toLowerCase();
    if (!lower || lower.includes(' ')) continue;
    words.add(lower);
    if (slash >= 0 && lower.length >= minPart && line.includes(compoundFlag, slash)) heads.add(lower);
  }
  return { heads, words };
}

const require = createRequire(import.meta.url);
const vocabularies = new Map<string, CompoundVocabulary>();

/** The compound vocabulary for a language (nb, nn), read once from the dictionary package. */
export function vocabularyFor(language: 'nb' | 'nn'): CompoundVocabulary {
  let vocabulary = vocabularies.get(language);
  if (!vocabulary) {
    // The packages export a loader only; the .dic file sits beside it.
    const read = (pkg: string) => vocabularyOf(readFileSync(join(dirname(require.resolve(pkg)), 'index.dic'), 'utf8'));
    if (language === 'nb') vocabulary = read('dictionary-nb');
    else {
      const nb = vocabularyFor('nb');
      // Nynorsk's dictionary marks far fewer compound parts; most of bokmål's are spelled the same.
      const nn = read('dictionary-nn');
      const either = (a: WordSet, b: WordSet): WordSet => ({ has: (word) => a.has(word) || b.has(word) });
      vocabulary = { heads: either(nn.heads, nb.heads), words: either(nn.words, nb.words) };
    }
    vocabularies.set(language, vocabulary);
  }
  return vocabulary;
}

function isLast(part: string, { words }: CompoundVocabulary): boolean {
  return isInflected(part, words, allEndings);
}

function lastIsCompoundWord(parts: readonly string[], { heads }: CompoundVocabulary): boolean {
  return isInflected(parts.at(-1) ?? '', heads, allEndings);
}

function isHead(part: string, { heads }: CompoundVocabulary): boolean {
  return links.some((link) => {
    const stem = part.slice(0, part.length - link.length);
    // A prefix takes no linking letter: «unders|økinga» is under|søkinga.
    return part.endsWith(link) && heads.has(stem) && (link === '' || !prefixes.includes(stem));
  });
}

/** The split into the fewest parts (one when the word is a headword), by dynamic programming; undefined when there is none. */
function fewestParts(word: string, vocabulary: CompoundVocabulary): string[] | undefined {
  // best[i]: the split of word.slice(i) into heads and a last part with the fewest parts.
  const best: (string[] | undefined)[] = Array.from({ length: word.length + 1 });
  for (let i = word.length - 1; i >= 0; i--) {
    const rest = word.slice(i);
    let found = isLast(rest, vocabulary) ? [rest] : undefined;
    for (let j = i + 2; j <= word.length - minPart; j++) {
      const tail = best[j];
      if (!tail || (found && tail.length + 1 > found.length)) continue;
      const head = word.slice(i, j);
      if (!isHead(head, vocabulary)) continue;
      // Equally many parts: the split whose last part is a compound word wins (stillings|andeler, not stilling|sandeler).
      if (found && tail.length + 1 === found.length && !(lastIsCompoundWord(tail, vocabulary) && !lastIsCompoundWord(found, vocabulary))) continue;
      found = [head, ...tail];
    }
    best[i] = found;
  }
  return best[0];
}

/**
 * A part that is itself a compound the dictionary lists as one headword
 * (sluttrapport, innsats), split in two: a prefix or compound word, then a
 * word that may stand in compounds. Stricter than the first split, so that
 * «stillingen» stays whole rather than becoming still|ingen.
 */
function lexicalisedParts(part: string, vocabulary: CompoundVocabulary): string[] {
  for (let j = 2; j <= part.length - minPart; j++) {
    const head = part.slice(0, j);
    const tail = part.slice(j);
    if (!isHead(head, vocabulary)) continue;
    const stem = isInflected(tail, vocabulary.heads, lexicalisedEndings);
    if (stem) return [head, tail];
  }
  return [part];
}

const vowels = 'aeiouyæøå';

/**
 * Whether the word is an inflected form of a headword that the plain endings
 * miss: a verb or noun that drops its «e» (forplikt|ande from forplikte) or a
 * stem that drops it before l, r or n (eksempl|ene from eksempel). Such a word
 * is one word, not a compound (not eksem|plene, forplikt|ande).
 */
function isContractedForm(word: string, { words }: CompoundVocabulary): boolean {
  for (const ending of allEndings) {
    if (!ending || !word.endsWith(ending)) continue;
    const stem = word.slice(0, word.length - ending.length);
    if (stem.length < minPart) continue;
    if (words.has(`${stem}e`)) return true;
    const last = stem.at(-1) ?? '';
    if ('lrn'.includes(last) && !vowels.includes(stem.at(-2) ?? 'a') && words.has(`${stem.slice(0, -1)}e${last}`)) return true;
  }
  return false;
}

/**
 * Letter offsets of the joints between parts (after the first part, after the second …).
 */
function jointsOf(parts: readonly string[]): number[] {
  let at = 0;
  return parts.slice(0, -1).map((part) => (at += part.length));
}

/**
 * The lowercase word split at its compound joints, as its parts in order
 * (sluttrapporten → slutt, rapporten; innsatskommunene → inn, sats, kommunene),
 * or just [word] when it is no compound of dictionary words. The split with
 * the fewest parts wins (stillings|andeler, not stilling|sand|eler); a part
 * the dictionary lists whole is then split once more where it is clearly two words.
 *
 * `patternBreaks` (letter offsets where the hyphenation patterns break the
 * whole word) settle a linking «s»: where the dictionary reads «måned|stall»
 * but «måneds» is a compound head too and the patterns break after the s
 * (må-neds-tall), the s goes with the head. Not after a prefix: inn|sats.
 */
export function compoundParts(word: string, vocabulary: CompoundVocabulary, patternBreaks: ReadonlySet<number> = new Set()): string[] {
  if (!isLast(word, vocabulary) && isContractedForm(word, vocabulary)) return [word];
  const parts = (fewestParts(word, vocabulary) ?? [word]).flatMap((part) => lexicalisedParts(part, vocabulary));
  jointsOf(parts).forEach((joint, k) => {
    const next = parts[k + 1]!;
    if (next.length > 1 && next.startsWith('s') && isHead(`${parts[k]}s`, vocabulary) && patternBreaks.has(joint + 1) && !patternBreaks.has(joint)) {
      parts[k] = `${parts[k]}s`;
      parts[k + 1] = next.slice(1);
    }
  });
  return parts;
}
