// Pagefind matches every word as the start of longer words too, and folds å to
// a: «Hå» found 201 pages (Hasvik, Halden, «håndbok», «handlingsplan»), «Re»
// 238 («redusert», «rettigheter»). exact-title.ts puts the municipality first;
// after it came a page of words that merely begin with the name. For a short
// municipality name the build files the pages that have the name as a word
// under the hidden filter `wholeNameFilter` (index-site.ts), and the search
// page shows those, with a link to the rest. The same filter holds the site's
// abbreviations (abbreviations.ts: «NAV», not «navn»). Loaded only for a short
// query (scripts/search.ts).
import { wholeShare } from './abbreviations.ts';
import { comparable, namedBy } from './exact-title.ts';

/** Names of at most this many letters are short: the words beginning with them are mostly other words («Sel», «selv»), not the name inflected («Bergens»). */
export const shortName = 4;

/** The Pagefind filter listing, for each short municipality name and each abbreviation, the pages that have it as a word. */
export const wholeNameFilter = 'navn';

/** A page's result data as far as this needs it. */
interface Named {
  meta: { title?: string; type?: string };
}

/**
 * A municipality's short name: its name, if at most `shortName` letters («Hå»), or the name before « i », which
 * people search for alone («Os» of «Os i Østerdalen»: «Os» found 26 pages, «oss» and «Oslo» among them).
 */
export function shortNameOf(place: string): string | undefined {
  const [name = ''] = place.split(' i ');
  return name.length <= shortName ? name : undefined;
}

/** The words of a page's text that may be a short name: a capital and at most `shortName` letters in all («Hå», «Re», «Sel»). */
export function shortCapitalisedWords(text: string): string[] {
  const found = text.match(new RegExp(`(?<![\\p{L}\\p{N}])\\p{Lu}\\p{Ll}{0,${shortName - 1}}(?![\\p{L}\\p{N}])`, 'gu')) ?? [];
  return [...new Set(found)];
}

/**
 * The municipality a query names, when it is a short name and the query's first result is that municipality's
 * page (which exact-title.ts puts first): «Hå», «hå», «ha» and «Hå kommune» name Hå, «os» Os i Østerdalen by «Os», «Hålogaland» and «Sykefravær» nothing.
 */
export function shortPlaceNamed(query: string, first: Named | undefined): string | undefined {
  const name = first?.meta.type === 'Kommune' && first.meta.title ? shortNameOf(first.meta.title) : undefined;
  return name && namedBy(query).has(comparable(name)) ? name : undefined;
}

/** What a query names whole: the name or abbreviation, as the filter holds it, and what it is, as the page says it («Viser sider med forkortelsen «NAV».»). */
export interface WholeWord {
  name: string;
  kind: 'stedsnavnet' | 'forkortelsen';
}

/**
 * The short place name the query names (shortPlaceNamed), else the abbreviation its one word is, in any case
 * («NAV», «nav», «Nav»), when some page has it as a word (`hasPages`: whether the filter has pages for it).
 * A word typed in lower case is an abbreviation too: «nav» found «navn» as «NAV» did, and the link under the
 * results offers the words that begin so; but not one of two letters, the start of many words as they are typed
 * («lo», «sk» on the way to «lokal», «skole»), unless typed in capitals («LO»).
 */
export async function wholeWordNamed(query: string, words: readonly string[], first: Named | undefined, hasPages: (name: string) => Promise<boolean>): Promise<WholeWord | undefined> {
  const place = shortPlaceNamed(query, first);
  if (place) return { name: place, kind: 'stedsnavnet' };
  const [word = '', ...more] = words;
  const abbreviation = word.toUpperCase();
  const asTyped = word.length > 2 || word === abbreviation;
  return more.length === 0 && asTyped && /^\p{L}{2,}$/u.test(word) && (await hasPages(abbreviation)) ? { name: abbreviation, kind: 'forkortelsen' } : undefined;
}

/**
 * The results with the first `count` ranked by how much of their score is the abbreviation itself: Pagefind
 * scores every word it begins too, so «Hvordan skrive en pressemelding», with «NAV» once and «navn» four times,
 * ranked above «Samarbeid med andre aktører», about NAV. Each score is weighed by the share of the page's words
 * beginning with the abbreviation that are it (abbreviations.ts: wholeShare); the rest keep their order.
 */
export async function wholeWordFirst<R extends { score?: number; data: () => Promise<{ content: string }> }>(results: R[], word: string, count: number): Promise<R[]> {
  const first = await Promise.all(results.slice(0, count).map(async (result) => ({ result, weight: (result.score ?? 1) * wholeShare((await result.data()).content, word) })));
  return [...first.sort((a, b) => b.weight - a.weight).map(({ result }) => result), ...results.slice(count)];
}
