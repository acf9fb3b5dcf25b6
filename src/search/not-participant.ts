// A search for a municipality that was not among the participants («Ål») found nothing and said only «Ingen treff»:
// the reader could not tell a name the site lacks from a search that failed. The site has no list of all Norway's
// municipalities of the time, so it cannot say that «Ål» is one; it can say that no participant has the name. That is
// said when a search found nothing and its query looks like one capitalised name («Ål», «Nord-Fron», «Ål kommune»),
// checked against the participants' names in the list the 404 page reads (/adresser.json), so a participant whose
// page the search missed is never said to be absent. Loaded, and the list fetched, only after a search with no hits
// (scripts/search.ts): the first search's budget has no room for it (tests/budgets.spec.ts). The list's address comes
// with the item (`data-list`, from lib/spelled-addresses.ts): imported here, that module would be a chunk of its own
// that the 404 page's script then loads as one more request.
import { quoted } from '../lib/quoted.ts';
import type { GuessableAddresses } from '../lib/guessed-addresses.ts';
import { withoutSegmentJoiners } from './segment-joiner.ts';
import { fold, isKnown, type WordCounts } from './spelling.ts';

/** One capitalised name of one or more words: «Ål», «Nord-Fron», «Vestre Toten». */
const name = String.raw`\p{Lu}\p{Ll}+(?:-\p{Lu}?\p{Ll}+)*(?:\s+\p{Lu}\p{Ll}+(?:-\p{Lu}?\p{Ll}+)*)*`;
const placeName = new RegExp(`^${name}(?:\\s+i\\s+${name})?$`, 'u');

/** The query's words as a name is typed, one space between them, «kommune» after them left out. */
const nameAsTyped = (query: string): string => query.trim().replace(/\s+/g, ' ').replace(/ kommune$/i, '');

/**
 * The name a query is, when it looks like one capitalised name, or a name «i» the county or region it is in, «kommune»
 * after it left out: «Ål kommune» → «Ål», «Bø i Telemark».
 */
export function capitalisedName(query: string): string | undefined {
  const trimmed = nameAsTyped(query);
  return placeName.test(trimmed) ? trimmed : undefined;
}

/**
 * A query of several words in small letters as the name it is, when a word of it says where or what a place is
 * (namesNoPlace): «øystre slidre» and «Øystre slidre» → «Øystre Slidre», «bydel frogner» → «Bydel Frogner», as a
 * phone types a name. «i» stays a word («bø i telemark» → «Bø i Telemark»). Undefined for other queries: «sykefravær
 * molde» is a topic and a place. «øystre slidre» was «1 treff på «Østre»», Østre Toten, where «Øystre Slidre» said that no
 * participant has the name.
 */
export function nameInSmallLetters(query: string): string | undefined {
  const typed = nameAsTyped(query);
  if (!typed.includes(' ') || !placeOf(typed).split(' ').some(saysWhere)) return undefined;
  return capitalisedName(typed.replace(/(^|[\s-])(\p{Ll})(?=\p{L})/gu, (_, before: string, letter: string) => before + letter.toLocaleUpperCase('nb')));
}

/** A query of one word, «kommune» after it or not: «tonsberg», «Tonsberg», «TONSBERG», «tønsberg kommune». */
const oneWord = /^(\p{L}+(?:-\p{L}+)*)((?:\s+kommune)?)$/iu;

/**
 * The query with its word written as the name it is («tonsberg», «Tonsberg» and «TONSBERG» → «Tønsberg», «tonsberg
 * kommune» → «Tønsberg kommune»), when it is a query of one word that `names` has, in any case, æ, ø and å typed or
 * not (`names`: the names with its first letter, proper-names.ts); undefined else. Then it is taken for a name, as a
 * capitalised query is: a capital typed without its ø («Tonsberg») and a name typed in capitals were said as typed,
 * or not at all (fresh eyes).
 */
export function withNameCapitalised(query: string, names: readonly string[]): string | undefined {
  const [, typed = '', kommune = ''] = query.trim().replace(/\s+/g, ' ').match(oneWord) ?? [];
  const word = typed.toLocaleLowerCase('nb');
  // Folded alike and no longer: «Bøe» folds as «bø» does, but is another name (fresh eyes: «bø kommune» was said as «Bøe»).
  const name = names.find((name) => name.toLocaleLowerCase('nb') === word) ?? names.find((name) => fold(name) === fold(word) && name.length <= word.length);
  return word && name ? `${name}${kommune.toLowerCase()}` : undefined;
}

/**
 * Whether a query is a word with «kommune» after it, in any case: a place, as a capitalised query is («oslo kommune»,
 * «stavanger kommune», «bø kommune» said nothing where «Oslo kommune» said that no participant has the name).
 */
export const namesMunicipality = (query: string): boolean => oneWord.test(query.trim().replace(/\s+/g, ' ')) && /\skommune$/i.test(query.trim());

/**
 * The place a query may be that the search may say no participant has, and whether only «kommune» was left of it
 * (onlyKommuneLeft): a name that found nothing of itself (`foundNothing`) or has «kommune» after it (namesMunicipality),
 * in any case («tonsberg», «Tonsberg», «TONSBERG», «oslo kommune»), as the dictionary writes it («Tønsberg»;
 * `dictionaryNames()`: the dictionary's proper nouns of the query's first letter, proper-names.ts), or else a
 * capitalised query as typed. Undefined for neither.
 */
export async function placeQueryOf(
  query: string,
  foundNothing: boolean,
  unmatched: readonly string[],
  dictionaryNames: () => Promise<readonly string[]>,
): Promise<{ place: string; alone: boolean } | undefined> {
  const municipality = namesMunicipality(query);
  const named = foundNothing || municipality ? withNameCapitalised(query, await dictionaryNames()) : undefined;
  // A name with «kommune» the dictionary lacks («stavanger kommune») is taken as typed with a capital, as «Stavanger kommune» is.
  const typed = query.trim().replace(/\s+/g, ' ');
  const place = named ?? (capitalisedName(query) ? query : nameInSmallLetters(typed)) ?? (/^\p{Lu}/u.test(typed) ? query : municipality ? typed.charAt(0).toLocaleUpperCase('nb') + typed.slice(1) : undefined);
  return place === undefined ? undefined : { place, alone: unmatched.length > 0 && onlyKommuneLeft(place, unmatched) };
}

/**
 * Whether the query is a place with «kommune» after it («Tønsberg kommune») and every word of the place is one no page
 * has (`unmatched`, as typed): what is left, «kommune», is on nearly every page (243), and its hits say nothing of the
 * place. Not for a place with where it is («Bø i Telemark kommune»), whose other words are searched.
 */
export function onlyKommuneLeft(query: string, unmatched: readonly string[]): boolean {
  const name = capitalisedName(query);
  if (!name || name !== placeOf(name) || !/\skommune$/i.test(query.trim())) return false;
  const left = new Set(unmatched.map(fold));
  return name.split(' ').every((word) => left.has(fold(word)));
}

/** The place a name is, without the county or region after «i»: «Bø i Telemark» → «Bø». */
export const placeOf = (name: string): string => name.split(' i ')[0] ?? name;

/**
 * Words of place names that say where or what a place is, and name none alone: «Øystre Slidre» is not Østre Toten,
 * «Søndre Land» not Nordre Land, «Bydel Frogner» not Bydel Alna.
 */
const noPlaceWords = ['nord', 'nordre', 'sør', 'søndre', 'øst', 'østre', 'øystre', 'aust', 'austre', 'vest', 'vestre', 'midtre', 'indre', 'ytre', 'nedre', 'øvre', 'bydel', 'samkommune'];
export const namesNoPlace = new RegExp(`^(?:${noPlaceWords.join('|')})$`, 'i');

/** Those words as typed without æ, ø and å too («sor odal», «ovre eiker»), folded alike. */
const foldedNoPlace = new Set(noPlaceWords.map(fold));

/** Whether a word of a name says where or what a place is (namesNoPlace), typed with or without æ, ø and å. */
const saysWhere = (word: string): boolean => foldedNoPlace.has(fold(word));

/** The query as read for searching (readQuery in scripts/search.ts): its words, and each word read as another. */
interface Read {
  words: string[];
  readings?: { typed: string; read: string }[];
}

/**
 * The words of the place a query names, as typed, that the search leaves out (withoutUnmatched in scripts/search.ts),
 * none when it names no place. A place of one word («Bø» of «Bø i Telemark») when no page has it as read: it is no
 * start of another place's name. A place of several words, one of them a word like «Øystre» or «Søndre»
 * (namesNoPlace), is one name: when a word of it as read is on no page (`words`: the site's words with its first
 * letter), no page names the place, and every word of it is left out, as typed, so the page says that no participant
 * has the name; `read` then has them as typed. A word of it alone found another place: «Øystre Slidre» was read as
 * «Østre» (Østre Toten, one letter from «Øystre») with «Slidre» left out, «Søndre Land» found Nordre Land by «Land».
 */
export async function placeWords(query: string, read: Read, words: (word: string) => Promise<WordCounts>): Promise<string[]> {
  // A name typed in small letters (nameInSmallLetters) is its words as typed, as the query has them.
  const name = capitalisedName(query) ?? (nameInSmallLetters(query) && nameAsTyped(query));
  const place = name ? placeOf(name).split(' ') : [];
  const asRead = (typed: string) => (read.readings?.find((reading) => reading.typed === typed)?.read ?? typed).split(' ');
  // A word of a name of several words as a word; a place of one word as a word or a start of words, as Pagefind matches.
  const onPage = async (word: string) => (place[1] ? word.toLowerCase() in (await words(word)) : isKnown(word, await words(word)));
  const missing = await Promise.all(place.map(async (word) => !(await Promise.all(asRead(word).map(onPage))).every(Boolean)));
  if (!place.some(saysWhere) || !missing.includes(true)) return place.filter((_, i) => missing[i]);
  const others = [...read.words];
  for (const word of place.flatMap(asRead)) {
    const at = others.indexOf(word);
    if (at >= 0) others.splice(at, 1);
  }
  read.words = [...place, ...others];
  read.readings = read.readings?.filter(({ typed }) => !place.includes(typed));
  return place;
}

/**
 * Whether hits for a name no participant has leave the reader to think the place was found: a word of the place is
 * no word of the site (`isSiteWord`), and the first hit's excerpt marks no word beginning with it but other places'
 * names («Bø» found «Bømlo»), or none («Bø i Telemark», «Bø» left out, found Telemark). A word typed on the way to
 * another («Omd» to «omdømme») marks words that are no names.
 */
export async function onlyNamesBeginningSo(
  name: string,
  firstExcerpt: string,
  names: readonly string[],
  isSiteWord: SiteWord,
): Promise<'names begin so' | 'words begin so' | 'left out' | undefined> {
  const nameWords = new Set(names.flatMap(foldedWords));
  const marked = [...firstExcerpt.matchAll(/<mark>([^<]*)<\/mark>/g)].flatMap((mark) => foldedWords(withoutSegmentJoiners(mark[1] ?? '')));
  for (const word of placeOf(name).split(/[\s-]+/)) {
    if (await isSiteWord(word.toLowerCase())) continue;
    const beginning = marked.filter((mark) => mark.startsWith(fold(word)));
    if (beginning.every((mark) => nameWords.has(mark))) return beginning.length ? 'names begin so' : 'left out';
    // A short name of one word, a place's as often as not («Vik», «Hol»): its hits were pages of «viktig» and «holdning».
    if (name === word && fold(word).length <= shortPlace && endsAsWord.test(fold(word))) return 'words begin so';
  }
  return undefined;
}

/**
 * A word that says where, before a name in an excerpt: «i», «fra», «Institute of». A name after another word is an
 * organisation's or a person's as often as a place's: «Fagforbundet bidro», «med Fagforbundet», «KS, Unio og» were
 * said to be no participant's names (fresh eyes).
 */
const placeWordBefore = /(?:^|[\s(])(?:i|fra|til|på|ved|nær|utenfor|of|in)\s+$/iu;

/** How many pages of the site have a word, in lower case (its word lists, vocabulary.ts); none for a word it lacks. */
export type SiteWord = (word: string) => Promise<number | undefined>;

/** The most pages a place only mentioned is on: Oslo, whose districts took part, is on 15; Bergen, a participant, on 33. */
const mostMentioned = 30;

/**
 * Whether hits for a name no participant has are pages that only mention it: a place of one word the site has
 * (`isSiteWord`) that is a name, not a word a phone capitalised («Sykefravær»): the dictionary has it as one (`isName`:
 * proper-names.ts), or the first hit's excerpt writes it with a capital after a word that says where («Institute of
 * <mark>Stavanger</mark>»; the dictionary lacks «Stavanger»). «Stavanger» found four pages about IRIS, a research institute there, «Kristiansand»
 * six about a conference held there, and nothing said that the towns had not taken part (fresh eyes). Not a name on
 * more pages than `mostMentioned`: the site's own subject, not a place its pages mention («Kvalitetskommuneprogrammet»,
 * capitalised, on 68 pages, was said to be no participant's name, its hits pages that only mention it: fresh eyes).
 */
export async function onlyMentioned(
  name: string,
  firstExcerpt: string,
  isSiteWord: SiteWord,
  isName: (word: string) => Promise<boolean>,
): Promise<boolean> {
  const pages = await isSiteWord(name.toLowerCase());
  if (name !== placeOf(name) || /\s/.test(name) || !pages || pages > mostMentioned) return false;
  const afterPlaceWord = [...firstExcerpt.matchAll(/<mark>([^<]*)<\/mark>/g)].some(
    (mark) => fold(withoutSegmentJoiners(mark[1] ?? '')).startsWith(fold(name)) && /^\p{Lu}/u.test(mark[1] ?? '') && placeWordBefore.test(firstExcerpt.slice(0, mark.index).replace(/<[^>]*>/g, '')),
  );
  return afterPlaceWord || (await isName(name));
}

/**
 * A short word that ends as a word or a name may («Vik», «Hol», «Sund», «Sola»): one consonant after its vowels, or a
 * pair names end in. A start cut between two consonants («Omd», on the way to «omdømme») is no name.
 */
const endsAsWord = /^[^aeiouy]*[aeiouy]+(?:[^aeiouy]|nd|ng|ld|rd|st|rk|ll|nn|mm|ss)?[aeiouy]*$/;

/** A place's name of at most this many letters may be a common word too («Ål», «Os», «Gran»), as place-name.ts's shortName. */
const shortPlace = 4;

/** A letter no Norwegian word has (Sami «á», «č», «ŋ», «š»; «ü»): a capitalised word with one is a name. */
const nameLetter = /[^a-zæøåé\s'-]/iu;
/**
 * The Sami and Kven «uo» after a letter, which Norwegian words hardly have: «Guovdageaidnu» (Kautokeino's Sami name),
 * «Omasvuotna», «Kaivuono». «Guovdageaidnu» found nothing and said only «Ingen treff».
 */
const samiSpelling = /\p{L}uo(?!r)/iu;

/**
 * Whether a capitalised query that found no such word looks like a place's name, not a word a phone's keyboard
 * capitalised («Nattevakt», «Velferdsteknologi», each said to be no participant's name: fresh eyes): a name of several
 * capitalised words or parts («Vestre Toten», «Nord-Fron»), or the place before «i» short («Ål», «Bø i Telemark»:
 * the dictionary lists no place that is also a common word, «ål»), or a name the bokmål dictionary has (`isName`,
 * proper-names.ts: «Tønsberg», «Larvik», «Oppdal»), or a name with a letter no Norwegian word has («Kárášjohka», Sami,
 * said only «Ingen treff»).
 */
export async function looksLikePlace(name: string, isName: (word: string) => Promise<boolean>): Promise<boolean> {
  const place = placeOf(name);
  // Capitalised words apart, none of which says where, are a person's or an organisation's name as a rule («Gunn
  // Marit Helgesen» was said to be no participant's name): a place's name of several words has such a word.
  if (/\s/.test(place)) return place.split(' ').some(saysWhere);
  return /-\p{Lu}/u.test(place) || fold(place).length <= shortPlace || nameLetter.test(place) || samiSpelling.test(place) || isName(place);
}

/** The words of a name, folded as typed on any keyboard: «Nord-Aurdal» → nord, aurdal. */
const foldedWords = (name: string) => name.split(/[^\p{L}\p{N}]+/u).filter(Boolean).map(fold);

/**
 * True when `name` is none of the participants' `names` and no word of one: «Ål» is not, «Aurdal» is a word of
 * «Nord-Aurdal», «Toten» of «Vestre Toten», «Hagebostad» is «Hægebostad» without æ.
 */
export function isNoParticipant(name: string, names: readonly string[]): boolean {
  const typed = foldedWords(name);
  return !names.some((participant) => {
    const words = foldedWords(participant);
    return words.some((_, start) => typed.every((word, i) => words[start + i] === word));
  });
}

/**
 * True when the search corrected the query: the words searched (`searched`) that were not typed so, compared as typed
 * on any keyboard, are a participant's name (`to.names`: «Hegebostad» searched as «Hægebostad»), or all words the site
 * has (`to.isSiteWord`: «Barnhage», capitalised by a phone's keyboard, searched as «Barnehage»). The page then says it
 * found that municipality, or the query was a typo of a word, not a place, and must not also say that no participant
 * has the name typed (fresh eyes: «18 treff på «Hægebostad»» over «… heter «Hegebostad»», and «Barnhage» said to be
 * no participant). A word only left out («Bø i Telemark» searched as «Telemark») is no correction.
 */
export async function correctedTo(
  typed: string,
  searched: string,
  to: { names: readonly string[] } | { isSiteWord: SiteWord },
): Promise<boolean> {
  const typedWords = new Set(foldedWords(typed));
  const corrections = searched.split(/[^\p{L}\p{N}]+/u).filter((word) => word && !typedWords.has(fold(word)));
  if (corrections.length === 0) return false;
  if ('names' in to) return !isNoParticipant(corrections.join(' '), to.names);
  return (await Promise.all(corrections.map((word) => to.isSiteWord(word.toLowerCase())))).every(Boolean);
}

let participants: Promise<Partial<GuessableAddresses> | undefined> | undefined;

/** The participants' names in the list: their official Sami and Kven names too («Deatnu» is Tana, which took part). */
export function participantNames(list: Partial<GuessableAddresses> | undefined): string[] {
  return [...Object.values(list?.municipalities ?? {}), ...Object.keys(list?.parallelNames ?? {})];
}

/** The list at `address` (`data-list` on the page), fetched once; undefined if it could not be. */
const listAt = (address: string) =>
  (participants ??= fetch(address)
    .then((response) => (response.ok ? (response.json() as Promise<GuessableAddresses>) : undefined))
    .catch(() => undefined));

/** The participants' names, from the list at `address`; none if it could not be fetched. */
export async function participantList(address: string): Promise<string[]> {
  return participantNames(await listAt(address));
}

/**
 * The districts that took part of a municipality that did not, by name and address, from the list (`districts`,
 * lib/guessed-addresses.ts): «Oslo» → Bydel Alna, …; none for another name. «Oslo» was said to be no participant's
 * name, its hits pages that only mention it, over four of its districts' pages (fresh eyes).
 */
export function districtsOf(name: string, list: Partial<GuessableAddresses> | undefined): { name: string; url: string }[] {
  const municipality = Object.keys(list?.districts ?? {}).find((known) => fold(known) === fold(name));
  return (municipality ? (list?.districts?.[municipality] ?? []) : []).map((url) => ({ name: list?.municipalities?.[url] ?? url, url }));
}

/** «Bydelene <a>Bydel Alna</a>, … og <a>Bydel Nordstrand</a> i Oslo var med.»: the districts, each a link to its page. */
function sayDistricts(target: HTMLElement, municipality: string, districts: { name: string; url: string }[]): void {
  const links = districts.map(({ name, url }) => {
    const link = document.createElement('a');
    link.className = 'ds-link';
    link.href = url;
    link.textContent = name;
    return link;
  });
  const parts = new Intl.ListFormat('nb', { type: 'conjunction' }).formatToParts(districts.map(({ name }) => name));
  let at = 0;
  target.replaceChildren(' Disse bydelene i ', municipality, ' var med: ', ...parts.map((part) => (part.type === 'element' ? links[at++]! : part.value)), '.');
}

/**
 * The name the notice with hits says no participant has, and what it says after it, for why it is said: the hits are
 * participants' names that begin like it, pages that only mention it, or the search left it out. A place «i» where a
 * participant is («Mo i Rana»: «Mo» left out, Rana's page first) is named without it, and the participant said to
 * have taken part: «… heter «Mo i Rana».» over Rana's page read as a contradiction. Where Mo is the sources do not
 * say, so the page does not either.
 */
export function noticeWith(name: string, why: 'left out' | 'names begin so' | 'words begin so' | 'only mentioned', names: readonly string[]): [string, string] {
  const where = name.split(' i ')[1];
  if (why === 'left out' && where && !isNoParticipant(where, names) && isNoParticipant(placeOf(name), names)) return [placeOf(name), ` ${quoted(where)} var med.`];
  const after = {
    'left out': '',
    'names begin so': ' Treffene er sider med navn som begynner likt.',
    'words begin so': ' Treffene er sider med ord som begynner likt.',
    'only mentioned': ' Treffene er sider som bare nevner navnet.',
  };
  return [name, after[why]];
}

/**
 * Shows `item` («Ingen av kommunene og bydelene som var med …, heter «Ål».») when `query` looks like a name no
 * participant has; `current` says whether the search is still the one shown (a newer one may have started). With
 * hits (`hits`: the first one's excerpt, where it goes, and the site's words), only when they are names that begin
 * like it («Bø»: 21 hits led by Bømlo, and no word that the place was not among the participants). Never when the
 * query was corrected to a participant's name (`searched`: the query as searched; correctedTo), nor, with hits, to
 * the site's words. A name that found nothing, or was left out, must look like a place's (looksLikePlace, `isName`:
 * whether the dictionary has a word as a name, folded alike).
 */
export async function sayWhenNoParticipant(
  query: string,
  item: HTMLElement,
  current: () => boolean,
  searched: string,
  isName: (word: string) => Promise<boolean>,
  hits?: { excerpt: Promise<string>; item: HTMLElement; isSiteWord: SiteWord },
): Promise<void> {
  const name = capitalisedName(query);
  if (!name) return;
  let shown = name;
  let after = '';
  const list = await listAt(item.dataset.list ?? '');
  const names = participantNames(list);
  if (!current() || names.length === 0 || !isNoParticipant(name, names) || (await correctedTo(query, searched, { names }))) return;
  // A municipality whose districts took part: said, with them, whatever its hits are.
  const districts = districtsOf(placeOf(name), list);
  if (districts.length) {
    item = hits?.item ?? item;
    item.querySelector('span')!.textContent = quoted(placeOf(name));
    sayDistricts(item.querySelector<HTMLElement>('span + span')!, placeOf(name), districts);
    item.hidden = false;
    return;
  }
  if (hits) {
    if (await correctedTo(query, searched, { isSiteWord: hits.isSiteWord })) return;
    const why = (await onlyNamesBeginningSo(name, await hits.excerpt, names, hits.isSiteWord)) ?? ((await onlyMentioned(name, await hits.excerpt, hits.isSiteWord, isName)) && 'only mentioned');
    if (!why || (why === 'left out' && !(await looksLikePlace(name, isName))) || !current()) return;
    item = hits.item;
    [shown, after] = noticeWith(name, why, names);
    item.querySelector('span + span')!.textContent = after;
  } else if (!(await looksLikePlace(name, isName)) || !current()) return;
  item.querySelector('span')!.textContent = quoted(shown);
  item.hidden = false;
}
