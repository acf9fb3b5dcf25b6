import { HTMLElement, parse, type Node } from 'node-html-parser';
import { expect, it } from 'vitest';
import { cleanForIndex, pageFacts, pagesWithParts, searchableText } from './index-site.ts';
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

// /tall/ had the formula «2008/200935»: a chart's label «årsskiftet 2008/2009» and its value «35» ran together.
// Numbers joined by «/» are no formula (formulas.ts).
it('reads a chart\'s labels and values as separate words', () => {
  const html = '<html><body><main data-pagefind-body><svg><g><text>årsskiftet 2008/2009</text><text>35</text></g></svg></main></body></html>';
  expect(pageFacts(html)?.formulas).toEqual([]);
  expect(pageFacts(html)?.words).toEqual(['årsskiftet', '2008', '2009', '35']);
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

// Fresh eyes: «sykepleier» found the SPC tool with «Tallene svinger slik de pleier», a text its script shows only for
// a chart without signals.
it('leaves out of the words what the page hides until a script shows it, but not what the browser\'s find shows, nor filters', () => {
  const facts = pageFacts(
    '<html><body><main data-pagefind-body><h1>Lag et diagram</h1><p hidden>Tallene svinger slik de pleier.</p>' +
      '<p hidden="until-found">Rutiner for oppfølging.</p><div hidden data-pagefind-ignore="index"><span data-pagefind-filter="kommune">Askim</span></div></main></body></html>',
  );
  expect(facts?.words).not.toContain('svinger');
  expect(facts?.words).toContain('oppfølging');
  expect(facts?.places).toEqual(['Askim']);
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

// /sok/?q=hagebostad showed «… ifølge Hægebostads egne tall: nesten en halvering Hægebostad kommune: 120 årsverk» (two fact cards
// as one sentence) and «Type: Kommune Fylke (2009): Vest-Agder Pulje: Pulje III»: excerpts come from the index copy's text.
it('ends each block of the index copy with a mark, so an excerpt never runs two facts into one sentence', () => {
  const body = parse(
    '<main data-pagefind-body><dl><div><dt>Sykefravær, ifølge egne tall</dt><dd class="value">nesten en halvering</dd></div>' +
      '<div><dt>Hægebostad kommune</dt><dd class="value">120 årsverk / ca. 200 ansatte</dd></div></dl>' +
      '<dl><dt>Type</dt><dd>Kommune</dd><dt>Fylke (2009)</dt><dd>Vest-Agder</dd></dl>' +
      '<ul><li><p class="value">120</p><p>årsverk.</p></li></ul><table><tr><th>Snitt</th><td>9,6</td></tr></table>' +
      '<h2>Tall fra kildene</h2>\n<p>Slik gikk det?</p><dl><dt>Type</dt><dd data-pagefind-filter="type">Kommune</dd></dl></main>',
  ).querySelector('main');
  if (!body) throw new Error('no body');
  cleanForIndex(body, new Set());
  expect(body.textContent.replace(/\s+/g, ' ').trim()).toBe(
    'Sykefravær, ifølge egne tall: nesten en halvering. Hægebostad kommune: 120 årsverk / ca. 200 ansatte. ' +
      'Type: Kommune. Fylke (2009): Vest-Agder. 120. årsverk. Snitt. 9,6. Tall fra kildene Slik gikk det? Type: Kommune',
  );
  // Pagefind reads a filter's value and a result's title from the element's text: those stay as they are.
  expect(body.querySelector('[data-pagefind-filter]')?.textContent.trim()).toBe('Kommune');
  expect(body.querySelector('h2')?.textContent).toBe('Tall fra kildene');
  // The words are the same: a mark is no word.
  expect(words(body.textContent)).toEqual(words(body.textContent.replace(/[.:]/g, ' ')));
});

// Fresh eyes: «… er gjort av NIBR..» in a result, a block's full stop after one of its own before a footnote's number.
it('ends a block with a full stop only where its text kept for search has none, footnote references left out', () => {
  const body = parse(
    '<main data-pagefind-body><p>Evalueringen er gjort av NIBR.<sup data-pagefind-ignore><a data-footnote-ref>1</a></sup></p>' +
      '<p>Uten punktum<sup data-pagefind-ignore><a data-footnote-ref>2</a></sup></p></main>',
  ).querySelector('main');
  if (!body) throw new Error('no body');
  cleanForIndex(body, new Set());
  const kept = body.childNodes.map((p) => p.childNodes.filter((n) => !(n instanceof HTMLElement && n.hasAttribute('data-pagefind-ignore'))).map((n) => n.textContent).join(''));
  expect(kept).toEqual(['Evalueringen er gjort av NIBR. ', 'Uten punktum. ']);
});

// Fresh eyes: «Notodden. . Vaksdal. .» (a small chart's panel title, its SVG not indexed) and «dokumentasjonen,.».
it('ends a block after its text as Pagefind indexes it, a chart\'s SVG left out, and not after a comma', () => {
  const body = parse(
    '<main data-pagefind-body><ul><li><p>Notodden</p><figure><svg><title>Notodden</title><text>14</text></svg></figure></li>' +
      '<li>oppdatert dokumentasjonen,</li></ul></main>',
  ).querySelector('main');
  if (!body) throw new Error('no body');
  cleanForIndex(body, new Set());
  const indexed = (node: Node): string => (node instanceof HTMLElement && node.tagName.toLowerCase() === 'svg' ? '' : node instanceof HTMLElement ? node.childNodes.map(indexed).join('') : node.textContent);
  expect(indexed(body).replace(/\s+/g, ' ').trim()).toBe('Notodden. oppdatert dokumentasjonen,');
});

// The budget of a first search (tests/budgets.spec.ts): every result's fragment carried its page's headings as
// Pagefind «anchors» (about 0.5 KB a page), which the results never show.
it('leaves no element id in the index copy, so no fragment carries the page\'s headings as anchors', () => {
  const body = parse('<main data-pagefind-body id="innhold"><h2 id="bakgrunn">Bakgrunn</h2><p id="a">Tekst.</p><section id="kontakt"><h3 id="b">Kontakt</h3></section></main>').querySelector('main');
  if (!body) throw new Error('no body');
  cleanForIndex(body, new Set());
  expect(body.querySelectorAll('[id]')).toHaveLength(0);
  expect(body.hasAttribute('id')).toBe(false);
  expect(body.querySelector('h2')?.textContent).toBe('Bakgrunn');
});

// Fresh eyes: a hit on /tall/ landed at the page's top, the table with the words a long scroll away.
it('keeps the headings\' ids of a page of many parts, and no other id, so its result links to the part', () => {
  const body = parse('<main data-pagefind-body><section id="utvikling"><h2 id="utvikling-tittel">Utviklingen</h2><p id="a">Tekst.</p></section><h3 id="b">Kilder</h3></main>').querySelector('main');
  if (!body) throw new Error('no body');
  cleanForIndex(body, new Set(), true);
  expect(body.querySelectorAll('[id]').map((element) => element.id)).toEqual(['utvikling-tittel', 'b']);
  expect(pagesWithParts.has('tall/index.html')).toBe(true);
});

// «§ 13.10» was «13.10» to Pagefind, so «§ 13.10» found every page with 13 and 10 (sections.ts).
it('holds the sections of laws a page cites, as the search page searches them', () => {
  const facts = pageFacts('<html><body><main data-pagefind-body><h1>Programpresentasjonen</h1><ul><li>Gr.skolelovens § 13.10</li></ul></main></body></html>');
  // Under its main number too: «§ 13» finds it.
  expect(facts?.sections).toEqual(['paragraf13x10z', 'paragraf13z']);
});
