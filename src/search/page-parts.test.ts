import { expect, it } from 'vitest';
import type { Part } from './best-part.ts';
import { numberParts } from './number-excerpt.ts';
import { otherParts, tableNamed, tablesUnder } from './page-parts.ts';
import { numberPattern } from './query.ts';

const part = (url: string, scores: number[]): Part => ({ url, title: url, excerpt: url, weighted_locations: scores.map((balanced_score) => ({ balanced_score })) });

// Fresh eyes (a journalist): «Tabell 4.6» went to Vedlegg 6, whose rows each say «startkvartal fra tabell 4.6».
it('leaves the parts besides the best one with the words to offer under the result, in order, without the page’s top', () => {
  const named = (url: string, title: string, scores: number[]): Part => ({ ...part(url, scores), title });
  const vedlegg = named('/tall/#innsatskommuner-sykefravaer-tittel', 'Vedlegg 6: Syke\u2060-fravær i Innsatskommunene', [512, 512, 512, 512, 512, 512]);
  const tabell = named('/tall/#sykefravaer-utvikling-tittel', 'Tabell 4.6: Utviklingen i sykefraværet', [9474]);
  const top = part('/tall/', [512]);
  const kurs = part('/tall/#kursdeltakelse-tittel', [512]);
  expect(otherParts([top, kurs, vedlegg, tabell], 'Tabell 4.6').map((p) => p.url)).toEqual(['/tall/#innsatskommuner-sykefravaer-tittel', '/tall/#kursdeltakelse-tittel']);
  expect(otherParts([part('/tall/', [512, 512, 512, 512, 512, 512, 512]), kurs])).toEqual([]);
  expect(otherParts(undefined)).toEqual([]);
});

// Fresh eyes: «vedlegg 6» offered four more tables under Vedlegg 6, each with a «6» only.
it('offers only the other parts whose text has every word of the query, given the page', () => {
  const content = 'Tall og tabeller. Kurs for deltakerne. Kurs 6. Vedlegg 6: Sykefravær. Notodden: 6 %. Tabell 4.6: Utviklingen. Se vedlegg 6.';
  const anchors = [
    { id: 'kurs', text: 'Kurs for deltakerne', location: 3 },
    { id: 'vedlegg', text: 'Vedlegg 6: Sykefravær', location: 7 },
    { id: 'utvikling', text: 'Tabell 4.6: Utviklingen', location: 12 },
  ];
  const parts = [part('/tall/#kurs', [512, 512]), { ...part('/tall/#vedlegg', [9474]), title: 'Vedlegg 6: Sykefravær' }, part('/tall/#utvikling', [512])];
  expect(otherParts(parts, 'vedlegg 6', { url: '/tall/', content, anchors }).map((p) => p.url)).toEqual(['/tall/#utvikling']);
  expect(otherParts(parts, 'vedlegg 6').map((p) => p.url)).toEqual(['/tall/#kurs', '/tall/#utvikling']);
});

// Fresh eyes (a journalist): «10,2», in Tabell 4.6 and in Vedlegg 6, showed one of them only.
it('offers the other table with a figure, the one the result links to (the small table, number-excerpt.test.ts) left out', () => {
  const content = 'Tall og tabeller. Vedlegg 6: Sykefravær. Notodden: 13,9 %. Vaksdal: 10,2 %. Tana: 11,4 %. Tabell 4.6: Utviklingen. I programmet: 10,2 %.';
  const anchors = [
    { id: 'innsatskommuner', text: 'Vedlegg 6: Sykefravær', location: 3 },
    { id: 'utvikling', text: 'Tabell 4.6: Utviklingen', location: 15 },
  ];
  const parts = numberParts({ url: '/tall/', content, anchors }, numberPattern('10,2')!);
  expect(parts.map((p) => p.url).sort()).toEqual(['/tall/#innsatskommuner', '/tall/#utvikling']);
  expect(otherParts(parts).map((p) => p.url)).toEqual(['/tall/#innsatskommuner']);
});

/** /tall/ as the index has it, in short: its tables' titles, and their texts with the references the page has. */
const tall = {
  url: '/tall/',
  content:
    'Tall og tabeller. Tabell 4.6: Utviklingen. Alle kommuner 6 %. Tabell 4.1: Typer prosjekter. Barnehager. Vedlegg 6: Syke\u2060-fravær. Vaksdal 9,2 % (startkvartal fra tabell 4.6). Deltakere på konferansene. Rundt 900 deltok; vedlegg 2 oppgir Gardermoen. Oslo: 6 steder. Tabell 4.8: Tiltak. Ledelse.',
  anchors: [
    { id: 'utvikling', text: 'Tabell 4.6: Utviklingen', location: 3 },
    { id: 'typer', text: 'Tabell 4.1: Typer prosjekter', location: 10 },
    { id: 'innsats', text: 'Vedlegg 6: Syke\u2060-fravær', location: 15 },
    { id: 'konferanser', text: 'Deltakere på konferansene', location: 25 },
    { id: 'tiltak', text: 'Tabell 4.8: Tiltak', location: 38 },
  ],
};
const sub = (id: string, title: string): Part => ({ url: `/tall/#${id}`, title, excerpt: '', weighted_locations: [{ balanced_score: 1 }] });

// Fresh eyes (a journalist): «vedlegg 6» offered «Deltakere på programmets konferanser», which has «vedlegg 2» and a «6».
it('offers for a table named by its number only the parts that are it or cite it, its number whole', () => {
  const parts = [sub('innsats', 'Vedlegg 6: Syke\u2060-fravær'), sub('konferanser', 'Deltakere på konferansene'), sub('utvikling', 'Tabell 4.6: Utviklingen')];
  expect(otherParts(parts, 'vedlegg 6', tall).map((p) => p.url)).toEqual([]);
  // Vedlegg 6 cites tabell 4.6 in its rows: offered under Tabell 4.6.
  expect(otherParts(parts, 'Tabell 4.6', tall).map((p) => p.url)).toEqual(['/tall/#innsats']);
  expect(tableNamed('Tabell 4.6')).toEqual({ word: 'tabell', number: '4.6' });
  expect(tableNamed('sykefravær vedlegg 6')).toEqual({ word: 'vedlegg', number: '6' });
  expect(tableNamed('tabell')).toBeUndefined();
});

// Fresh eyes (a journalist): «tabell 4» listed 24 hits led by Tabell 4.6, and nothing said that no table is Tabell 4.
it('says that no table has a number the tables are numbered under, and offers those in the order of their numbers', () => {
  expect(tablesUnder('tabell 4', tall)).toEqual({
    said: 'Ingen tabell har nummer 4. Disse har nummer 4.x: ',
    tables: [
      { url: '/tall/#typer', title: 'Tabell 4.1: Typer prosjekter' },
      { url: '/tall/#utvikling', title: 'Tabell 4.6: Utviklingen' },
      { url: '/tall/#tiltak', title: 'Tabell 4.8: Tiltak' },
    ],
  });
  // A table the page has, a number with no table under it, and no table named: nothing to say.
  for (const query of ['tabell 4.6', 'vedlegg 6', 'tabell 5', 'sykefravær', 'tabell 41']) expect(tablesUnder(query, tall), query).toBeUndefined();
});
