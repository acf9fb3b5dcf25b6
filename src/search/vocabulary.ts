// The site's own words, for correcting query words that match nothing (see
// spelling.ts). Split by folded first letter, so the search page downloads
// only the list it needs, and only when a word is unknown.
import { chunkOf, type WordCounts } from './spelling.ts';

/** Extra weight for a place name, so «bomlo» becomes Bømlo rather than a common word. */
const placeBonus = 20;

/** Word lists by chunk: each word (3+ letters, no digits; place names from 2) with the number of pages that use it. */
export function wordLists(pageWords: readonly (readonly string[])[], placeNames: readonly string[]): Record<string, WordCounts> {
  const counts = new Map<string, number>();
  for (const list of pageWords)
    for (const word of new Set(list.flatMap((w) => [w, ...w.split('-')])))
      if (word.length >= 3 && !/\d/.test(word)) counts.set(word, (counts.get(word) ?? 0) + 1);
  for (const place of new Set(placeNames.flatMap((p) => p.toLowerCase().split(/[\s-]+/))))
    // Two-letter names too (Ås, Hå, Re, Bø), so «aas» and «haa» find them.
    if (place.length >= 2) counts.set(place, (counts.get(place) ?? 0) + placeBonus);
  const lists: Record<string, WordCounts> = {};
  for (const [word, count] of [...counts].sort(([a], [b]) => (a < b ? -1 : 1))) {
    const chunk = chunkOf(word);
    if (chunk) (lists[chunk] ??= {})[word] = count;
  }
  return lists;
}

/** Words this long or longer are listed by their last letter (wordEnds): a compound part on no page of its own may end one. */
const compoundLength = 7;

/**
 * The site's words of compound length, by folded last letter, so the search page can tell whether a part
 * of a typed compound that is no word of its own ends a word on some page («frist» in «tidsfrist»): such a
 * part is not «on no page». Fetched only for such a part.
 */
export function wordEnds(lists: Readonly<Record<string, WordCounts>>): Record<string, string[]> {
  const ends: Record<string, string[]> = {};
  for (const word of Object.values(lists).flatMap((list) => Object.keys(list)).sort()) {
    const chunk = chunkOf(word.slice(-1));
    if (chunk && word.length >= compoundLength) (ends[chunk] ??= []).push(word);
  }
  return ends;
}

/**
 * Nynorsk forms → the bokmål word the site uses, by chunk of the nynorsk form
 * («sjukefråvær» → «sykefravær» in nn-s). The most used bokmål word wins when
 * two give the same form.
 */
export function nynorskToBokmal(pagesForms: readonly (readonly [string, string[]][])[]): Record<string, Record<string, string>> {
  const uses = new Map<string, number>();
  const candidates = new Map<string, Set<string>>();
  for (const page of pagesForms)
    for (const [word, forms] of page) {
      uses.set(word, (uses.get(word) ?? 0) + 1);
      for (const form of forms) candidates.set(form, (candidates.get(form) ?? new Set()).add(word));
    }
  const maps: Record<string, Record<string, string>> = {};
  for (const [form, words] of [...candidates].sort(([a], [b]) => (a < b ? -1 : 1))) {
    const chunk = chunkOf(form);
    const best = [...words].sort((a, b) => (uses.get(b) ?? 0) - (uses.get(a) ?? 0))[0];
    if (chunk && best) (maps[chunk] ??= {})[form] = best;
  }
  return maps;
}
