import { parse } from 'node-html-parser';
import { expect, it } from 'vitest';
import { pageFacts, searchableText } from './index-site.ts';
import { words } from './words.ts';

it('reads a page block by block: table cells, list items and definitions are separate words', () => {
  const body = parse(
    '<main data-pagefind-body><table><tr><th>Kommune</th><th>Type</th></tr><tr><td>Ås</td><td>kommune</td></tr></table>' +
      '<ul><li>barnehagene</li><li>Molde</li></ul><dl><dt>Periode</dt><dd>2008</dd></dl><p>En <b>fet</b>tekst</p>' +
      '<p data-pagefind-ignore>Kilde: S002</p></main>',
  ).querySelector('main');
  if (!body) throw new Error('no body');
  expect(words(searchableText(body))).toEqual(['kommune', 'type', 'ås', 'kommune', 'barnehagene', 'molde', 'periode', '2008', 'en', 'fettekst']);
});

it('reads a page\'s filters where the page hides them from search, and its long words where it does not', () => {
  const facts = pageFacts(
    '<html><body><main data-pagefind-body><h1>Kvalitetssystem</h1><p>Sykefraværsarbeid i skolen.</p>' +
      '<dl data-pagefind-ignore><dd data-pagefind-filter="tema">Kvalitetssystem</dd><dd data-pagefind-filter="kommune">Askim</dd>' +
      '<dd>Kildehenvisning</dd></dl><p>Kilde: S002, s. 58.</p></main></body></html>',
  );
  expect(facts?.facets).toEqual(['Kvalitetssystem', 'Askim']);
  expect(facts?.places).toEqual(['Askim']);
  expect(facts?.longWords).toEqual(['Kvalitetssystem', 'Sykefraværsarbeid']);
  expect(pageFacts('<html><body><main><p>Ikke i søket</p></main></body></html>')).toBeUndefined();
});

it('files a news item\'s municipalities for the «Kommune» filter, not among the words it is filed under, so a place\'s case story leads', () => {
  const page = (type: string) =>
    pageFacts(
      '<html><body><main data-pagefind-body><h1>Kommunestyret i Hægebostad</h1>' +
        `<span data-pagefind-filter="type">${type}</span><dd data-pagefind-filter="kommune">Hægebostad</dd></main></body></html>`,
    );
  expect(page('Nyhet')?.places).toEqual(['Hægebostad']);
  expect(page('Nyhet')?.facets).toEqual([]);
  expect(page('Godt eksempel')?.facets).toEqual(['Hægebostad']);
});
