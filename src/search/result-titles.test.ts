import { describe, expect, it } from 'vitest';
import { parse, type HTMLElement } from 'node-html-parser';
import { contentTypes } from '../lib/search-fields.ts';
import { distinctTitles, indexTableTitles, namesTable, tableTitle, tablesType, withoutSiteName } from './result-titles.ts';

// /sykefravaer/ and /sykefravaer/saertrykk/ were both «Ti punkter for et redusert sykefravær» in the results.
it('names a page whose heading another page has by its own document title', () => {
  const heading = 'Ti punkter for et redusert sykefravær';
  expect(
    distinctTitles([
      { heading, title: heading },
      { heading, title: `Særtrykk: ${heading}` },
      { heading: 'Ås', title: 'Ås' },
      { heading: 'Bømlo', title: 'Bømlo kommune' },
    ]),
  ).toEqual([undefined, `Særtrykk: ${heading}`, undefined, undefined]);
});

it('takes the site name off a document title', () => {
  expect(withoutSiteName('Særtrykk: Ti punkter for et redusert sykefravær – Kompetansebanken')).toBe('Særtrykk: Ti punkter for et redusert sykefravær');
  expect(withoutSiteName('Pleie – og omsorg – Kompetansebanken')).toBe('Pleie – og omsorg');
});

// Fresh eyes: a result linking to one table of /tall/ was titled «Tall og tabeller».
it('names a figure table by the number its caption gives it and its heading', () => {
  expect(tableTitle('Utviklingen i sykefraværet', 'Tabell 4.6 i sluttrapporten: gjennomsnittlig sykefravær … Prosent.')).toBe('Tabell 4.6: Utviklingen i sykefraværet');
  expect(tableTitle('Sykefravær i Innsatskommunene', 'Vedlegg 6 i sluttrapporten: egenmeldt og legemeldt sykefravær.')).toBe('Vedlegg 6: Sykefravær i Innsatskommunene');
  expect(tableTitle('Deltakere på programmets konferanser', 'Hvor mange som deltok på konferansene i 2010. Antall.')).toBe('Deltakere på programmets konferanser');
  expect(tableTitle('Tabellen', 'Tabell 4.6.')).toBe('Tabell 4.6: Tabellen');
});

it("gives each figure table's heading in the index copy its title, and no other heading", () => {
  const body = parse(
    '<main><nav><h2 id="tabeller-tittel">Tabellene på siden</h2></nav><section class="figure-table"><h2 id="t-tittel">Utviklingen i sykefraværet &amp; mer</h2>' +
      '<p class="caption">Tabell 4.6 i sluttrapporten: sykefravær. Prosent.</p></section></main>',
  ).querySelector('main') as HTMLElement;
  indexTableTitles(body);
  expect(body.querySelectorAll('h2').map((h) => h.textContent)).toEqual(['Tabellene på siden', 'Tabell 4.6: Utviklingen i sykefraværet & mer']);
});

// Fresh eyes: «vedlegg 6» had the table at hit 115 of 125, beyond the results whose titles were looked at.
describe('namesTable', () => {
  it('is a query with a table’s number after its word, in any case', () => {
    expect(['vedlegg 6', 'Tabell 4.6', 'sykefravær tabell 4,6', 'FIGUR 2'].map(namesTable)).toEqual([true, true, true, true]);
    expect(['tabell', 'vedlegg', 'tabeller 4', 'sluttrapportens vedlegg', 'Kvalitetstabell 4'].map(namesTable)).toEqual([false, false, false, false, false]);
  });

  it('names the content type the page of tables has', () => {
    expect(tablesType).toBe(contentTypes.figures);
  });
});
