// Builds the Pagefind index for a built site. What Pagefind reads of each page
// is a cleaned copy (see forIndex); the files on disk, which visitors get, are
// not changed. Words added only for search go into metadata fields, which
// Pagefind searches but never shows in excerpts, and which the search page
// weighs less than the page's own words (or more, for a hub's topic).
import { mkdir, readFile, readdir, writeFile } from 'node:fs/promises';
import { join, sep } from 'node:path';
import { HTMLElement, parse, TextNode, type Node } from 'node-html-parser';
import * as pagefind from 'pagefind';
import { sourceCodeVersion } from '../build-cache/code-version.ts';
import { cachedFile, type KeyPart } from '../build-cache/file-cache.ts';
import { abbreviationsIn, abbreviationsOf, beginningOthers, shortForms } from './abbreviations.ts';
import { compoundSegments, vocabularyOf } from './compounds.ts';
import { longWord, splitCompounds } from './extra-terms.ts';
import { headingOnly, hubTopics } from './hubs.ts';
import { dictionaryText, loadDictionaries, otherForms } from './language-forms.ts';
import { properNames } from './proper-names.ts';
import { shortCapitalisedWords, shortNameOf, wholeNameFilter } from './place-name.ts';
import { synonymsIn } from './synonyms.ts';
import { countForms } from './number-words.ts';
import { formulasIn } from './formulas.ts';
import { numberedIn, sectionsIn } from './sections.ts';
import { poolsIn } from './pools.ts';
import { referenceWords, takeReferences } from './references.ts';
import { indexKeyFigureLabels, indexKeyFigurePeriods } from './key-figure-periods.ts';
import { indexTableRows } from './table-rows.ts';
import { nynorskToBokmal, wordEnds, wordLists } from './vocabulary.ts';
import { distinctTitles, indexTableTitles, withoutSiteName } from './result-titles.ts';
import { withBreaksOf } from './segment-joiner.ts';
import { plainText, words } from './words.ts';
import { escapeMarkup } from '../lib/escape-markup.ts';
import { hyphenateText } from '../hyphenation/soft-hyphens.ts';
import { hyphenatedLists } from './long-words.ts';

/** What the index needs to know of a built page, read from its HTML alone (so it is cached by the HTML). */
interface PageFacts {
  /**
   * The distinct words of the text Pagefind indexes. Held for every page until
   * the word lists are written, each string shared by every page that uses it
   * (readPages); holding each page's text and every word instead made the
   * index's Node process grow to 2.7 GiB at 10 000 stories (now 0.9 GiB).
   */
  words: string[];
  /** Synonyms of words the page uses (synonyms.ts). */
  synonyms: string[];
  /** The other form of the counts the page has, digits or words: «10» for «Ti punkter» (number-words.ts). */
  counts: string[];
  /** The formulas the page has («K = O/F»), glued as the search page reads one typed in any spacing (formulas.ts). */
  formulas: string[];
  /** The sections of laws the page cites («§ 13.10»), the tables it names by number («vedlegg 2») and the pools («Pulje II»), as the search page searches one however typed (sections.ts, pools.ts). */
  sections: string[];
  nynorsk: boolean;
  places: string[];
  /** The page's own name, when the page is the one about it (a tool, a page about the programme). */
  topic?: string | undefined;
  /** What the page is filed under: a story's themes and municipalities, a municipality page's own name. */
  facets: string[];
  /** The page's heading and its document title without the site's name, for telling results apart (result-titles.ts). */
  heading?: string | undefined;
  title?: string | undefined;
  /** The words of the text that may be a short municipality name, for the filter of the pages that have one (place-name.ts). */
  shortWords: string[];
  /** The short words of the text as written, capitals kept, for telling abbreviations from words (abbreviations.ts). */
  shortForms: string[];
  /** The long words of the text the index copy splits into compounds (cleanForIndex): what of the site's vocabulary the copy depends on. */
  longWords: string[];
}

interface Page extends PageFacts {
  /** The built file, read again when it is indexed: every page's HTML held at once grows with the site. */
  file: string;
  /** The page's heading with its soft hyphens (scripts/hyphenate-pages.ts), where its result may break (segment-joiner.ts). */
  hyphenatedHeading?: string | undefined;
  sourcePath: string;
}

/** Content types whose pages are each the page about their title: a tool leads for its name. */
const topicTypes = new Set(['Verktøy', 'Om programmet', 'Punkt mot sykefravær']);

/**
 * Content types whose municipalities are for the «Kommune» filter only, not words the page is filed under: a news
 * item about Hægebostad's council is listed with Hægebostad, but a search for the place shows its case story first.
 */
const placeFilterOnlyTypes = new Set(['Nyhet', 'Pressemelding', 'Nyhetsbrev']);

/**
 * A built page without its soft hyphens: the index is built after the soft
 * hyphens are put into the pages (scripts/hyphenate-pages.ts), and a soft
 * hyphen inside a word, a filter value or a place name would split it.
 */
async function readBuiltPage(file: string): Promise<string> {
  return withoutSoftHyphens(await readFile(file, 'utf8'));
}
const withoutSoftHyphens = (html: string) => html.replaceAll('\u00AD', '');

/** A built page's heading as the page has it, soft hyphens and all (undefined for a page Pagefind does not index). */
export function hyphenatedHeading(html: string): string | undefined {
  const heading = parse(html).querySelector('[data-pagefind-body] h1')?.textContent;
  // plainText takes soft hyphens out with the other invisible characters: they are put back where they stood.
  return heading && heading.trim().split('\u00AD').map(plainText).join('\u00AD');
}

// Elements whose text would otherwise run into the next («PuljePulje II»,
// «6,94. kvartal»): a label gets a colon, the others a space.
const labels = new Set(['dt']);
const cells = new Set(['dd', 'td', 'th', 'li', 'figcaption', 'caption', 'option']);
/** A chart's labels and values, each an SVG text of its own: «årsskiftet 2008/2009» and its bar's «35» ran into «2008/200935». */
const chartTexts = ['text', 'tspan'];

// Blocks whose end the index copy marks with a full stop where the text has no
// mark of its own. Pagefind builds a result's excerpt from the copy's text, and
// it ran two facts into one false sentence («… nesten en halvering Hægebostad
// kommune: 120 årsverk», «Type: Kommune Fylke (2009): Vest-Agder»). A full stop
// is no word, so what a search finds is the same. Not headings (Pagefind takes
// the result's and its sections' titles from them), nor an element Pagefind
// reads a filter or metadata value from («Kommune.» would be another type).
const blocks = new Set([...cells, 'p']);
// A comma too: a list item ending «dokumentasjonen,» got «,.» (fresh eyes).
const endsWithMark = /[.,:;?!…]$/u;
const pagefindValue = (node: HTMLElement) => node.hasAttribute('data-pagefind-filter') || node.hasAttribute('data-pagefind-meta');

/**
 * The text of a page's body that Pagefind indexes, as words: what the page
 * marks as not for search (sources, citation help) left out, block by block
 * (textContent ran table cells and list items together, and the word lists got
 * «åstypekommunefylke» and «barnehagenemolde»). Removes the left-out elements
 * from `body`.
 */
export function searchableText(body: HTMLElement): string {
  ignoreHidden(body);
  for (const ignored of body.querySelectorAll('[data-pagefind-ignore], script, style')) ignored.remove();
  // structuredText breaks between blocks, but not between header cells or definition terms.
  for (const cell of body.querySelectorAll([...labels, ...cells, ...chartTexts].join(', '))) cell.appendChild(new TextNode(' ', cell));
  return plainText(body.structuredText);
}

/**
 * Marks what a reader does not see as not for search: a tool's texts that its script shows for a result («Tallene
 * svinger slik de pleier», the SPC tool's, was the excerpt of a search for «sykepleier»: fresh eyes). Not
 * `hidden="until-found"`, which the browser's find shows.
 */
function ignoreHidden(body: HTMLElement) {
  for (const hidden of body.querySelectorAll('[hidden]:not([data-pagefind-ignore])'))
    if (hidden.getAttribute('hidden') !== 'until-found') hidden.setAttribute('data-pagefind-ignore', '');
}

/** Whether cleanForIndex leaves a node as it is: what the page marks as not for search. */
const leftOut = (node: Node) => node instanceof HTMLElement && node.hasAttribute('data-pagefind-ignore');

/** A text node's text as the index copy has it, before compounds are split: whole words, no source codes. */
function indexedText(node: TextNode): string {
  // Source references («Kilde: S002, s. 58») are for checking a figure, not for finding a page.
  return plainText(node.rawText).replace(/\bKilde: [^.]*(?:\bs\. [\d–, og]+)?\.?\s*$/, '');
}

/** The long words in the text nodes cleanForIndex splits, in page order. */
function longWordsOf(node: Node, found: string[] = []): string[] {
  if (node instanceof TextNode) found.push(...(indexedText(node).match(longWord) ?? []));
  else if (!leftOut(node)) for (const child of node.childNodes) longWordsOf(child, found);
  return found;
}

/** What the index needs of a built page, or undefined for a page Pagefind does not index (no data-pagefind-body). */
export function pageFacts(html: string): PageFacts | undefined {
  const root = parse(html);
  const body = root.querySelector('[data-pagefind-body]');
  if (!body) return undefined;
  const filter = (key: string) => root.querySelectorAll(`[data-pagefind-filter="${key}"]`).map((e) => e.textContent.trim());
  // Read before searchableText removes what is not for search, filters included.
  const nynorsk = filter('sprak').includes('Nynorsk');
  const places = filter('kommune');
  const themes = filter('tema');
  const types = filter('type');
  const topic = types.some((type) => topicTypes.has(type)) ? body.querySelector('h1')?.textContent.trim() : undefined;
  const filedPlaces = types.some((type) => placeFilterOnlyTypes.has(type)) ? [] : places;
  const longWords = [...new Set(longWordsOf(body))];
  const heading = body.querySelector('h1')?.textContent;
  const title = root.querySelector('title')?.textContent;
  const text = searchableText(body);
  return {
    words: [...new Set(words(text))],
    synonyms: synonymsIn(text),
    counts: countForms(text),
    formulas: formulasIn(text),
    sections: [...sectionsIn(text), ...numberedIn(text), ...poolsIn(text)],
    nynorsk,
    places,
    topic: topic && plainText(topic),
    // «nynorsk» finds the pages in nynorsk (it was corrected to «norsk»: the word is on no page, only in the filter).
    facets: [...themes, ...filedPlaces, ...(nynorsk ? ['Nynorsk'] : [])].map(plainText),
    longWords,
    shortWords: shortCapitalisedWords(text),
    shortForms: shortForms(text),
    heading: heading && plainText(heading).trim(),
    title: title && withoutSiteName(plainText(title)),
  };
}

/**
 * `make`'s text from the build cache where the same `key` was made before
 * with the same code and packages (a rebuild after one edit leaves most pages
 * as they were); without a code version, made every time.
 */
async function cachedText(kind: string, key: readonly KeyPart[], make: () => string): Promise<string> {
  const version = sourceCodeVersion();
  if (version === null) return make();
  return (await cachedFile(kind, [version, ...key], async () => Buffer.from(make()))).toString('utf8');
}

async function readPages(site: string): Promise<Page[]> {
  const files = (await readdir(site, { recursive: true })).filter((f) => f.endsWith('.html'));
  const pages: Page[] = [];
  const shared = new Map<string, string>();
  const intern = (word: string) => shared.get(word) ?? (shared.set(word, word), word);
  for (const file of files) {
    const built = await readFile(join(site, file), 'utf8');
    const html = withoutSoftHyphens(built);
    const facts = JSON.parse(await cachedText('search-page-facts', [html], () => JSON.stringify(pageFacts(html) ?? null))) as PageFacts | null;
    if (!facts) continue;
    const heading = facts.heading && built !== html ? await cachedText('search-page-heading', [built], () => hyphenatedHeading(built) ?? '') : facts.heading;
    pages.push({
      ...facts,
      words: facts.words.map(intern),
      longWords: facts.longWords.map(intern),
      shortForms: facts.shortForms.map(intern),
      file: join(site, file),
      sourcePath: file.split(sep).join('/'),
      hyphenatedHeading: heading || undefined,
    });
  }
  return pages;
}

/**
 * A node's text as Pagefind keeps it, without what is not for search and without a chart's SVG, which Pagefind does
 * not index: a block ending «NIBR.» before an ignored footnote reference got a second full stop, and the excerpt read
 * «NIBR..»; a small chart's panel, «Notodden.» above its chart, «Notodden. .» (fresh eyes).
 */
function keptText(node: Node): string {
  if (node instanceof TextNode) return node.textContent;
  return leftOut(node) || (node instanceof HTMLElement && node.tagName?.toLowerCase() === 'svg') ? '' : node.childNodes.map(keptText).join('');
}

/**
 * Pages of many parts, each under a heading of its own, whose result links to the part where the words were found
 * (Pagefind's sub-results, scripts/search.ts): /tall/ holds ten tables, and a hit landed at its top, the table a
 * long scroll away (fresh eyes).
 */
export const pagesWithParts: ReadonlySet<string> = new Set(['tall/index.html']);

/**
 * Cleans the body in place: whole words, compounds split, separated labels, blocks ended, no source codes. `parts`:
 * the page is one of `pagesWithParts`, whose headings keep their ids.
 */
export function cleanForIndex(node: Node, vocabulary: ReadonlySet<string>, parts = false) {
  if (node instanceof TextNode) {
    node.rawText = splitCompounds(indexedText(node), vocabulary);
    return;
  }
  if (!(node instanceof HTMLElement) || leftOut(node)) return;
  const tag = node.tagName?.toLowerCase() ?? '';
  // Elsewhere the results show no part of a page: an element's id only put the page's headings into the fragment of
  // every result a search downloads («anchors», about 0.5 KB of text a page). Pagefind makes parts of headings only,
  // and not of a list of the page's parts: a result is named by its part's heading, and «Tabellene på siden» is none.
  if (!(parts && /^h[2-6]$/.test(tag) && !node.closest('nav'))) node.removeAttribute('id');
  if (tag === 'wbr') return node.remove();
  for (const child of [...node.childNodes]) cleanForIndex(child, vocabulary, parts);
  const text = keptText(node).trim();
  if (labels.has(tag) && text && !/[:.?!]$/.test(text)) node.appendChild(new TextNode(': ', node));
  else if (blocks.has(tag) || node.classList?.contains('value'))
    node.appendChild(new TextNode(text && !endsWithMark.test(text) && !pagefindValue(node) ? '. ' : ' ', node));
}

/** The page as Pagefind should read it. */
function forIndex(
  page: Page,
  html: string,
  vocabulary: ReadonlySet<string>,
  languageForms: (page: Page, to: 'nb' | 'nn') => string[],
  title: string | undefined,
  names: string[],
): string {
  const root = parse(html);
  const body = root.querySelector('[data-pagefind-body]');
  if (!body) return html;
  if (headingOnly.has(page.sourcePath))
    for (const child of body.childNodes)
      if (child instanceof HTMLElement && !child.matches('h1, .ingress, [data-pagefind-ignore]')) child.setAttribute('data-pagefind-ignore', '');
  // Source lines and footnotes: no text for an excerpt, but words to find the page by (references.ts), each once
  // (every result a search shows downloads its page's metadata: tests/budgets.spec.ts).
  ignoreHidden(body);
  const references = referenceWords(takeReferences(body));
  indexKeyFigurePeriods(body);
  indexKeyFigureLabels(body);
  indexTableRows(body);
  indexTableTitles(body);
  cleanForIndex(body, vocabulary, pagesWithParts.has(page.sourcePath));
  // The result's title: the heading (Pagefind's title otherwise) marked where the page's own heading breaks, not at
  // the compound joints the copy split it at (segment-joiner.ts), or another title where the heading is not enough.
  const heading = body.querySelector('h1')?.textContent.trim();
  const shown = title ?? (heading && page.hyphenatedHeading ? withBreaksOf(heading, page.hyphenatedHeading) : undefined);
  const meta: Record<string, string[]> = {
    emne: [...(page.topic ? [page.topic] : []), ...(hubTopics[page.sourcePath] ?? [])],
    fasett: page.facets,
    stikkord: [...page.synonyms, ...(page.counts ?? []), ...(page.formulas ?? []), ...(page.sections ?? []), ...references],
    // Bokmål forms of a nynorsk page's words; nynorsk queries are read as bokmål by the search page.
    ordformer: page.nynorsk ? languageForms(page, 'nb') : [],
    // The result's title, where the heading is another page's too (result-titles.ts).
    title: shown && shown !== heading ? [shown] : [],
  };
  const spans = Object.entries(meta)
    .filter(([, values]) => values.length > 0)
    .map(([key, values]) => `<span data-pagefind-meta="${key}">${escapeMarkup(values.join(' '))}</span>`);
  // The short municipality names the page has as words, or is filed under, and its abbreviations: the search page shows these pages, not every word beginning with the name.
  spans.push(...names.map((name) => `<span data-pagefind-filter="${wholeNameFilter}">${escapeMarkup(name)}</span>`));
  if (spans.length) body.insertAdjacentHTML('beforeend', `<div hidden data-pagefind-ignore="index">${spans.join('')}</div>`);
  return root.toString();
}

export async function indexSite(site: string): Promise<{ pages: number }> {
  const pages = await readPages(site);
  const pageWords = pages.map((p) => p.words);
  const vocabulary = vocabularyOf(pageWords);
  const dictionaries = loadDictionaries();
  const knownForms = new Map<string, string[]>();
  const formsOf = (word: string, to: 'nb' | 'nn') => {
    const key = `${to}:${word}`;
    if (!knownForms.has(key)) knownForms.set(key, otherForms(word, to, dictionaries));
    return knownForms.get(key) ?? [];
  };
  const languageForms = (page: Page, to: 'nb' | 'nn') => [...new Set(page.words.flatMap((word) => formsOf(word, to)))];
  // One index for bokmål and nynorsk pages alike, so one search finds both.
  const { index, errors } = await pagefind.createIndex({ forceLanguage: 'nb' });
  if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
  try {
    const titles = distinctTitles(pages);
    const shortNamesOf = (page: Page) => page.places.map(shortNameOf).filter((name) => name !== undefined);
    const shortNames = new Set(pages.flatMap(shortNamesOf));
    const parts = pages.flatMap((page) => page.longWords.flatMap((word) => compoundSegments(word, vocabulary) ?? []));
    const abbreviations = beginningOthers(abbreviationsOf(pages.map((page) => page.shortForms)), [...vocabulary, ...pageWords.flat(), ...parts]);
    // The short municipality names and the abbreviations the page has as words: a search for one shows these pages (place-name.ts).
    const namesOf = (page: Page) => [
      ...[...new Set([...shortNamesOf(page), ...page.shortWords])].filter((word) => shortNames.has(word)),
      ...abbreviationsIn(page.shortForms, page.synonyms, abbreviations),
    ];
    for (const [at, page] of pages.entries()) {
      const html = await readBuiltPage(page.file);
      // The copy depends on the site's other pages only through how its long words split: that is its key, not the whole vocabulary.
      const splits = page.longWords.map((word) => [word, compoundSegments(word, vocabulary)?.join('|') ?? '']);
      const names = namesOf(page);
      const content = await cachedText('search-index-copies', [page.sourcePath, html, splits, titles[at] ?? '', page.hyphenatedHeading ?? '', names], () =>
        forIndex(page, html, vocabulary, languageForms, titles[at], names),
      );
      const added = await index.addHTMLFile({ sourcePath: page.sourcePath, content });
      if (added.errors.length > 0) throw new Error(`Pagefind could not index ${page.sourcePath}: ${added.errors.join('; ')}`);
    }
    const written = await index.writeFiles({ outputPath: join(site, 'pagefind') });
    if (written.errors.length > 0) throw new Error(`Pagefind could not write its index: ${written.errors.join('; ')}`);
  } finally {
    await pagefind.close();
  }
  // The word lists the search page corrects misspelt words against, and reads nynorsk words as bokmål with.
  // A page's facets are searched too (the «fasett» metadata), so their words count as words of the site, and so do
  // its synonyms' («stikkord»): «hjemmesykepleie», no page's word, finds five pages, and «heimesjukepleie» read as its
  // parts was searched as «hjemme syke pleie», not as that word, which the lists lacked (fresh eyes).
  const lists = wordLists(pages.map((p) => [...p.words, ...words([...p.facets, ...p.synonyms].join(' '))]), pages.flatMap((p) => p.places));
  const nynorsk = nynorskToBokmal(
    pages.filter((p) => !p.nynorsk).map((p) => p.words.map((word) => [word, formsOf(word, 'nn')] as [string, string[]])),
  );
  const ends = wordEnds(lists);
  // Names a query typed in lower case may be («tonsberg»: Tønsberg), for saying that no participant has it (proper-names.ts).
  const names = properNames(dictionaryText('dictionary-nb'));
  // The long words hyphenated at every point, for the search page's status line, a narrow room at 200 % text (long-words.ts).
  const hyphenated = hyphenatedLists(Object.values(lists).flatMap((list) => Object.keys(list)), (word) => hyphenateText(word, 'nb', 'cell'));
  await mkdir(join(site, 'pagefind', 'ord'), { recursive: true });
  // Every letter's list, empty ones too: the search page asks for the list of each query word's first letter,
  // and a missing one is a 404 in the console («čđŋ» asked for nn-c.json).
  for (const chunk of 'abcdefghijklmnopqrstuvwxyz') {
    await writeFile(join(site, 'pagefind', 'ord', `${chunk}.json`), JSON.stringify(lists[chunk] ?? {}));
    await writeFile(join(site, 'pagefind', 'ord', `nn-${chunk}.json`), JSON.stringify(nynorsk[chunk] ?? {}));
    await writeFile(join(site, 'pagefind', 'ord', `slutt-${chunk}.json`), JSON.stringify(ends[chunk] ?? []));
    await writeFile(join(site, 'pagefind', 'ord', `navn-${chunk}.json`), JSON.stringify(names[chunk] ?? []));
    await writeFile(join(site, 'pagefind', 'ord', `deling-${chunk}.json`), JSON.stringify(hyphenated[chunk] ?? []));
  }
  return { pages: pages.length };
}
