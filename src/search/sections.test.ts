import { expect, it } from 'vitest';
import { findsNothing, pagefindQuery, parseQuery, shownQuery } from './query.ts';
import { numberedIn, parseWithSections, sectionsIn, sectionTerm, takeSections, withSectionTerms } from './sections.ts';

// Fresh eyes: «§ 2» searched «2» (Pagefind reads «§» as no word) and listed every page with a 2.
it('finds the sections of laws a page cites, each as one term that no other section begins', () => {
  // A section with a sub-number is filed under its main number too (fresh eyes: «§ 13» found nothing where «§ 13.10» stands).
  expect(sectionsIn('Gr.skolelovens § 13.10')).toEqual(['paragraf13x10z', 'paragraf13z']);
  expect(sectionsIn('jf. arbeidsmiljøloven §§ 2-3 og § 4 a, og § 2–3 igjen; paragraf 7 i loven')).toEqual(['paragraf2x3z', 'paragraf2z', 'paragraf4az', 'paragraf7z']);
  expect(sectionsIn('§ 13 . 10')).toEqual(['paragraf13x10z', 'paragraf13z']);
  expect(sectionsIn('§2 av loven, § 20')).toEqual(['paragraf2z', 'paragraf20z']);
  // A term never begins another: «§ 2» does not find «§ 20», «§ 2-3» or «§ 2a» as a start of their terms.
  for (const other of ['20', '2-3', '2a', '2.1']) expect(sectionTerm(other).startsWith(sectionTerm('2')), other).toBe(false);
  // Not a section: a number with no sign, «paragrafen» with no number, a word that ends in «paragraf».
  expect(sectionsIn('I 2009 endret 2 kommuner paragrafen. Lovparagraf 3 og kapittel 2')).toEqual([]);
});

/** The sections pages cite, as Pagefind would answer. */
const cited = async (term: string) => sectionsIn('§ 2, § 2-3 og § 13.10').includes(term);

it('reads a section in the query however it is typed, as one phrase the page names as «§ 2»', async () => {
  for (const typed of ['§ 2', '§2', '§§ 2', 'paragraf 2', 'Paragrafen 2', '  §  2 ']) {
    const { sections, rest } = takeSections(typed);
    expect(sections, typed).toEqual(['§\u00a02']);
    expect(rest.trim(), typed).toBe('');
  }
  expect(takeSections('§§ 2-3').sections).toEqual(['§\u00a02-3']);
  expect(takeSections('skoleloven § 13.10').sections).toEqual(['§\u00a013.10']);
  const parsed = await parseWithSections('arbeidsmiljøloven § 2-3 og medvirkning', cited);
  expect(parsed).toEqual({ exact: ['§\u00a02-3'], words: ['arbeidsmiljøloven', 'medvirkning'], dropped: ['og'] });
  expect(shownQuery(parsed)).toBe('"§\u00a02-3" arbeidsmiljøloven medvirkning');
});

// A review: «§§ 2-3» worked, but «§ 2 og 3» searched § 2 and a «3».
it('reads each section of a list ending in «og» or «eller», in the query and on a page', async () => {
  expect(takeSections('§ 2 og 3').sections).toEqual(['§\u00a02', '§\u00a03']);
  expect(takeSections('§ 2, 3 og 5').sections).toEqual(['§\u00a02', '§\u00a03', '§\u00a05']);
  expect(takeSections('§ 2 eller 3').sections).toEqual(['§\u00a02', '§\u00a03']);
  expect(takeSections('§§ 2-3 og 4 a').sections).toEqual(['§\u00a02-3', '§\u00a04a']);
  expect(takeSections('paragraf 13.10 Og 14').sections).toEqual(['§\u00a013.10', '§\u00a014']);
  expect(takeSections('§ 2 og 3').rest.trim()).toBe('');
  expect(sectionsIn('etter §§ 2, 3 og 5 i loven')).toEqual(['paragraf2z', 'paragraf3z', 'paragraf5z']);
  // Words after the section, and a list not ended by «og» or «eller», stay as they were.
  expect(takeSections('§ 2 og arbeidstid')).toEqual({ sections: ['§\u00a02'], rest: '  og arbeidstid' });
  expect(takeSections('§ 2, 3').sections).toEqual(['§\u00a02']);
  const asked = async (query: string) => withSectionTerms(pagefindQuery(await parseWithSections(query, cited)));
  expect(await asked('§ 2 og 2-3 lov')).toBe('paragraf2z paragraf2x3z lov');
});

it('asks Pagefind for the section\'s term, not its number', async () => {
  const asked = async (query: string) => withSectionTerms(pagefindQuery(await parseWithSections(query, cited)));
  expect(await asked('§ 2')).toBe('paragraf2z');
  expect(await asked('paragraf 13.10 skoleloven')).toBe('paragraf13x10z skoleloven');
  // The main number of a section with a sub-number finds it.
  expect(await asked('§ 13')).toBe('paragraf13z');
  expect(await asked('«§ 2-3» "uønsket deltid"')).toBe('paragraf2x3z "uønsket deltid"');
  // A query with no section is asked as before.
  expect(withSectionTerms(pagefindQuery(parseQuery('2 kommuner')))).toBe(pagefindQuery(parseQuery('2 kommuner')));
});

// Pagefind leaves a term it has no word for out of a query of several («§ 7 lov» found every page with «lov»), and
// alone answers it with words that begin like it (a page with «paragrafer»).
it('finds nothing for a section no page cites, alone or with other words', async () => {
  const asked = async (query: string) => withSectionTerms(pagefindQuery(await parseWithSections(query, cited)));
  expect(await asked('§ 7')).toBe(findsNothing);
  expect(await asked('§ 7 lov')).toBe(findsNothing);
  expect(await asked('§ 2 lov')).toBe('paragraf2z lov');
});

// A previous round: «vedlegg 2» found 146 pages, «vedlegg 6» 125: Pagefind read the one digit as the start of any number.
it('reads a table, an appendix or a figure by its number as one term, in the page and in the query', async () => {
  expect(numberedIn('Se Vedlegg 6: Sykefravær, tabellen 4.6 og figur 3. Sluttrapportens vedlegg 8.')).toEqual(['vedlegg6z', 'tabell4x6z', 'tabell4z', 'figur3z', 'vedlegg8z']);
  // Not a number that goes on, nor a word that ends in one of them.
  expect(numberedIn('vedlegg 2a, vedlegg 2,5, lønnstabell 3')).toEqual([]);
  expect(takeSections('Vedlegg 2 sykefravær').sections).toEqual(['Vedlegg\u00a02']);
  const pages = async (term: string) => numberedIn('vedlegg 2 og tabell 4.6').includes(term);
  const parsed = await parseWithSections('vedlegg 2', pages);
  expect(parsed.exact).toEqual(['vedlegg\u00a02']);
  // Searched with its term, which «vedlegg 20» does not begin, beside its words for the excerpt; a table no page names finds nothing.
  expect(withSectionTerms(pagefindQuery(parsed))).toBe('vedlegg2z vedlegg 2');
  expect(withSectionTerms(pagefindQuery(await parseWithSections('Tabell 4.6', pages)))).toBe('tabell4x6z Tabell 4.6');
  expect(withSectionTerms(pagefindQuery(await parseWithSections('figur 9', pages)))).toBe(findsNothing);
});

// «pulje 2» did not find «Pulje II» (pools.ts): a pool is one term, as a table by number is.
it('a pool typed in digits or Roman numerals is its one term, beside its word', async () => {
  const cited = async (term: string) => ['pulje2z'].includes(term);
  const asked = async (query: string) => withSectionTerms(pagefindQuery(await parseWithSections(query, cited)));
  expect(await asked('pulje 2')).toBe('pulje2z pulje');
  expect(await asked('Pulje II')).toBe('pulje2z pulje');
  expect(await asked('pulje 2 sykefravær')).toBe('pulje2z pulje sykefravær');
  expect(await asked('pulje 9')).toBe(findsNothing);
});
