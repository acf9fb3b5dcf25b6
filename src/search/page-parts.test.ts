import { expect, it } from 'vitest';
import type { Part } from './best-part.ts';
import { numberParts } from './number-excerpt.ts';
import { otherParts } from './page-parts.ts';
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
