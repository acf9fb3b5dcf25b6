// The search page's only script. Pagefind runs in the browser, so queries
// never leave the machine. The state (query, filters, sort) lives in the URL:
// typing replaces the current history entry, choosing a filter or sort order
// adds one, so Back undoes it.
import { filterLabels, type FilterKey } from '../lib/search-filters.ts';
import { quoted } from '../lib/quoted.ts';
import { exactTitleFirst } from '../search/exact-title.ts';
import { namesTable, tablesType } from '../search/result-titles.ts';
import { asWritten, findsNothing, hasAsWritten, pagefindQuery, parseQuery, quotedList, shownQuery, spokenQuery, withoutQuotes, type ParsedQuery } from '../search/query.ts';
import { typedFormFirst, withTypedForms } from '../search/typed-forms.ts';
import { asMeant } from '../search/query-text.ts';
import { quoteJoinedParts } from '../search/quote-joins.ts';
import { withPageBreaks, withoutSegmentJoiners } from '../search/segment-joiner.ts';
import { withUnitsKept } from '../search/excerpt-units.ts';
import { withMarksOnWords } from '../search/excerpt-marks.ts';
import { chunkOf, fold, hasKeyboardSpelling, isKnown, withLettersRestored, type WordCounts } from '../search/spelling.ts';
import { inflected } from '../search/word-endings.ts';
import { isInflectionOf, isInMetadata, isKnownForm, isOwnWord, matchesOnSite, searchedStart, startOnly } from '../search/word-match.ts';
import { excerptEdges } from '../search/excerpt-edges.ts';
import { inDateOrder } from '../search/date-order.ts';
import { bestPart, type Anchor, type Part } from '../search/best-part.ts';
import { searchPrompt } from '../search/prompt.ts';
import { hasQuery, pagefindOptions, readState, sortOrders, withKnownFilters, writeState, type SearchState } from '../search/url-state.ts';

type Counts = Record<string, Record<string, number>>;
interface ResultData {
  url: string;
  excerpt: string;
  content: string;
  filters: Record<string, string[]>;
  /** `merknad`: that an archive entry was written for Kompetansebanken (layouts/EntryLayout.astro, lib/archive-note.ts). */
  meta: { title?: string; type?: string; dato?: string; merknad?: string };
  sub_results?: Part[];
  /** The headings with an id that begin a page's parts (best-part.ts). */
  anchors?: Anchor[];
}
interface Pagefind {
  options: (options: { noWorker?: boolean; excerptLength?: number; ranking?: { metaWeights?: Record<string, number> } }) => Promise<void>;
  init: () => Promise<void>;
  filters: () => Promise<Counts>;
  search: (
    term: string | null,
    options: ReturnType<typeof pagefindOptions>,
  ) => Promise<{ results: { id: string; score: number; data: () => Promise<ResultData> }[]; filters: Counts } | null>;
}

const filterKeys = Object.keys(filterLabels) as FilterKey[];
// Each result shown costs a download (its fragment), so results come ten at a
// time; a first search stays within its budget (tests/budgets.spec.ts).
const pageSize = 10;
/** Fewer hits than this (about a phone screen) for several words, and each word is offered on its own (word-by-word.ts). */
const fewHits = 3;

function element<T extends HTMLElement>(selector: string): T {
  const found = document.querySelector<T>(selector);
  if (!found) throw new Error(`search page is missing ${selector}`);
  return found;
}

/** Writes text the page makes up (counts, links with the query in quotes) with each quote mark kept on its word's line. */
function writeText(target: HTMLElement, text: string): void {
  target.replaceChildren(
    ...quoteJoinedParts(text).map(({ text, whole }) => {
      if (!whole) return text;
      const part = document.createElement('span');
      part.className = 'nowrap';
      part.textContent = text;
      return part;
    }),
  );
}

const form = element<HTMLFormElement>('#search-form');
const input = element<HTMLInputElement>('#search-q');
const sortSelect = element<HTMLSelectElement>('#search-sort');
const filterBox = element<HTMLElement>('#search-filters');
const statusLine = element<HTMLElement>('#search-status');
// The tab, the history and a screen reader's page title say what was searched and found (it was «Søk» for every search).
const pageTitle = document.title;
const list = element<HTMLOListElement>('#search-results');
const more = element<HTMLButtonElement>('#search-more');
const chosenFilters = element<HTMLUListElement>('#search-chosen');
const noHits = element<HTMLElement>('#search-no-hits');
const noHitsFilter = element<HTMLElement>('#search-no-hits-filter');
const unquoted = element<HTMLElement>('#search-unquoted');
const corrected = element<HTMLElement>('#search-corrected');
const dropped = element<HTMLElement>('#search-dropped');
const eachWord = element<HTMLElement>('#search-each');
const wholeName = element<HTMLElement>('#search-whole-name');
const noParticipant = element<HTMLElement>('#search-no-participant');
const notNamed = element<HTMLElement>('#search-not-named');
const refine = element<HTMLDetailsElement>('#search-refine');
const showHits = element<HTMLButtonElement>('#search-show');
const printedCount = element<HTMLElement>('#search-printed');
/** The address a printout names (BaseLayout): the search's own, with its query and filters, not the canonical /sok/. */
const printAddress = document.querySelector<HTMLElement>('.print-address');
const siteOrigin = printAddress && new URL(printAddress.textContent ?? '').origin;
// The form is hidden in the HTML, so a browser without JavaScript never shows
// it; the note that search needs JavaScript goes instead.
form.hidden = false;
element<HTMLElement>('#search-no-js').hidden = true;

/**
 * The filter groups are in the page (sok.astro), closed, with their labels
 * only: their values (and the download they cost) come when one is opened.
 */
function listenToFilterGroups() {
  for (const details of filterBox.querySelectorAll<HTMLDetailsElement>('details[data-filter]'))
    details.addEventListener('toggle', () => {
      if (details.open) void loadFilters();
    });
}

function stateFromForm(): SearchState {
  const filters: Record<string, string[]> = {};
  for (const box of filterBox.querySelectorAll<HTMLInputElement>('input[type=checkbox]:checked')) (filters[box.name] ??= []).push(box.value);
  return { q: input.value, filters, sort: readState(new URLSearchParams({ sortering: sortSelect.value }), []).sort };
}

function showState(state: SearchState) {
  input.value = state.q;
  sortSelect.value = state.sort;
  showChosenFilters(state);
  if (Object.keys(state.filters).length > 0 || state.sort) refine.open = true;
}

function showChosenFilters(state: SearchState) {
  for (const box of filterBox.querySelectorAll<HTMLInputElement>('input[type=checkbox]')) {
    box.checked = state.filters[box.name]?.includes(box.value) ?? false;
  }
  // Open the groups that have a choice, so the visitor sees what is applied.
  for (const details of filterBox.querySelectorAll<HTMLDetailsElement>('details')) {
    if (details.querySelector('input:checked')) details.open = true;
  }
}

/** The query the results on screen are for, as typed: a part whose title names it is the one a result links to (best-part.ts). */
let shownQueryText = '';

function resultItem({ url, excerpt, content, meta, filters, sub_results, anchors }: ResultData): HTMLLIElement {
  // On a page of many parts, the part with the words, one whose title names the query first (best-part.ts).
  const part = bestPart(sub_results, shownQueryText);
  const item = document.createElement('li');
  const kicker = document.createElement('p');
  kicker.className = 'meta';
  kicker.textContent = [meta.type, meta.dato, meta.merknad].filter(Boolean).join(' · ');
  const heading = document.createElement('h2');
  heading.className = 'ds-heading';
  heading.dataset.size = 'xs';
  const link = document.createElement('a');
  link.className = 'ds-link';
  link.href = part?.url ?? url;
  // Named by the part it links to (a table's title: result-titles.ts), not «Tall og tabeller».
  link.textContent = withPageBreaks(part?.title ?? meta.title ?? url);
  heading.append(link);
  const text = document.createElement('p');
  // Pagefind escapes the page text and adds only <mark> around the hits, on the word, not its punctuation (excerpt-marks.ts);
  // a number keeps its unit on its line, as on the page.
  text.innerHTML = withUnitsKept(withMarksOnWords(withoutSegmentJoiners(part?.excerpt ?? excerpt)));
  // Cut by a count of words: whole words, and «…» where the page's text goes on (excerpt-edges.ts).
  const [before, after] = excerptEdges(text.textContent ?? '', withoutSegmentJoiners(content));
  text.prepend(before);
  text.append(after);
  // A nynorsk page's title and excerpt are marked as its words are elsewhere on the site (WCAG 3.1.2).
  if (filters.sprak?.includes('Nynorsk')) link.lang = text.lang = 'nn';
  item.append(kicker, heading, text);
  // The page's other parts with the words, for the page is one result: «10,2» showed Vedlegg 6 only, not Tabell 4.6
  // (also-in.ts, loaded only for a page of several parts: /tall/).
  if ((sub_results ?? []).filter((other) => other.url.includes('#')).length > 1)
    void import('./also-in.ts').then(({ alsoIn }) => alsoIn(item, sub_results, shownQueryText, { url, content, anchors }));
  return item;
}

/** The query as the visitor typed it, small words and all («os i osterdalen»), spaces and pasted invisible characters tidied. */
function asTyped(state: SearchState): string {
  return asMeant(state.q).trim().replace(/\s+/g, ' ');
}

/** «Ordet «i» er for vanlig til å søke på», «Ordene «og» og «i» er for vanlige …» (stop-words.ts). */
const tooCommon = (words: string[]) => `${words.length === 1 ? `Ordet ${quotedList(words)} er for vanlig` : `Ordene ${quotedList(words)} er for vanlige`} til å søke på`;

function describe(
  count: number,
  state: SearchState,
  searchedFor: ParsedQuery | undefined,
  typed: ParsedQuery,
  unmatched: string[],
  typedWords: string,
  notes: string[],
  spoken: string | undefined,
): string {
  const hits = count === 0 ? 'Ingen treff' : `${count} treff`;
  const chosen = Object.values(state.filters).flat();
  // A nynorsk word searched as bokmål is said in both forms («sjukefråvær» eller «sykefravær»), not as a misspelling.
  const corrected = searchedFor && shownQuery({ ...searchedFor, words: typedWords ? typedWords.split(' ') : [] }) !== shownQuery(typed);
  const term = spoken ? ` på ${spoken}${corrected ? ` (du skrev ${spokenQuery(parseQuery(state.q, true), undefined, state.q)})` : ''}` : '';
  // The order is said too, so a screen reader hears that choosing one did something.
  const order = state.sort ? `. Sortert: ${sortOrders[state.sort].toLowerCase()}` : '';
  const found = `${hits}${term}${chosen.length ? ` med filter: ${chosen.join(', ')}` : ''}${order}`;
  // Words left out are said, not hidden: too common (stop-words.ts), or on no page.
  const common = typed.dropped.length === 0 ? '' : ` ${tooCommon(typed.dropped)} og er utelatt.`;
  const absent = unmatched.length === 0 ? '' : ` ${unmatched.length === 1 ? 'Ordet' : 'Ordene'} ${quotedList(unmatched)} står ikke på noen side og er utelatt.`;
  // How words were read, said by the module that read them (unknown-word.ts: «står bare inne i lengre ord»).
  return common || absent || notes[0] ? `${found}.${common}${absent}${notes.join('')}` : found;
}

// Word lists from the build (index-site.ts), fetched once per first letter and
// only for the query's words: the site's words for correcting misspellings
// (only when a word matches nothing), and nynorsk forms read as bokmål.
const wordLists = new Map<string, Promise<unknown>>();
function wordList<T extends object>(prefix: string, word: string): Promise<Partial<T>> {
  const chunk = chunkOf(word);
  if (!chunk) return Promise.resolve({});
  const file = `/pagefind/ord/${prefix}${chunk}.json`;
  if (!wordLists.has(file)) wordLists.set(file, fetch(file).then((r) => (r.ok ? r.json() : {})).catch(() => ({})));
  return wordLists.get(file) as Promise<Partial<T>>;
}

/** The site's words with the word's first letter, with their numbers of pages. */
const siteWords = (word: string) => wordList<WordCounts>('', word.toLowerCase()) as Promise<WordCounts>;

/** How many pages have the word, in lower case, by the site's word lists: none (undefined) for a word they lack. */
const isSiteWord = async (word: string) => (await siteWords(word))[word.toLowerCase()];

/** The bokmål dictionary's names with the word's first letter (proper-names.ts, `/pagefind/ord/navn-*.json`). */
async function dictionaryNames(word: string): Promise<string[]> {
  const names: unknown = await wordList('navn-', word);
  return Array.isArray(names) ? names.filter((name): name is string => typeof name === 'string') : [];
}

/** Whether the dictionary has the word as a name, folded alike («Larvik», «larvik»). */
const isDictionaryName = async (word: string) => (await dictionaryNames(word)).some((known) => fold(known) === fold(word));

/**
 * Reading a compound as its parts (compounds.ts) is needed only for a word few or no pages have, never for a
 * common one: it loads then, so a first search does not download it (tests/budgets.spec.ts).
 */
const compounds = () => import('../search/compounds.ts');

/** A typed compound on fewer pages than this is searched as its parts (readQuery). */
const rareCompound = 3;

/** A query as read for searching, with the parts of its words that are on no page (readQuery). */
interface ReadQuery extends ParsedQuery {
  /** Parts of typed compounds no page has, left out of `words` («blåbær» of «blåbærsykefravær»), as typed. */
  onNoPage: string[];
  /** Sentences on how words were read, each with a space before it, said after the count (unknown-word.ts): a part left out that is inside a longer word («frist», in «tidsfrist»), a word no page has searched as its parts. */
  notes: string[];
  /** Nynorsk words searched as the site's bokmål word (typed «sjukefråvær», read «sykefravær»): no misspelling. */
  languageForms: { typed: string; read: string }[];
  /** Compounds a page has as typed, searched as their parts for more pages («pressekontakt»: one page): no misspelling either. */
  widened: { typed: string; read: string }[];
  /** Every word read as another or as its parts, for naming a word left out as typed (word-by-word.ts: asTypedLeftOut). */
  readings: { typed: string; read: string }[];
  /** Participants' names offered for words searched as typed («ree»: «Mente du «Re»?»; participant-near.ts). */
  meant: { typed: string; read: string }[];
}

/**
 * The query as searched: a nynorsk word the site writes in bokmål is read as
 * that word (sjukefråvær → sykefravær) when the site uses the bokmål word
 * more; a word that matches nothing is replaced by the site's word it most
 * likely means (notteroy → nøtterøy), or by the site's words it is made of
 * (arbeidsmiljøutvalgsmøte → arbeidsmiljø utvalgs møte), leaving out a part
 * that is on no page; in a phrase, only æ, ø and å are put back.
 */
async function readQuery(
  parsed: ParsedQuery,
  hasWord: (word: string, exactly?: boolean) => Promise<boolean>,
  pagesWith: (word: string) => Promise<number>,
  marksOf: (word: string) => Promise<string[] | undefined>,
): Promise<ReadQuery> {
  /** The bokmål word for a nynorsk one, where the site uses the bokmål word more. */
  async function asBokmal(lower: string): Promise<string | undefined> {
    const bokmal = inflected(lower, await wordList<Record<string, string>>('nn-', lower));
    if (!bokmal) return undefined;
    // Each word's count is in the list of its own first letter (tilsette → t, ansatte → a).
    const [own, other] = await Promise.all([siteWords(lower), siteWords(bokmal)]);
    return (other[bokmal] ?? 0) > (own[lower] ?? 0) ? bokmal : undefined;
  }
  const counts = siteWords;
  /**
   * «aa», «ae», «oe» typed for å, æ, ø: the site's word with those letters, when it is used more than the
   * word as typed, though Pagefind finds something for that («aas» found the WCAG level «AA», not Ås).
   */
  async function keyboardSpelt(word: string): Promise<string | undefined> {
    if (!hasKeyboardSpelling(word)) return undefined;
    const list = await counts(word);
    const restored = withLettersRestored(word, list);
    return restored && /[æøå]/.test(restored) && (list[restored] ?? 0) > (list[word.toLowerCase()] ?? 0) ? restored : undefined;
  }
  /**
   * The word with its æ, ø and å: spelt with aa/ae/oe, or as typed if the site has it, or the same word with
   * æ, ø or å («ost» → «øst», before a longer word it begins); undefined when none of these.
   */
  async function withLetters(word: string): Promise<string | undefined> {
    const spelt = await keyboardSpelt(word);
    if (spelt) return spelt;
    // Matched only by a shorter word, as if inflected («troms» for «Tromso», «os» for «ostre»), or by nothing: the
    // word with æ, ø or å, if a page has it; else, typed letter by letter, the start of such words («hageb» → «hægeb»).
    const own = await hasWord(word);
    if (own && (await hasWord(word, true))) return word;
    const list = await counts(word);
    const restored = withLettersRestored(word, list);
    // «ae», «oe», «aa» typed are æ, ø, å, not a plain letter («baer» is not «bar»).
    if (restored && (/[æøå]/.test(restored) || !hasKeyboardSpelling(word))) return restored;
    return (await import('../search/restored-start.ts')).restoredStart(word, list) ?? (own ? word : undefined);
  }
  // A compound's part as the site spells it: the bokmål word for a nynorsk one the site uses the bokmål word
  // more for, as asBokmal reads a whole word («sjukefråvær|s|oppfylging» searched the one nynorsk page's
  // «sjukefråværs»), as typed, with æ, ø and å put back, or the bokmål word for a nynorsk one («leiar|oppfølging»).
  const siteWord = async (part: string): Promise<string | undefined> => {
    const bokmal = await asBokmal(part);
    if (bokmal) return bokmal;
    const list = await counts(part);
    if (part in list) return part;
    return withLettersRestored(part, list) ?? inflected(part, await wordList<Record<string, string>>('nn-', part));
  };
  const onNoPage: string[] = [];
  const notes: string[] = [];
  const languageForms: { typed: string; read: string }[] = [];
  const widened: { typed: string; read: string }[] = [];
  const meant: { typed: string; read: string }[] = [];
  /**
   * A compound on fewer than `rareCompound` pages read as its parts, when they are the site's words
   * (compounds.ts): «lederoppfølging» found nothing, «sykefraværsoppfølging» one page, though many pages
   * are about following up sick leave. Pages with the whole word have its parts too (index-site.ts).
   */
  async function asParts(word: string): Promise<string | undefined> {
    // Counted by Pagefind (its search for the word is made anyway), which reads a head's linking «s» as the word.
    const pages = (await hasWord(word)) ? await pagesWith(word) : 0;
    if (pages >= rareCompound) return undefined;
    const parts = await (await compounds()).asPartsRead(word, siteWord, asParts, async (word) => ((await counts(word))[word] ?? 0) >= rareCompound);
    // Not parts that fewer pages have together than the word («avvik melding»: none, «avviksmelding»: two; fresh eyes).
    return pages && parts && (await pagesWith(parts)) < pages ? undefined : parts;
  }
  async function readWord(word: string): Promise<string> {
    // A number joined to a word that no page has so («10-punkt»: nothing; Pagefind reads it as «10punkt»): its two words.
    if (/^\d+-\p{L}/u.test(word) && !(await hasWord(word))) return word.replace('-', ' ');
    if (word.length < 3 || /\d/.test(word)) return word;
    const lower = word.toLowerCase();
    // A participant's name one slip from a word the site lacks is searched («manal»: Mandal, «skak»: Skjåk, not «skal»),
    // and offered for one the site only begins («ree»: Re). Only for a word the first hit does not mark as itself or
    // inflected (participant-near.ts, loaded then).
    if (!(await marksOf(word))?.some((mark) => mark === lower || isInflectionOf(mark, lower))) {
      const near = await (await import('../search/participant-near.ts')).participantMeant(word, typedWords, await counts(lower), noParticipant.dataset.list ?? '', isDictionaryName);
      if (near?.sure) return near.name;
      if (near) meant.push({ typed: word, read: near.name });
    }
    // A nynorsk word, or one's start typed letter by letter that few pages or none have («sjukef»: the start of «sykefravær», nynorsk-start.ts).
    const bokmal =
      (await asBokmal(lower)) ??
      (!(await hasWord(word)) || (await pagesWith(word)) < rareCompound ? await (await import('../search/nynorsk-start.ts')).bokmalStart(lower, await wordList('nn-', lower), counts) : undefined);
    if (bokmal) {
      // Said as the bokmål word, searched as its parts where few pages have it, as that word typed is (widened):
      // «omsorgsarbeidar» eller «omsorgsarbeidere», not «omsorg arbeidere» (fresh eyes).
      const parts = await asParts(bokmal);
      const read = inTypedCase(word, bokmal);
      if (parts?.includes(' ')) widened.push({ typed: read, read: inTypedCase(word, parts) });
      languageForms.push({ typed: word, read });
      return inTypedCase(word, parts ?? bokmal);
    }
    const letters = await withLetters(word);
    const parts = letters && (await asParts(letters));
    // A compound a page has as typed is said as typed, its pages first (search.ts: run), not as «du skrev» its parts.
    if (parts && letters === word && parts.includes(' ')) widened.push({ typed: word, read: inTypedCase(word, parts) });
    if (letters && !parts && letters === word) {
      // A word the site has only as the start of longer words, whose hits Pagefind found by a shorter word its stem is:
      // «demens» found 73 pages with «dem» before Gjesdal's «Demensomsorgens». The longer word most pages have is searched.
      // The word list is fetched only then: a first search for one of the site's words does not download it.
      const marks = await marksOf(word);
      const list = marks?.length && marks.every((mark) => mark.length < lower.length) ? await counts(lower) : {};
      if (!(lower in list)) {
        const longer = Object.keys(list)
          .filter((known) => known.startsWith(lower) && !known.includes('-'))
          .sort((a, b) => (list[b] ?? 0) - (list[a] ?? 0))[0];
        if (longer) return inTypedCase(word, longer);
      }
    }
    if (letters) return parts || letters;
    // A word the site does not have: its likeliest reading (unknown-word.ts, loaded only for such a word).
    const { readUnknownWord } = await import('../search/unknown-word.ts');
    return readUnknownWord(word, {
      counts,
      nynorskForms: (part) => wordList<Record<string, string>>('nn-', part),
      // A list is an array of words (vocabulary.ts: wordEnds), or {} where it could not be fetched.
      endingIn: async (letter) => Object.values(await wordList<string[]>('slutt-', letter)) as string[],
      asBokmal,
      asParts,
      siteWord,
      inTypedCase,
      isName: isDictionaryName,
      onNoPage,
      notes,
      languageForms,
      widened,
    });
  }
  // «Hagebostad» is read as «Hægebostad», «UONSKET» as «UØNSKET», «Aurskog-Holand» as «Aurskog-Høland», each
  // part of a hyphenated name on its own (the word lists are in lower case).
  const inTypedCase = (typed: string, read: string): string => {
    if (read === typed || !/\p{Lu}/u.test(typed)) return read;
    const typedParts = typed.split('-');
    const readParts = read.split('-');
    if (typedParts.length > 1 && typedParts.length === readParts.length) return readParts.map((part, i) => inTypedCase(typedParts[i]!, part)).join('-');
    if (!/^\p{Lu}/u.test(typed)) return read;
    return typed.length > 1 && typed === typed.toUpperCase() ? read.toUpperCase() : read.charAt(0).toUpperCase() + read.slice(1);
  };
  // The English name of a main term («sick leave»): its Norwegian term, said beside it (english-terms.ts, loaded only for a word the site lacks).
  let typedWords = parsed.words;
  if ((await Promise.all(typedWords.map((word) => hasWord(word)))).includes(false)) {
    const english = (await import('../search/english-terms.ts')).inNorwegian(typedWords);
    typedWords = english.words;
    languageForms.push(...english.read);
  }
  // A compound read as its parts is two words.
  const readWords = await Promise.all(typedWords.map(async (word) => inTypedCase(word, await readWord(word))));
  const readings = typedWords.map((typed, i) => ({ typed, read: readWords[i]! })).filter(({ typed, read }) => read !== typed);
  const words = readWords.flatMap((word) => word.split(' '));
  // In a phrase only æ, ø and å are put back («"uonsket deltid"» → «"uønsket deltid"»); it is searched as written otherwise.
  const phraseWord = async (word: string) => (word.length < 3 || !/^\p{L}+$/u.test(word) ? word : ((await withLetters(word)) ?? word));
  const exact = await Promise.all(
    parsed.exact.map(async (phrase) => (await Promise.all(phrase.split(' ').map(async (word) => inTypedCase(word, await phraseWord(word))))).join(' ')),
  );
  return { ...parsed, exact, words, onNoPage, notes, languageForms, widened, readings, meant };
}

let shown: { data: () => Promise<ResultData> }[] = [];

/**
 * Adds the next results to the list; returns the items added. The fragments
 * load in parallel and each result shows as soon as it and those above it have
 * come, so the first result does not wait for the tenth. Stops when
 * `current()` turns false (a newer search has started).
 */
async function showMore(current: () => boolean = () => true): Promise<HTMLLIElement[]> {
  const next = shown.slice(list.children.length, list.children.length + pageSize);
  const items: HTMLLIElement[] = [];
  for (const pending of next.map((r) => r.data())) {
    const item = resultItem(await pending);
    if (!current()) return items;
    list.append(item);
    items.push(item);
  }
  more.hidden = list.children.length >= shown.length;
  // The sentence is in the page (sok.astro): its words cost the first search's script nothing (tests/budgets.spec.ts).
  printedCount.hidden = more.hidden;
  printedCount.children[0]!.textContent = String(list.children.length);
  printedCount.children[1]!.textContent = String(shown.length);
  return items;
}

/**
 * The results, those of the first page whose title is or has the query moved to the front (exact-title.ts; their
 * fragments load for showing anyway), a page of parts by its parts' titles too (a table of /tall/). The page of
 * tables (`tables`, its result's id, looked for only for a query that names a table: result-titles.ts) is looked at
 * wherever it is: «vedlegg 6» had it at hit 115 of 125.
 */
async function withExactTitleFirst<R extends { id: string; data: () => Promise<ResultData> }>(results: R[], query: string, tables?: string): Promise<R[]> {
  const at = tables === undefined ? -1 : results.findIndex((result) => result.id === tables);
  const looked = results.slice(0, Math.max(pageSize, at + 1)).map((result, i) => (i < pageSize || i === at ? result : undefined));
  const titles = await Promise.all(
    looked.map(async (result) => {
      if (!result) return undefined;
      const { meta, sub_results } = await result.data();
      return [meta.title ?? '', ...(sub_results ?? []).map((part) => part.title)];
    }),
  );
  return exactTitleFirst(results, titles, query);
}

/** The results whose page has every one of the texts as written (query.ts: asWritten). */
async function withText<R extends { data: () => Promise<ResultData> }>(results: R[], texts: string[]): Promise<R[]> {
  const pages = await Promise.all(results.map(async (result) => ({ result, content: (await result.data()).content })));
  return pages.filter(({ content }) => texts.every((text) => hasAsWritten(content, text))).map(({ result }) => result);
}

// Each search is one pass over the index; the spelling check (firstMarks) and
// the search itself often ask the same one (a one-word query). Kept for the
// latest query only (emptied when one starts), and emptied when the filters
// load: results from then on carry their counts.
const searches = new Map<string, ReturnType<Pagefind['search']>>();
/** The module for sections of a law, once a query has had one. */
let sections: typeof import('../search/sections.ts') | false = false;

function searchOnce(pagefind: Pagefind, term: string | null, options: ReturnType<typeof pagefindOptions>): ReturnType<Pagefind['search']> {
  // A section («"§ 2"») is searched as its own term, and finds nothing if no page cites it (sections.ts).
  if (term && sections) term = sections.withSectionTerms(term);
  if (term === findsNothing) return Promise.resolve({ results: [], filters: {} });
  const key = JSON.stringify([term, options]);
  let search = searches.get(key);
  if (!search) searches.set(key, (search = pagefind.search(term, options)));
  return search;
}

/** searchOnce with this Pagefind, for the filters' counts (filter-values.ts). */
const searchWith = (pagefind: Pagefind) => (term: string | null, options: ReturnType<typeof pagefindOptions>) => searchOnce(pagefind, term, options);

let latest = 0;
/** The search on screen, for the counts when the filters load after it (loadFilters). */
let current: { run: number; term: string | null; state: SearchState; literals: string[] } | undefined;

/** Where the visitor was in a search's results: how many were shown and how far down the page. */
interface Place {
  shown: number;
  scrollY: number;
}

/** Kept in the history entry, so Back from a result (or a reload) shows as many results, scrolled as far. */
function rememberPlace() {
  const place: Place = { shown: list.children.length, scrollY: window.scrollY };
  window.history.replaceState(place, '');
}

function placeIn(state: unknown): Place | undefined {
  const place = state as Partial<Place> | null;
  return typeof place?.shown === 'number' && typeof place.scrollY === 'number' ? { shown: place.shown, scrollY: place.scrollY } : undefined;
}

async function run(pagefind: Pagefind, state: SearchState, moveFocus: boolean | 'unmoved' = false, place?: Place) {
  const run = ++latest;
  showAddressInPrint();
  // Chips for the chosen filters (filter-values.ts, loaded only when there are some, or were).
  if (Object.keys(state.filters).length || !chosenFilters.hidden) (await filterValues()).listChosenFilters(chosenFilters, state);
  searches.clear();
  // The last search's «Vis flere» would add to this one's list; shown again once its first results are in.
  more.hidden = true;
  corrected.hidden = true;
  dropped.hidden = true;
  eachWord.hidden = true;
  wholeName.hidden = true;
  noParticipant.hidden = notNamed.hidden = true;
  // A section of a law («§ 2», «paragraf 2»), a table by number («vedlegg 2») or a pool («pulje II») is one phrase, not the number alone
  // (sections.ts, loaded only then).
  sections ||= /§|paragraf|tabell|vedlegg|figur|pulje/i.test(state.q) && (await import('../search/sections.ts'));
  const typed = sections ? await sections.parseWithSections(state.q) : parseQuery(state.q);
  // Only words too common to search on («og i på», «hva er det»; stop-words.ts) matched nearly every page: nothing is searched, and the page says why.
  const onlyCommon = !pagefindQuery(typed) && typed.dropped.length > 0;
  // Only markup or punctuation («<b>», «</p>», «***»): no word at all. «<b>» listed every page, «***» asked for a word as if none was typed.
  const noWords = state.q.trim() !== '' && !typed.exact.length && !typed.words.length && !typed.dropped.length;
  if (!hasQuery(state) || onlyCommon || noWords) {
    current = { run, term: null, state, literals: [] };
    writeText(
      statusLine,
      // What to say for no words loads only then (no-words.ts).
      noWords ? (await import('../search/no-words.ts')).noWords(state.q) : onlyCommon ? `${tooCommon(typed.dropped)} alene. Skriv et ord som sier hva du leter etter.` : searchPrompt,
    );
    // The words too common to search on, as the line says them (fresh eyes: the tab said only «Søk»); a query of no
    // words, none («<b>»).
    document.title = onlyCommon ? `${quoted(asTyped(state))} – ${pageTitle}` : pageTitle;
    printedCount.hidden = true;
    showHits.textContent = 'Vis treffene';
    list.replaceChildren();
    noHits.hidden = !onlyCommon && !noWords;
    noHitsFilter.hidden = true;
    unquoted.hidden = true;
    if (allCounts) (await filterValues()).showCounts(filterBox, allCounts);
    if (noWords || onlyCommon) landOnCount(moveFocus);
    return;
  }
  const exactOnly = new URLSearchParams(location.search).has('eksakt');
  /** The search's filters, in Pagefind's order: counts of hits that do not depend on a date order. */
  const unsorted = pagefindOptions({ ...state, sort: '' });
  // A word Pagefind has no page for is corrected against the site's own words.
  const hasWord = async (word: string, exactly?: boolean) => {
    const marked = await firstMarks(pagefind, word);
    // Matched in metadata only, nothing highlighted: as typed only if the site has the word (word-match.ts: isKnownForm).
    if (exactly && marked?.length === 0) return isKnownForm(word, await siteWords(word));
    if (marked === undefined) return false;
    if (isOwnWord(word, marked, exactly)) return true;
    // Matched by its start only («man» for «mandla», «opp» for «Oppdal»): searched as typed, and left out if no page
    // has it (withoutUnmatched), unless it is the site's word with two letters swapped («Mandal»; nearest-word.ts,
    // loaded only then), which it is then read as.
    return !exactly && startOnly(word, marked) && !(await import('../search/nearest-word.ts')).unswapped(word, await siteWords(word));
  };
  const pagesWith = async (word: string) => (await searchOnce(pagefind, word, { filters: {} }))?.results.length ?? 0;
  const marksOf = (word: string) => firstMarks(pagefind, word);
  const read: ParsedQuery & Partial<ReadQuery> = exactOnly ? typed : await readQuery(typed, hasWord, pagesWith, marksOf);
  // A place typed with where it is («Bø i Telemark»): a word of it on no page is no start of another place's name; a
  // name of several words («Øystre Slidre», «øystre slidre») one name, left out as typed if a word of it is on no page (not-participant.ts).
  const notParticipant = () => import('../search/not-participant.ts');
  const placeTyped = /\s/.test(state.q.trim()) ? await (await notParticipant()).placeWords(state.q, read, siteWords) : [];
  const matched = await withoutUnmatched(pagefind, read, placeTyped);
  // A place the search may say no participant has («tonsberg», «Tønsberg kommune», «oslo kommune»; not-participant.ts,
  // loaded only for a query that found nothing of itself, is capitalised or ends in «kommune»: namesMunicipality).
  const foundNothing = matched.term === findsNothing || matched.unmatched.length > 0;
  const placeQuery = foundNothing || /^\p{Lu}|\s[Kk]ommune$/u.test(state.q.trim()) ? await (await notParticipant()).placeQueryOf(state.q, foundNothing, matched.unmatched, () => dictionaryNames(state.q.trim())) : undefined;
  // A place no page names with «kommune» after it («Tønsberg kommune»): nothing found, as for the place alone, not the
  // 243 pages with «kommune» (fresh eyes); the page says that no participant has the name.
  const placeAlone = placeQuery?.alone;
  const { parsed, term: typedTerm, unmatched } = placeAlone ? { parsed: read, term: findsNothing, unmatched: [] } : matched;
  let term = typedTerm;
  // Nynorsk words searched as bokmål, and compounds as their parts: the pages with the word as typed (if Pagefind has it as typed) come first.
  const languageForms = read.languageForms ?? [];
  const widened = read.widened ?? [];
  const typedPages = await Promise.all(
    [...languageForms, ...widened].map(async ({ typed }) => new Map(((await hasWord(typed)) && (await searchOnce(pagefind, typed, { filters: {} }))?.results.map((r) => [r.id, r] as const)) || [])),
  );
  if (run !== latest) return;
  // Pagefind reads «9,6» as «96» and has no word «=»: such texts must be on the page as written.
  const literals = asWritten(parsed);
  const withCounts = allCounts !== undefined;
  // Counts need the filters loaded; if they load later, loadFilters counts this search.
  current = { run, term, state, literals };
  // Words the site has as typed that begin its words with æ, ø or å too («mal», «mål»), and names found in another
  // form («Kleppa» as «Klepp»): pages with them as typed first (typed-letters.ts).
  const typedLetters = parsed.words.some((word) => /^[a-z]*[ao][a-z]*$/i.test(word) || /^\p{Lu}/u.test(word)) && (await import('../search/typed-letters.ts'));
  const keptAsTyped = typedLetters ? await typedLetters.wordsAsTyped(parsed.words, siteWords, marksOf) : [];
  /** The results for a state. */
  const resultsFor = async (searched: SearchState) => {
    // In a date order, the dated hits come from a sorted search and the rest by relevance (date-order.ts).
    const [search, dated] = await Promise.all([
      searchOnce(pagefind, term, pagefindOptions({ ...searched, sort: '' })),
      searched.sort ? searchOnce(pagefind, term, pagefindOptions(searched)) : null,
    ]);
    if (search === null) return undefined;
    // Several words by relevance: the pages where every word weighs first (balanced.ts, loaded only then). Words that
    // name a topic: not a number or a short word, which name an entry («nyhetsbrev nr 5»: the issue's kicker has them).
    const words = !dated && !parsed.exact.length && term?.split(' ').filter((word) => word.length > 2 && !/\d/.test(word));
    const ranked = words && words[1] ? (await import('../search/balanced.ts')).balanced(search.results, await Promise.all(words.map(async (word) => (await searchOnce(pagefind, word, { filters: {} }))?.results ?? []))) : search.results;
    const relevant = dated ? inDateOrder(dated.results, search.results) : typedFormFirst(ranked, typedPages);
    // Of the words searched: a long question's fewer words are not all it has.
    const results = typedLetters && !dated ? await typedLetters.typedLettersFirst(relevant, keptAsTyped.filter((word) => term?.split(' ').includes(word)), 3 * pageSize) : relevant;
    // A number's hits show it where the page has it as written, with its unit first (number-excerpt.ts, loaded only then).
    const narrowed = literals.length ? await (await import('../search/number-excerpt.ts')).withNumbersMarked(await withText(results, literals), literals) : results;
    // By relevance, a page whose title is the query, or begins with or has its phrase, comes first (exact-title.ts);
    // a date order is left as it is.
    // A query that names a table («vedlegg 6»): the page of tables, found by its content type (result-titles.ts).
    const tables = !searched.sort && namesTable(state.q) ? (await searchOnce(pagefind, term, pagefindOptions({ ...searched, sort: '', filters: { ...searched.filters, type: [tablesType] } })))?.results[0]?.id : undefined;
    return { search, shown: searched.sort ? narrowed : await withExactTitleFirst(narrowed, state.q, tables) };
  };
  let found = await resultsFor(state);
  if (!found || run !== latest) return;
  const hitsFor = async (term: string) => (await searchOnce(pagefind, term, unsorted))?.results.length ?? 0;
  // A long question few pages or none have all the words of: those, then the results for fewer of its words, at once (word-by-word.ts).
  const withAll = found.shown;
  const fewerModule = withAll.length < fewHits && term !== findsNothing && !literals.length && (await import('../search/word-by-word.ts'));
  const fewer = fewerModule && (await fewerModule.fewerWordsShown(parsed, fewHits, hitsFor, typed));
  if (fewer) {
    current = { run, term: (term = fewer.query), state, literals };
    found = await resultsFor(state);
    if (!found || run !== latest) return;
    // Those with more of the question's words first (word-by-word.ts); a date order is left as it is.
    const rest = found.shown.filter((result) => !withAll.some((all) => all.id === result.id));
    found.shown = [...withAll, ...(state.sort ? rest : await fewerModule.mostWordsFirst(rest, parsed, async (t) => (await searchOnce(pagefind, t, { filters: {} }))?.results.map((r) => r.id) ?? []))];
  }
  // A short municipality name («Hå», «Re», «Hå kommune»): the pages that have the name, not every word that begins
  // like it (place-name.ts). Its page is the first result by relevance with no filter.
  const short = parsed.words.length < 3 && !parsed.exact.length && fold(parsed.words[0] ?? '').length < 5 && !new URLSearchParams(location.search).has('ordstart');
  const probe = short && (Object.keys(state.filters).length || state.sort ? await resultsFor({ ...state, filters: {}, sort: '' }) : found);
  const first = probe && (await probe.shown[0]?.data());
  // Or an abbreviation: «NAV», «nav», not «navn» (abbreviations.ts).
  const placeName = short && ((first && first.meta.type === 'Kommune') || !parsed.words[1]) ? await import('../search/place-name.ts') : undefined;
  const named = placeName && (await placeName.wholeWordNamed(state.q, parsed.words, first || undefined, async (value) => !!(await searchOnce(pagefind, term, { filters: { [placeName.wholeNameFilter]: { any: [value] } } }))?.results.length));
  const name = named?.name;
  const allHits = found.shown.length;
  if (placeName && name) {
    current = { run, term, state: { ...state, filters: { ...state.filters, [placeName.wholeNameFilter]: [name] } }, literals };
    found = await resultsFor(current.state);
    // By relevance, the abbreviation's own pages first, not those with words that begin like it (place-name.ts).
    if (found && !state.sort && named.kind === 'forkortelsen') found.shown = await placeName.wholeWordFirst(found.shown, name, pageSize);
  }
  if (!found || run !== latest) return;
  const { search } = found;
  shown = found.shown;
  shownQueryText = asTyped(state);
  list.replaceChildren();
  await showMore(() => run === latest);
  while (place && list.children.length < Math.min(place.shown, shown.length) && run === latest) await showMore(() => run === latest);
  if (run !== latest) return;
  // Counted after the results show, so the first result does not wait for them.
  // The filters have loaded (withCounts), and with them their counting (filter-values.ts).
  const values = withCounts && (await filterValues());
  const counts = values ? await values.groupCounts(searchWith(pagefind), current, literals.length ? await values.countsOfResults(shown) : search.filters) : undefined;
  if (run !== latest) return;
  if (values && counts) values.showCounts(filterBox, counts);
  // Several words on few pages together: each word searched alone, with its hits (word-by-word.ts, loaded only then).
  // Not when no word matched (Pagefind's fallback to their first letters would be counted: «Kautokeino (3)»).
  // A long question shown by fewer of its words: the words left out, and those searched, each on its own.
  // Not for a short name shown whole («Re kommune»): «re (238)» counted the words that begin like it, which the notice offers (wholeName).
  const byWord = (fewer && fewerModule) || (shown.length < fewHits && !name && term !== findsNothing && parsed.words.length + parsed.exact.length > 1 && !literals.length && (await import('../search/word-by-word.ts')));
  if (run !== latest) return;
  // A pasted sentence that found nothing is not said back (it stood four times on the page): the field has it.
  const longUnmatched = byWord && shown.length === 0 && byWord.isLong(parsed);
  // A place typed in lower case is said as the site writes it, «Hægebostad», as a municipality's page among the results has it (place-names.ts).
  const names = (await Promise.all(shown.slice(0, pageSize).map((result) => result.data()))).flatMap(({ meta }) => (meta.type === 'Kommune' && meta.title) || []);
  // Loaded only when a municipality's page is among them: the names are what it reads by.
  const placeNames = names.length ? await import('../search/place-names.ts') : undefined;
  const asNamed = (words: string) => placeNames?.asNamed(words, names) ?? words;
  // A start no page has as a word that is a municipality's name among the hits but its last letter or two («Nøtterø»,
  // typed «Nottero»): said as that name, not as the start, which is no word (place-names.ts). Not a place of its own
  // that the dictionary names («Stord», not «Stordal»), which the page may say no participant has (not-participant.ts).
  // The lists are fetched only for such a start.
  const completions = placeNames
    ? await placeNames.completedNames(
        parsed.words,
        names,
        isSiteWord,
        isDictionaryName,
      )
    : new Map<string, string>();
  if (run !== latest) return;
  const completed = (words: string[]) => words.map((word) => completions.get(word) ?? word);
  const searchedFor = shownQuery(parsed) ? { ...parsed, words: completed(withTypedForms(parsed.words, widened)) } : undefined;
  const typedWords = completed(withTypedForms(withTypedForms(parsed.words, widened), languageForms)).join(' ');
  const spoken = searchedFor && spokenQuery({ ...searchedFor, words: searchedFor.words.map(asNamed) }, asNamed(typedWords), state.q);
  const status = fewer ? `${fewerModule.shownFewer(fewer, shown.length, withAll.length, unmatched, read.readings)}${typed.dropped.length ? ` ${tooCommon(typed.dropped)} og er utelatt.` : ''}` : longUnmatched ? byWord.longUnmatched : describe(shown.length, state, searchedFor, typed, unmatched, typedWords, read.notes ?? [], spoken);
  // Long words break with a hyphen (long-words.ts, loaded only for a word of 11 letters or more: hyphenatedLength).
  const hyphenated = /\p{L}{11}/u.test(status) ? await (await import('../search/long-words.ts')).withHyphens(status, (word) => wordList('deling-', word)) : status;
  if (run !== latest) return;
  writeText(statusLine, hyphenated);
  // The tab says the words searched, as the status line does («<b>sykefravær</b>» is «sykefravær»), a long question's
  // fewer words if those were searched; a pasted paragraph's are cut: the tab shows some 30 characters.
  const asked = fewer ? fewer.label : (spoken ?? (asTyped(state) && quoted(asTyped(state))));
  const cut = asked.slice(0, 59).trimEnd();
  document.title = [asked.length > 60 ? `${cut}…${cut.split('«').length > cut.split('»').length ? '»' : ''}` : asked, `${shown.length || 'Ingen'} treff`, pageTitle].filter(Boolean).join(' – ');
  showHits.textContent = shown.length === 0 ? 'Ingen treff' : `Vis ${shown.length} treff`;
  // The way to search with every word: the whole query as a phrase; never when the words found nothing, which a phrase of them cannot.
  // Not for a long question shown by fewer of its words: a phrase of it all finds nothing.
  if (typed.dropped.length > 0 && shown.length > 0 && !fewer) {
    const phrase = asTyped(state).replace(/["«»“”„]/g, '');
    const link = element<HTMLAnchorElement>('#search-dropped a');
    writeText(link, `Søk etter hele uttrykket ${quoted(phrase)}`);
    link.href = `?${writeState({ ...state, q: `"${phrase}"` })}`;
    // Only where a page has the phrase (searched so, after the results show): a question's («hvordan fikk Gloppen
    // ned sykefraværet?») led to «Ingen treff på uttrykket» (fresh eyes).
    const onPages = (await searchOnce(pagefind, `"${phrase}"`, unsorted))?.results.length;
    if (run !== latest) return;
    dropped.hidden = !onPages;
  }
  // Corrected (not only shortened by words on no page, which the exact spelling would leave out too).
  // A nynorsk word searched as bokmål is no correction: its bokmål word is said beside it (describe).
  // The offers are made in corrected-offer.ts, loaded only then.
  const offer = () => import('../search/corrected-offer.ts');
  const offerLink = element<HTMLAnchorElement>('#search-corrected a');
  if (!longUnmatched && !fewer && shownQuery({ ...read, words: withTypedForms(withTypedForms(read.words, widened), languageForms) }) !== shownQuery(typed)) {
    const shows = await (await offer()).offerAsTyped(offerLink, writeText, state.q, writeState(state), typed.words, siteWords, async () => {
      const asIs = await withoutUnmatched(pagefind, typed, placeTyped);
      const pages = !asIs.term || asIs.term === findsNothing || asIs.unmatched.length ? [] : ((await searchOnce(pagefind, asIs.term, unsorted))?.results ?? []);
      const literal = asWritten(asIs.parsed);
      return literal.length ? (await withText(pages, literal)).length : pages.length;
    });
    if (run !== latest) return;
    corrected.hidden = !shows;
  }
  // A participant's name a word searched as typed may be: offered («Mente du «Re»?», readQuery).
  if (read.meant?.length) {
    (await offer()).offerMeant(offerLink, writeText, state.q, read.meant, (q) => `?${writeState({ ...state, q })}`);
    corrected.hidden = false;
  }
  noHits.hidden = shown.length > 0;
  noHitsFilter.hidden = Object.keys(state.filters).length === 0;
  // A name no participant has («Ål»; «Bø», whose hits are Bømlo's; «tonsberg»): said so (not-participant.ts, loaded
  // only for a capitalised query or a name in lower case that found nothing). Its hits are judged by the first page the
  // place alone finds: «stavanger kommune» marked «kommunene» first, and said nothing where «Stavanger» said it.
  if (placeQuery)
    void notParticipant().then((m) =>
      m.sayWhenNoParticipant(placeQuery.place, noParticipant, () => run === latest, shownQuery({ ...parsed, words: completed(parsed.words) }), isDictionaryName, shown[0] && { excerpt: searchOnce(pagefind, term && term.replace(/ kommune$/i, ''), { filters: {} }).then(async (s) => (await s?.results[0]?.data())?.excerpt ?? ''), item: notNamed, isSiteWord }),
    );
  // A quoted phrase that found nothing: the same words, without quotes, one click away, if they find something.
  const unquotedQuery = shown.length === 0 ? withoutQuotes(state.q) : undefined;
  const looseTerm = unquotedQuery ? (await withoutUnmatched(pagefind, await readQuery(parseQuery(unquotedQuery), hasWord, pagesWith, marksOf))).term : null;
  const loose = looseTerm && (await searchOnce(pagefind, looseTerm, unsorted))?.results.length ? unquotedQuery : undefined;
  if (run !== latest) return;
  unquoted.hidden = !loose;
  if (loose) {
    const link = element<HTMLAnchorElement>('#search-unquoted a');
    link.textContent = `Søk etter ordene hver for seg: ${loose}`;
    link.href = `?${writeState({ ...state, q: loose })}`;
  }
  // A pasted sentence that found nothing: a few of its words that find pages together instead.
  const offers = byWord ? await (longUnmatched ? byWord.fewerWords(parsed, fewHits, hitsFor) : byWord.wordByWord(parsed, shown.length, hitsFor, fewer)) : [];
  if (run !== latest) return;
  if (byWord) {
    eachWord.firstElementChild!.textContent = byWord.offerLead(longUnmatched);
    eachWord.lastElementChild!.replaceChildren(...byWord.offerLinks(offers, (q) => `?${writeState({ ...state, q })}`));
  }
  eachWord.hidden = !offers.length;
  wholeName.hidden = !name || allHits === shown.length;
  if (!wholeName.hidden) {
    writeText(wholeName.firstElementChild as HTMLElement, `Viser sider med ${named?.kind} «${name}».`);
    const link = wholeName.lastElementChild as HTMLAnchorElement;
    writeText(link, `Vis også ${allHits - shown.length} treff på ord som begynner likt`);
    link.href = `?${writeState(state)}&ordstart=1`;
  }
  if (place) window.scrollTo(0, place.scrollY);
  landOnCount(moveFocus);
}

/**
 * After a submitted search, keyboard and screen reader users land on the count (focus stayed at the top of the
 * page when /sok/?q=… was opened from the header's field: six Tabs back to the field). On opening the page
 * (`unmoved`), only if the visitor has not put focus anywhere meanwhile; never the field, whose keyboard would
 * cover the results on a phone.
 */
function landOnCount(moveFocus: boolean | 'unmoved') {
  if (moveFocus === true || (moveFocus && document.activeElement === document.body)) statusLine.focus();
}

/**
 * The words Pagefind highlights in its first result for a word, in lower case; undefined when it finds nothing, or
 * highlights nothing and the page's metadata has no such word (word-match.ts: isInMetadata).
 */
async function firstMarks(pagefind: Pagefind, word: string): Promise<string[] | undefined> {
  const first = (await searchOnce(pagefind, word, { filters: {} }))?.results[0];
  if (!first) return undefined;
  const data = await first.data();
  const marks = [...data.excerpt.matchAll(/<mark>([^<]*)<\/mark>/g)].map((m) => withoutSegmentJoiners(m[1] ?? '').toLowerCase().replace(/[^\p{L}\p{N}]+$/u, ''));
  return marks.length || isInMetadata(word, withoutSegmentJoiners(Object.values(data.meta).join(' '))) ? marks : undefined;
}


/**
 * The query without the words that match nothing of their own (word-match.ts:
 * Pagefind's fallback to their first letters does not count), so «Deatnu Tana»
 * finds Tana; the words left out, for the page to name; and the term to ask
 * Pagefind, `findsNothing` when no word is left. The site's word list is
 * fetched only for a word the first result does not confirm. The words of a
 * place named (`place`: not-participant.ts, placeWords) are left out too.
 */
async function withoutUnmatched(pagefind: Pagefind, parsed: ParsedQuery & Partial<ReadQuery>, place: string[] = []): Promise<{ parsed: ParsedQuery; term: string | null; unmatched: string[] }> {
  // Each word as searched, or undefined for one that matches nothing of its own.
  const searched = await Promise.all(
    parsed.words.map(async (word) => {
      if (place.includes(word)) return undefined;
      const marked = await firstMarks(pagefind, word);
      if (marked === undefined) return undefined;
      const known = async () => isKnown(word, await siteWords(word));
      if (!matchesOnSite(word, marked, false)) return matchesOnSite(word, marked, await known()) ? word : undefined;
      // Matched by a long compound's head only: searched as that head, so the page says what it searched for.
      const start = searchedStart(word, marked);
      return start && !(await known()) ? start : word;
    }),
  );
  const words = searched.filter((word) => word !== undefined);
  const unmatched = [...(parsed.onNoPage ?? []), ...parsed.words.filter((_, i) => searched[i] === undefined)];
  const nothingLeft = words.length === 0 && parsed.exact.length === 0 && parsed.words.length > 0;
  if (nothingLeft) return { parsed, term: findsNothing, unmatched: [] };
  const kept = { ...parsed, words };
  return { parsed: kept, term: pagefindQuery(kept) || null, unmatched };
}

// Built by the Pagefind step after Astro's build, so Vite must not resolve it.
async function loadPagefind(): Promise<Pagefind> {
  const pagefind = (await import(/* @vite-ignore */ `${location.origin}/pagefind/pagefind.js`)) as Pagefind;
  // Pagefind loads its index in a web worker (one more 12 KB script), so the
  // page stays responsive on a slow phone while it starts (Lighthouse: total
  // blocking time on /sok/ fell from 210 ms to none).
  await pagefind.options({
    // Metadata the indexer adds (index-site.ts): a hub's topic weighs more than
    // the page's words, synonyms and the other written standard's forms less;
    // an entry's kicker («Nyhetsbrev nr. 5 · januar 2010», EntryLayout) names it as its title does; an archive
    // entry's label is shown, not searched («Skrevet for Kompetansebanken …» would lift every archive entry).
    ranking: { metaWeights: { emne: 20, fasett: 8, overlinje: 5, stikkord: 0.3, ordformer: 0.5, merknad: 0 } },
  });
  await pagefind.init();
  return pagefind;
}
// The form works as soon as it shows: a search typed while Pagefind loads waits for it.
const ready = loadPagefind();
listenToFilterGroups();

/** Every filter value with its number of pages; undefined until the filters have loaded. */
let allCounts: Counts | undefined;
let filtersLoaded: Promise<void> | undefined;

/** The filter groups' values and counts (filter-values.ts): loaded with the filters, never for a first search. */
const filterValues = () => import('./filter-values.ts');

/**
 * Loads the filters' values. They cost a download that grows with the site
 * (one list of pages per value: a seventh of a first search at 1 000 stories,
 * about 200 KB at 10 000), so they load only when a filter group is opened
 * or the address chooses a filter, never for a plain first search.
 */
function loadFilters(): Promise<void> {
  filtersLoaded ??= (async () => {
    const pagefind = await ready;
    const all = await pagefind.filters();
    searches.clear();
    // The search on screen is counted now that Pagefind has the filters; a
    // search that starts from here on counts itself (run).
    const { countsOf, fillFilters, showCounts } = await filterValues();
    let counted = current;
    let counts = await countsOf(searchWith(pagefind), counted, all);
    while (counted !== current) counts = await countsOf(searchWith(pagefind), (counted = current), all);
    fillFilters(filterBox, all);
    allCounts = all;
    showChosenFilters(readState(new URLSearchParams(location.search), filterKeys));
    showCounts(filterBox, counts);
  })();
  return filtersLoaded;
}

// Opening /sok/?q=…: the words' nynorsk lists load while Pagefind starts (readQuery needs them first).
for (const word of parseQuery(new URLSearchParams(location.search).get('q') ?? '').words) {
  if (word.length >= 3 && !/\d/.test(word)) void wordList('nn-', word.toLowerCase());
}

async function restore(initial = false) {
  const pagefind = await ready;
  // Typed while Pagefind loaded: that search (update) wins over the empty address.
  if (initial && input.value && !new URLSearchParams(location.search).has('q')) return;
  let state = readState(new URLSearchParams(location.search), filterKeys);
  if (Object.keys(state.filters).length > 0) {
    await loadFilters();
    // A value typed into the address («sektor=barnehage») becomes the site's own; one the site has not, goes.
    const known = withKnownFilters(state, allCounts ?? {});
    if (JSON.stringify(known) !== JSON.stringify(state)) {
      window.history.replaceState(null, '', addressOf(known));
      state = known;
    }
  }
  showState(state);
  const place = placeIn(window.history.state);
  // Opened with a search (/sok/?q=…, from the header's field or a link): the count, as after a search typed here;
  // not when going back to a search, whose place in the results is restored.
  void run(pagefind, state, initial && !place && (state.q.trim() !== '' || hasQuery(state)) ? 'unmoved' : false, place);
}

/** The search page's address for a state. */
function addressOf(state: SearchState): string {
  const query = writeState(state).toString();
  return `${location.pathname}${query ? `?${query}` : ''}`;
}

/** The printout's address line follows the search (see printAddress). */
function showAddressInPrint() {
  if (!printAddress) return;
  let path = location.pathname + location.search;
  try {
    path = decodeURI(path);
  } catch {
    // An address typed with a stray «%» is printed as it stands.
  }
  printAddress.textContent = `${siteOrigin}${path}`;
}

async function update(history: 'push' | 'replace', moveFocus = false) {
  const pagefind = await ready;
  const state = stateFromForm();
  const url = addressOf(state);
  // The same address again (Enter after typing) is no new step for Back.
  if (history === 'push' && url !== `${location.pathname}${location.search}`) {
    rememberPlace();
    window.history.pushState(null, '', url);
  } else window.history.replaceState(null, '', url);
  void run(pagefind, state, moveFocus);
}
// Filters sit beside the results on wide screens; on phones they wait behind
// «Avgrens», so the first result is on the first screen.
if (matchMedia('(min-width: 50rem)').matches) refine.open = true;
// Typing searches as you type: its first letter is a step for Back (to the
// search before it), the letters after it change that step.
let typing = false;
input.addEventListener('input', () => {
  void update(typing ? 'replace' : 'push');
  typing = true;
});
/** A search chosen at once (a filter, the sort order, Enter, «Nullstill»): a step for Back of its own. */
function step(moveFocus = false) {
  typing = false;
  void update('push', moveFocus);
}
filterBox.addEventListener('change', () => step());
// A value with no hits, kept for the focus on it (showCounts), cannot be ticked, and goes when the focus does.
filterBox.addEventListener('click', (event) => {
  if ((event.target as Element).matches('[aria-disabled=true]')) event.preventDefault();
});
filterBox.addEventListener('focusout', (event) => {
  const box = event.target as Element;
  if (box.matches('[aria-disabled=true]') && box.parentElement) box.parentElement.hidden = true;
});
sortSelect.addEventListener('change', () => step());
form.addEventListener('submit', (event) => {
  event.preventDefault();
  step(true);
});
form.addEventListener('reset', () => setTimeout(step));
// Escape closes «Avgrens og sorter» and puts focus on its summary, as a disclosure does on nav.no: also from a
// filter group inside it or one of its boxes. An open <select> takes its own Escape first.
refine.addEventListener('keydown', (event) => {
  if (event.key !== 'Escape' || !refine.open || event.defaultPrevented) return;
  event.preventDefault();
  refine.open = false;
  refine.querySelector<HTMLElement>(':scope > summary')?.focus();
});
// On a phone, a ticked filter changes the results below the panel, out of sight: this goes to them.
showHits.addEventListener('click', () => {
  refine.open = false;
  statusLine.scrollIntoView({ block: 'start' });
  statusLine.focus();
});
// A chip unticks its filter; focus goes to the count, which says what is shown now.
chosenFilters.addEventListener('click', (event) => {
  const chip = (event.target as Element).closest<HTMLButtonElement>('button[data-filter]');
  if (!chip) return;
  for (const box of filterBox.querySelectorAll<HTMLInputElement>('input[type=checkbox]:checked'))
    if (box.name === chip.dataset.filter && box.value === chip.dataset.value) box.checked = false;
  step(true);
});
/** A «Vis flere» load under way: a second press meanwhile (a double click) is ignored rather than adding the same ten again. */
let loadingMore = false;
more.addEventListener('click', async () => {
  if (loadingMore) return;
  loadingMore = true;
  const run = latest;
  try {
    // Stops if a new search starts meanwhile, so its list gets none of this one's results.
    const [first] = await showMore(() => run === latest);
    rememberPlace();
    // Keyboard and screen reader users go on from the first new result.
    first?.querySelector('a')?.focus();
  } finally {
    loadingMore = false;
  }
});
window.addEventListener('popstate', () => {
  typing = false;
  void restore();
});
// Opened with a search in the address: say so while Pagefind loads, rather than the prompt to type one.
if (hasQuery(readState(new URLSearchParams(location.search), filterKeys))) statusLine.textContent = 'Søker …';
// The place is put back by run() once the results are in; the browser would scroll before they are.
// It is kept when a result is opened, when scrolling stops (browsers limit how often the history may
// change) and when more results show.
window.history.scrollRestoration = 'manual';
list.addEventListener('click', rememberPlace);
let scrolling: ReturnType<typeof setTimeout> | undefined;
window.addEventListener('scroll', () => {
  clearTimeout(scrolling);
  scrolling = setTimeout(rememberPlace, 300);
});
void restore(true);
// Copied text without soft hyphens (clean-copy.ts, on every other page from the layout): here it loads once text is
// selected, before it can be copied, so a first search does not download it (tests/budgets.spec.ts).
const selected = () => {
  if (document.getSelection()?.isCollapsed !== false) return;
  document.removeEventListener('selectionchange', selected);
  void import('./clean-copy.ts');
};
document.addEventListener('selectionchange', selected);
