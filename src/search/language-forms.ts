// Bokmål and nynorsk are one language to the searcher. For every word on the
// site we find its form in the other written standard (sykefravær → sjukefråvær,
// ansatte → tilsette, leder → leiar) and add it to the page's index entry as
// search-only metadata, so a nynorsk query finds bokmål pages and back.
//
// The forms come from the systematic spelling correspondences between the two
// standards below, and every candidate is checked against the maintained
// Hunspell dictionaries (dictionary-nb, dictionary-nn): only words the
// bokmål dictionary knows are respelled (not names or codes), and a bokmål
// form of a nynorsk word must be a bokmål word (or a compound of bokmål words).
// Differences in endings alone (kommunar/kommuner) need nothing here: Pagefind's
// Norwegian stemmer already treats them as one word.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

/**
 * Bokmål → nynorsk spelling correspondences, as [bokmål part, nynorsk part].
 * A part may be anchored to the word's start (^) or end ($).
 */
export const correspondences: readonly (readonly [string, string])[] = [
  ['syk', 'sjuk'], ['fra', 'frå'], ['hjemme', 'heime'], ['hjem', 'heim'], ['tjen', 'ten'], ['skole', 'skule'], ['ansatt', 'tilsett'],
  ['ledelse', 'leiing'], ['leder', 'leiar'], ['^lede', 'leie'], ['giver', 'gjevar'], ['^gi', 'gje'], ['medvirk', 'medverk'],
  ['bruker', 'brukar'], ['virkning', 'verknad'], ['arbeider', 'arbeidar'], ['ere$', 'arar'], ['erne$', 'arane'], ['else$', 'ing'], ['het$', 'heit'],
  ['heten$', 'heita'], ['ømme', 'øme'], ['valgt', 'vald'], ['forening', 'foreining'], ['^hv', 'kv'], ['^ikke$', 'ikkje'],
  ['^mye$', 'mykje'], ['^noen$', 'nokon'], ['^bare$', 'berre'], ['lønn', 'løn'], ['fører', 'førar'], ['^øk', 'auk'],
  // oppfølging/oppfylging: «sjukefråværsoppfylging» was read as a misspelling of «sykefraværsoppfølging».
  ['følg', 'fylg'],
  // utvalg/utval: «arbeidsmiljøutval» searched «arbeidsmiljø» alone, «utval» said to be only inside «utvalg».
  ['valg', 'val'],
  // heltid/heiltid: «heiltidskultur» was read as a typo of «heltid kultur» (fresh eyes).
  ['^helt', 'heilt'],
  // forebygge/førebyggje, foreslå/føreslå: «førebygging» was read as «føre bygg ingen».
  ['^fore', 'føre'],
];

export interface Dictionary {
  /** Every headword, lowercase. */
  words: ReadonlySet<string>;
  /** Headwords sorted, for prefix lookups. */
  sorted: readonly string[];
}

/** A Hunspell .dic file as a set of its headwords (without affix flags). */
export function dictionaryOf(dic: string): Dictionary {
  const words = new Set<string>();
  // Cut at the flags with indexOf, not split: the two files have 570 000 lines, read on every build (issue 17).
  for (const line of dic.split('\n').slice(1)) {
    const slash = line.indexOf('/');
    const word = (slash < 0 ? line : line.slice(0, slash)).trim().toLowerCase();
    if (word && !word.includes(' ')) words.add(word);
  }
  return { words, sorted: [...words].sort() };
}

const require = createRequire(import.meta.url);
/** The Hunspell .dic file of an npm dictionary package: the packages export a loader only; the file sits beside it. */
export const dictionaryText = (pkg: 'dictionary-nb' | 'dictionary-nn'): string => readFileSync(join(dirname(require.resolve(pkg)), 'index.dic'), 'utf8');

/** The bokmål and nynorsk dictionaries from the npm packages dictionary-nb and dictionary-nn. */
export function loadDictionaries(): { nb: Dictionary; nn: Dictionary } {
  return { nb: dictionaryOf(dictionaryText('dictionary-nb')), nn: dictionaryOf(dictionaryText('dictionary-nn')) };
}

const endings = ['', 'e', 'a', 'i', 'en', 'et', 'er', 'ar', 'ane', 'ene', 'ne', 'te', 's'];

function isWord(word: string, dictionary: Dictionary): boolean {
  return endings.some((ending) => word.endsWith(ending) && dictionary.words.has(word.slice(0, word.length - ending.length)));
}

function startsSomeWord(prefix: string, dictionary: Dictionary): boolean {
  const { sorted } = dictionary;
  let low = 0;
  let high = sorted.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if ((sorted[mid] ?? '') < prefix) low = mid + 1;
    else high = mid;
  }
  return (sorted[low] ?? '').startsWith(prefix);
}

/** Whether the dictionary knows the word, or the word as a compound of a known head and a known word. */
export function knows(word: string, dictionary: Dictionary): boolean {
  if (isWord(word, dictionary)) return true;
  for (let split = 3; split <= word.length - 3; split++) {
    const head = word.slice(0, split);
    const tail = word.slice(split);
    if (startsSomeWord(head, dictionary) && isWord(tail, dictionary) && (isWord(head, dictionary) || isWord(head.replace(/[es]$/, ''), dictionary) || startsSomeWord(`${head}`, dictionary)))
      return true;
  }
  return false;
}

/** The correspondence as a pattern over the word, keeping its anchors. */
function pattern(part: string): RegExp {
  const start = part.startsWith('^') ? '^' : '';
  const end = part.endsWith('$') ? '$' : '';
  return new RegExp(`${start}${part.replace(/^\^|\$$/g, '')}${end}`, 'g');
}

/** Every spelling made by applying some of the correspondences (from → to) to the word. */
function respellings(word: string, pairs: readonly (readonly [string, string])[]): Set<string> {
  let forms = new Set([word]);
  for (const [from, to] of pairs) {
    const re = pattern(from);
    if (!word.match(re)) continue;
    const next = new Set(forms);
    for (const form of forms) next.add(form.replace(re, to.replace(/^\^|\$$/g, '')));
    forms = next;
    if (forms.size > 64) break;
  }
  forms.delete(word);
  return forms;
}

/**
 * The word's forms in the other written standard: nynorsk forms of a bokmål
 * word when `to` is 'nn', bokmål forms of a nynorsk word when 'nb'. Lowercase;
 * empty for words the source standard's dictionary does not know (names,
 * codes); bokmål forms must be bokmål words.
 */
export function otherForms(word: string, to: 'nb' | 'nn', dictionaries: { nb: Dictionary; nn: Dictionary }): string[] {
  const lower = word.toLowerCase();
  if (lower.length < 3 || /\d/.test(lower)) return [];
  // Read backwards, a pair keeps its anchors: ['^gi', 'gje'] becomes ['^gje', 'gi'].
  const anchors = (from: string, part: string) => `${from.startsWith('^') ? '^' : ''}${part}${from.endsWith('$') ? '$' : ''}`;
  const pairs = to === 'nn' ? correspondences : correspondences.map(([nb, nn]) => [anchors(nb, nn), nb.replace(/^\^|\$$/g, '')] as const);
  const forms = [...respellings(lower, pairs)];
  if (to === 'nb') return forms.filter((form) => knows(form, dictionaries.nb));
  return knows(lower, dictionaries.nb) ? forms : [];
}
