// A section of a law typed into the search box («§ 2», «§2», «§§ 2-3», «paragraf 2») found every page with a «2»:
// Pagefind reads «§» as no word, so only the number was searched. A section is one term, «paragraf» and its number
// with a «z» after it, both in the index (a page's sections are search metadata, index-site.ts) and in the query
// (scripts/search.ts, which loads this module only for a query with «§» or «paragraf»). The «z» ends the term, so
// «§ 2» does not find «§ 20» or «§ 2-3» as Pagefind finds the words a term begins (as formulas.ts glues a formula).
//
// A table, an appendix or a figure by its number («vedlegg 2», «Tabell 4.6», «figur 3») is such a term too,
// «vedlegg2z», «tabell4x6z»: Pagefind read a number of one digit as the start of any number, and «vedlegg 2» found
// 146 pages, the municipalities' pages with «vedlegg 8» among them.
import { findsNothing, parseQuery, type ParsedQuery } from './query.ts';
import { tableWords } from './result-titles.ts';
import { takePools } from './pools.ts';

/** A section's number: «13.10», «2-3», «4 a». */
const number = String.raw`\d+(?:\s*[.\-–]\s*\d+)*(?:\s?[a-h](?![\p{L}\p{N}]))?`;

/**
 * A section sign (one, or two for «§§ 2-3») or the word, then the number, or a list of numbers ending in «og» or
 * «eller»: «§ 2 og 3», «§ 2, 3 og 5», «§ 2 eller 3» are each of those sections (only the first had been read).
 */
const section = new RegExp(
  String.raw`(?:§§?\s*|(?<![\p{L}\p{N}])paragraf(?:en|er|ene)?\s+)((?:${number}(?:\s*,\s*${number})*\s+(?:og|eller)\s+)?${number})(?![\p{N}]|[.,\-–]\d)`,
  'giu',
);

/** A table, an appendix or a figure and its number, in any case and form («Tabellen 4.6», «vedlegg 2»). */
const numbered = new RegExp(String.raw`(?<![\p{L}\p{N}])(${tableWords})(?:en|er|ene)?\s+(\d+(?:\.\d+)*)(?![\p{L}\p{N}]|[.,]\d)`, 'giu');

/** A numbered table's term: «Tabell 4.6» → «tabell4x6z», as a section's (sectionTerm). */
const numberedTerm = (word: string, number: string): string => `${word.toLowerCase()}${number.replace(/\./g, 'x')}z`;

/** The terms of the tables, appendices and figures a text names by number, a sub-number under its main number too: «Tabell 4.6» → «tabell4x6z», «tabell4z». */
export function numberedIn(text: string): string[] {
  return [...new Set([...text.matchAll(numbered)].flatMap(({ 1: word = '', 2: number = '' }) => [numberedTerm(word, number), ...(number.includes('.') ? [numberedTerm(word, number.split('.')[0]!)] : [])]))];
}

/** The numbers of a list as written: «2, 3 og 5» → «2», «3», «5». */
const numbersOf = (list: string): string[] => list.split(/\s*,\s*|\s+(?:og|eller)\s+/iu);

/** A section's number as written, spaces left out: «13 . 10» → «13.10», «4 a» → «4a», «2–3» → «2-3». */
const numberOf = (written: string): string => written.replace(/\s+/g, '').replace(/–/g, '-').toLocaleLowerCase('nb');

/** A section as the index and Pagefind have it: «§ 13.10» → «paragraf13x10z» (letters and digits only: Pagefind keeps those). */
export const sectionTerm = (number: string): string => `paragraf${numberOf(number).replace(/[.-]/g, 'x')}z`;

/**
 * The terms of the sections a text has, each once, a section with a sub-number under its main number too: «… jf.
 * § 2-3 og § 13.10 …» → «paragraf2x3z», «paragraf2z», «paragraf13x10z», «paragraf13z» (fresh eyes: «§ 13» found
 * nothing where «§ 13.10» stands).
 */
export function sectionsIn(text: string): string[] {
  return [
    ...new Set(
      [...text.matchAll(section)].flatMap(({ 1: written = '' }) =>
        numbersOf(written).flatMap((number) => {
          const main = /^\d+(?=\s*[.\-–]\s*\d)/.exec(number)?.[0];
          return [sectionTerm(number), ...(main ? [sectionTerm(main)] : [])];
        }),
      ),
    ),
  ];
}

/** Between «§» and its number in what the page says it searched for: a no-break space, so the phrase is one word to the query's parts. */
const noBreak = '\u00a0';

/**
 * The query's sections as phrases to search exactly («§ 2», whatever way typed), and the rest of it: «paragraf 2
 * arbeidsmiljøloven» → «§ 2» and « arbeidsmiljøloven».
 */
export function takeSections(query: string): { sections: string[]; rest: string } {
  const sections: string[] = [];
  const rest = query
    .replace(section, (_, list: string) => {
      for (const number of numbersOf(list)) sections.push(`§${noBreak}${numberOf(number)}`);
      return ' ';
    })
    // A table's, an appendix's or a figure's word and number, as one phrase, as typed: «Tabell 4.6».
    .replace(numbered, (_, word: string, number: string) => {
      sections.push(`${word}${noBreak}${number}`);
      return ' ';
    });
  // A pool by number, in digits however typed: «pulje II» → «Pulje 2» (pools.ts).
  const pools = takePools(rest, noBreak);
  return { sections: [...new Set([...sections, ...pools.pools])], rest: pools.rest };
}

/** A section as `takeSections` gives it («§ 2»), in what Pagefind is asked, quoted as a phrase (query.ts): «"§ 2"». */
const sectionPhrase = new RegExp(`"(§|${tableWords}|Pulje)${noBreak}([^"\\s]+)"`, 'giu');
/** A phrase's term: a section's, or a table's (numberedTerm). */
const termOf = (phrase: string): string => {
  const [word = '', number = ''] = phrase.split(noBreak);
  return word === '§' ? sectionTerm(number) : numberedTerm(word, number);
};

/** The sections of the queries so far that no page cites («§ 2»: Pagefind would search the others alone, or a word beginning like it). */
const onNoPage = new Set<string>();

/**
 * The Pagefind query with each section's phrase as its term: «"§ 2" lov» → «paragraf2z lov»; `findsNothing` if a
 * section is on no page (`parseWithSections` found out): Pagefind leaves a term it has no word for out of the query.
 */
export function withSectionTerms(term: string): string {
  const phrases = [...term.matchAll(sectionPhrase)].map((found) => `${found[1]}${noBreak}${found[2]}`);
  if (phrases.some((phrase) => onNoPage.has(phrase))) return findsNothing;
  // A table's words are searched beside its term, which only its pages have: its hits mark them, and its place on /tall/.
  // A pool's word only: a page with «Pulje II» need have no word that begins with «2».
  return term.replace(sectionPhrase, (_, word: string, number: string) => `${termOf(`${word}${noBreak}${number}`)}${word === '§' ? '' : word.toLowerCase() === 'pulje' ? ` ${word}` : ` ${word} ${number}`}`);
}

/** Whether a page has the term: asked as a phrase, which Pagefind never answers with words that only begin like it. */
type PagesHave = (term: string) => Promise<boolean>;

/** Asks the search page's Pagefind, loaded and set up by then (scripts/search.ts). */
const pagefindHas: PagesHave = async (term) => {
  const pagefind = await import(/* @vite-ignore */ `${location.origin}/pagefind/pagefind.js`);
  return ((await pagefind.search(`"${term}"`))?.results.length ?? 0) > 0;
};

/**
 * The query parsed (query.ts) with its sections taken out first, as phrases: «§§ 2-3 lov» → exact «§ 2-3», words
 * «lov»; a section no page cites is noted, so that the query finds nothing (`withSectionTerms`).
 */
export async function parseWithSections(query: string, pagesHave: PagesHave = pagefindHas): Promise<ParsedQuery> {
  const { sections, rest } = takeSections(query);
  await Promise.all(
    sections.map(async (section) => {
      if (!(await pagesHave(termOf(section)))) onNoPage.add(section);
    }),
  );
  const parsed = parseQuery(rest);
  return { ...parsed, exact: [...sections, ...parsed.exact] };
}
