import { expect, it } from 'vitest';
import { hasWithUnit, numberExcerpt, numberPart, withNumbersMarked } from './number-excerpt.ts';
import { numberPattern } from './query.ts';

const tall =
  'Utviklingen i sykefraværet. Alle kommuner (95 % av alle kommuner). Kommuner utenfor programmet. Tana. 11,4. 10,4. 8,9. 9,5. 10,6. 10,6. Nord-Aurdal.';

// Fresh eyes (a journalist): «95 %» found /tall/, but its excerpt marked «9,5» in a table (Pagefind reads it as «95»).
it('marks the number where the page has it as written, not another Pagefind reads alike', () => {
  const pagefind = '11,4. 10,4. 8,9. <mark>9,5.</mark> 10,6. 10,6. Nord-Aurdal.';
  const excerpt = numberExcerpt(tall, pagefind, numberPattern('95\u00a0%')!);
  expect(excerpt).toContain('Alle kommuner (<mark>95</mark> % av alle kommuner)');
  expect(excerpt).not.toContain('<mark>9,5');
  // About 30 words, from the page's text, escaped.
  expect(excerpt.split(' ').length).toBeLessThanOrEqual(31);
  expect(numberExcerpt('A & B <i> 12,5 prosent', 'x', numberPattern('12,5')!)).toBe('A &amp; B &lt;i&gt; <mark>12,5</mark> prosent');
});

it('keeps Pagefind’s excerpt where it marks the number already, or the text lacks it', () => {
  const marked = 'sjeldnere enn i <mark>95</mark> prosent av tilfeldige serier';
  expect(numberExcerpt('… sjeldnere enn i 95 prosent av tilfeldige serier', marked, numberPattern('95')!)).toBe(marked);
  expect(numberExcerpt('9,5 og 950', '<mark>9,5</mark>', numberPattern('95')!)).toBe('<mark>9,5</mark>');
});

it('changes the excerpts only for a number', async () => {
  const results = [{ id: 'tall', data: async () => ({ excerpt: '<mark>9,5.</mark>', content: tall, url: '/tall/' }) }];
  expect(await withNumbersMarked(results, ['samarbeid med pårørende'])).toBe(results);
  const [marked] = await withNumbersMarked(results, ['samarbeid med pårørende', '95\u00a0%']);
  expect(marked?.id).toBe('tall');
  expect((await marked!.data()).excerpt).toContain('(<mark>95</mark> %');
  expect((await marked!.data()).url).toBe('/tall/');
});

// «95 %» linked to /tall/'s table with «9,5» (Pagefind's «95»), with that table's excerpt.
it('keeps a part of the page only where it has the number as written', async () => {
  const parts = [
    { url: '/tall/#innsatskommuner', title: 'Vedlegg 6', excerpt: 'Tana. 11,4. <mark>9,5.</mark> 10,6.', weighted_locations: [] },
    { url: '/tall/#utvikling', title: 'Tabell 4.6', excerpt: 'Alle kommuner (<mark>95</mark> % av alle kommuner)', weighted_locations: [] },
  ];
  const results = [{ id: 'tall', data: async () => ({ excerpt: '<mark>9,5.</mark>', content: tall, url: '/tall/', sub_results: parts }) }];
  const [marked] = await withNumbersMarked(results, ['95\u00a0%']);
  expect((await marked!.data()).sub_results?.map((part) => part.url)).toEqual(['/tall/#utvikling']);
});

// Fresh eyes: «95 %» went to /tall/'s top, for Pagefind listed only the table with «9,5», which was dropped.
it('links to the part that has the number as written where Pagefind lists none that has it', async () => {
  const content = 'Tall og tabeller. Tabellene. Tabell 4.6: Utviklingen i sykefraværet. Alle kommuner (95 % av alle kommuner). Vedlegg 6: Innsatskommunene. Tana: 9,5 %.';
  const anchors = [
    { element: 'h2', id: 'utvikling', text: 'Tabell 4.6: Utviklingen i syke\u2060-fraværet', location: 4 },
    { element: 'h2', id: 'innsatskommuner', text: 'Vedlegg 6: Innsatskommunene', location: 16 },
  ];
  const parts = [{ url: '/tall/#innsatskommuner', title: 'Vedlegg 6: Innsatskommunene', excerpt: 'Tana: <mark>9,5</mark> %.', weighted_locations: [{ balanced_score: 1 }] }];
  const results = [{ id: 'tall', data: async () => ({ excerpt: 'Tana: <mark>9,5</mark> %.', content, url: '/tall/', anchors, sub_results: parts }) }];
  const [marked] = await withNumbersMarked(results, ['95\u00a0%']);
  const [part, ...more] = (await marked!.data()).sub_results ?? [];
  expect(more).toEqual([]);
  expect(part?.url).toBe('/tall/#utvikling');
  expect(part?.title).toBe('Tabell 4.6: Utviklingen i syke\u2060-fraværet');
  expect(part?.excerpt).toContain('Alle kommuner (<mark>95</mark> % av alle kommuner)');
});

it("finds no part where the number stands before the first part's heading, or nowhere", () => {
  const anchors = [{ id: 'tabell', text: 'Tabell', location: 4 }];
  expect(numberPart({ url: '/tall/', content: 'Om de 95 kommunene. Tabell: 9,5.', anchors }, numberPattern('95')!, '')).toBeUndefined();
  expect(numberPart({ url: '/tall/', content: 'Tabell: 9,5.', anchors }, numberPattern('95')!, '')).toBeUndefined();
  expect(numberPart({ url: '/tall/', content: 'Om oss. Tabell: 95.', anchors: [{ id: 'tabell', text: 'Tabell', location: 2 }] }, numberPattern('95')!, 'x')?.url).toBe('/tall/#tabell');
});

// «20 %» listed «Med færre enn 20 punkter …» first, before the pages with «20 prosent».
it('puts the pages with the number and its unit, in any spelling, before those with the number alone', async () => {
  expect(hasWithUnit('kurven krysser i 95 prosent av seriene', '95\u00a0%')).toBe(true);
  expect(hasWithUnit('Alle kommuner (95 % av alle)', '95\u00a0prosent')).toBe(true);
  expect(hasWithUnit('9,5 %', '95\u00a0%')).toBe(false);
  expect(hasWithUnit('95 kroner', '95\u00a0%')).toBe(false);
  expect(hasWithUnit('95 prosentvis', '95\u00a0prosent')).toBe(false);
  const page = (id: string, content: string) => ({ id, data: async () => ({ excerpt: '', content, url: `/${id}/` }) });
  const results = [page('punkter', 'færre enn 20 punkter'), page('prosent', 'over 20 prosent av de ansatte'), page('tegn', 'om lag 20 % av dem')];
  expect((await withNumbersMarked(results, ['20\u00a0%'])).map((r) => r.id)).toEqual(['prosent', 'tegn', 'punkter']);
  // Typed without a unit, the order is Pagefind's.
  expect((await withNumbersMarked(results, ['20'])).map((r) => r.id)).toEqual(['punkter', 'prosent', 'tegn']);
});
