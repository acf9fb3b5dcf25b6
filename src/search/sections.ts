// A section of a law typed into the search box («§ 2», «§2», «§§ 2-3», «paragraf 2») found every page with a «2»:
// Pagefind reads «§» as no word, so only the number was searched. A section is one term, «paragraf» and its number
// with a «z» after it, both in the index (a page's sections are search metadata, index-site.ts) and in the query
// (scripts/search.ts, which loads this module only for a query with «§» or «paragraf»). The «z» ends the term, so
// «§ 2» does not find «§ 20» or «§ 2-3» as Pagefind finds the words a term begins (as formulas.ts glues a formula).
import { findsNothing, parseQuery, type ParsedQuery } from './query.ts';

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
  const rest = query.replace(section, (_, list: string) => {
    for (const number of numbersOf(list)) sections.push(`§${noBreak}${numberOf(number)}`);
    return ' ';
  });
  return { sections: [...new Set(sections)], rest };
}

/** A section as `takeSections` gives it («§ 2»), in what Pagefind is asked, quoted as a phrase (query.ts): «"§ 2"». */
const sectionPhrase = new RegExp(`"§${noBreak}([^"\\s]+)"`, 'gu');

/** The sections of the queries so far that no page cites («§ 2»: Pagefind would search the others alone, or a word beginning like it). */
const onNoPage = new Set<string>();

/**
 * The Pagefind query with each section's phrase as its term: «"§ 2" lov» → «paragraf2z lov»; `findsNothing` if a
 * section is on no page (`parseWithSections` found out): Pagefind leaves a term it has no word for out of the query.
 */
export function withSectionTerms(term: string): string {
  const numbers = [...term.matchAll(sectionPhrase)].map((found) => found[1] ?? '');
  if (numbers.some((number) => onNoPage.has(number))) return findsNothing;
  return term.replace(sectionPhrase, (_, number: string) => sectionTerm(number));
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
      const number = section.slice(2);
      if (!(await pagesHave(sectionTerm(number)))) onNoPage.add(number);
    }),
  );
  const parsed = parseQuery(rest);
  return { ...parsed, exact: [...sections, ...parsed.exact] };
}
