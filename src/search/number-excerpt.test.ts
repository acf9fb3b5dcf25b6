import { describe, expect, it } from 'vitest';
import { bestPart } from './best-part.ts';
import { figureExcerpt, hasWithUnit, numberExcerpt, numberParts, withNumbersMarked } from './number-excerpt.ts';
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

// Fresh eyes: «K = O/F» and «k=o/f» marked only the «K» of the quality formula; the whole formula is the hit.
it('marks a formula whole, as the page writes it, however it was typed', async () => {
  const content = 'Kvalitetsformelen – K = O/F. Opplevd kvalitet er forholdet mellom det brukeren opplever og det brukeren forventet.';
  const results = [{ id: 'formel', data: async () => ({ excerpt: '… – <mark>K</mark> = O/F. Opplevd kvalitet', content, url: '/verktoy/kvalitetsformelen/' }) }];
  for (const typed of ['K = O/F', 'k=o/f', 'k = o / f']) {
    const [marked] = await withNumbersMarked(results, [typed]);
    expect((await marked!.data()).excerpt, typed).toContain('<mark>K = O/F</mark>. Opplevd');
  }
  const spaced = [{ id: 'innherred', data: async () => ({ excerpt: '', content: 'Opplevd kvalitet, uttrykt som K = O / F: kvalitet er samsvar', url: '/eksempler/innherred/' }) }];
  expect((await (await withNumbersMarked(spaced, ['k=o/f']))[0]!.data()).excerpt).toContain('uttrykt som <mark>K = O / F</mark>: kvalitet');
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

it("finds the page's top where the number stands before the first part's heading, and nothing where it is nowhere", () => {
  const anchors = [{ id: 'tabell', text: 'Tabell', location: 4 }];
  expect(numberParts({ url: '/tall/', content: 'Om de 95 kommunene. Tabell: 9,5.', anchors }, numberPattern('95')!).map((p) => p.url)).toEqual(['/tall/']);
  expect(numberParts({ url: '/tall/', content: 'Tabell: 9,5.', anchors }, numberPattern('95')!)).toEqual([]);
  expect(numberParts({ url: '/tall/', content: 'Om oss. Tabell: 95.', anchors: [{ id: 'tabell', text: 'Tabell', location: 2 }] }, numberPattern('95')!).map((p) => p.url)).toEqual(['/tall/#tabell']);
  expect(numberParts({ url: '/om/', content: 'Om oss: 95.' }, numberPattern('95')!)).toEqual([]);
});

// Fresh eyes (a journalist): «10,2», «9,3» and «10,3», Tabell 4.6's national figures, all went to Vedlegg 6, and Tabell
// 4.6 was not offered at all; Vedlegg 6's excerpt did not say whose figure it was.
describe('a figure in several tables of a page', () => {
  const vedlegg =
    'Vedlegg 6: Sykefravær i Innsatskommunene. Vedlegg 6 i sluttrapporten: sykefravær. Prosent. Notodden: 13,9 % (4. kv. 2005 – 3. kv. 2006), 12,9 % (4. kv. 2006 – 3. kv. 2007, rekonstruert), 11,9 % (4. kv. 2007 – 3. kv. 2008, startkvartal fra tabell 4.6), 12,2 % (1. kv. 2008 – 4. kv. 2008, rekonstruert), 12,3 % (3. kv. 2008 – 2. kv. 2009, startkvartal fra tabell 4.6). Vaksdal: 11,9 % (4. kv. 2005 – 3. kv. 2006), 10,7 % (4. kv. 2006 – 3. kv. 2007, rekonstruert), 9,3 % (4. kv. 2007 – 3. kv. 2008, startkvartal fra tabell 4.6), 9,2 % (1. kv. 2008 – 4. kv. 2008, rekonstruert), 10,2 % (3. kv. 2008 – 2. kv. 2009, startkvartal fra tabell 4.6), 11,2 % (4. kv. 2008 – 3. kv. 2009, startkvartal fra tabell 4.6). Tana: 11,4 % (4. kv. 2005 – 3. kv. 2006).';
  const tabell =
    'Tabell 4.6: Utviklingen i sykefraværet. Tabell 4.6 i sluttrapporten: gjennomsnittlig sykefravær. Prosent. Kommuner utenfor programmet: 9,3 % (4. kv. 2007 – 3. kv. 2008), 9,6 % (4. kv. 2008 – 3. kv. 2009). Kommuner i programmet: 10,3 % (4. kv. 2007 – 3. kv. 2008), 10,2 % (4. kv. 2008 – 3. kv. 2009).';
  const content = `Tall og tabeller. ${vedlegg} ${tabell}`;
  const anchors = [
    { id: 'innsatskommuner', text: 'Vedlegg 6: Sykefravær i Innsatskommunene', location: 3 },
    { id: 'utvikling', text: 'Tabell 4.6: Utviklingen i sykefraværet', location: 3 + vedlegg.split(' ').length },
  ];
  const page = { url: '/tall/', content, anchors };

  it('is found in each, and the small table where it is a headline figure comes first', () => {
    for (const figure of ['10,2', '9,3']) {
      const parts = numberParts(page, numberPattern(figure)!);
      expect(parts.map((p) => p.url).sort()).toEqual(['/tall/#innsatskommuner', '/tall/#utvikling']);
      expect(bestPart(parts)?.url).toBe('/tall/#utvikling');
    }
  });

  it('goes to the table whose title has the number, where the query names it', () => {
    expect(bestPart(numberParts(page, numberPattern('4.6')!), 'Tabell 4.6')?.url).toBe('/tall/#utvikling');
  });

  it('shows in a long row with the row’s label first, «…» where the row is cut, and none from the table above', () => {
    const [inVedlegg] = numberParts(page, numberPattern('10,2')!).filter((p) => p.url.endsWith('#innsatskommuner'));
    expect(inVedlegg?.excerpt).toMatch(/^Vaksdal: … .*, <mark>10,2<\/mark> % \(3\. kv\. 2008 – 2\. kv\. 2009, startkvartal fra tabell 4\.6\), 11,2 %/);
    expect(inVedlegg?.excerpt.split(' ').length).toBeLessThanOrEqual(32);
    const [inTabell] = numberParts(page, numberPattern('9,3')!).filter((p) => p.url.endsWith('#utvikling'));
    expect(inTabell?.excerpt).toBe('Kommuner utenfor programmet: <mark>9,3</mark> % (4. kv. 2007 – 3. kv. 2008), 9,6 % (4. kv. 2008 – 3. kv. 2009).');
    expect(figureExcerpt('Tabell 4.6: Utviklingen. Alle kommuner (95 % av alle).', numberPattern('95')!)).toBe('Tabell 4.6: Utviklingen. Alle kommuner (<mark>95</mark> % av alle).');
  });
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
