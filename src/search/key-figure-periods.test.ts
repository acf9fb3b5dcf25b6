import { parse, type HTMLElement } from 'node-html-parser';
import { expect, it } from 'vitest';
import { indexKeyFigureLabels, indexKeyFigurePeriods } from './key-figure-periods.ts';

const bodyOf = (html: string) => parse(`<main data-pagefind-body>${html}</main>`).querySelector('main') as HTMLElement;
const indexedText = (body: HTMLElement) => {
  for (const ignored of body.querySelectorAll('[data-pagefind-ignore]')) ignored.remove();
  return body.textContent;
};

const figure = (value: string, line: string) =>
  `<section class="key-figures"><dl><div><dt>sykefravær på Nøtterøy</dt><dd class="value">${value}</dd><dd class="meta" data-pagefind-ignore>${line}</dd></div></dl></section>`;

// Fresh eyes: «sykefravær på Nøtterøy (…): 8,7 prosent. … 9,1 prosent.» in a result, each figure without its period.
it('indexes a key figure with its period, and without its source', () => {
  const body = bodyOf(figure('8,7 prosent', '4. kvartal 2005 til og med 3. kvartal 2006. Kilde: <a href="/kilder/sluttrapporten/#s-58">Slutt\u00adrapporten, s. 58</a>'));
  indexKeyFigurePeriods(body);
  expect(indexedText(body)).toBe('sykefravær på Nøtterøy8,7 prosent (4. kvartal 2005 til og med 3. kvartal 2006)');
});

// Fresh eyes: as a sentence after the figure, an excerpt began «Siste måling i tabellen …», its figure cut off.
it('keeps the period with its figure, in brackets', () => {
  const body = bodyOf(figure('9,1 prosent', 'siste måling i tabellen, som ender 3. kvartal 2009. Kilde: x'));
  indexKeyFigurePeriods(body);
  expect(body.querySelector('dd.value')?.textContent).toBe('9,1 prosent (siste måling i tabellen, som ender 3. kvartal 2009)');
});

// Fresh eyes: «(4. kv. 2008 – 3. kv. 2009 (startkvartal fra tabell 4.6, s. 40))» in a result's excerpt.
it('writes brackets in the period as commas inside its own', () => {
  const body = bodyOf(figure('9,1 %', '4. kv. 2008 – 3. kv. 2009 (startkvartal fra tabell 4.6, s. 40). Kilde: x'));
  indexKeyFigurePeriods(body);
  expect(body.querySelector('dd.value')?.textContent).toBe('9,1 % (4. kv. 2008 – 3. kv. 2009, startkvartal fra tabell 4.6, s. 40)');
});

it('indexes nothing more for a figure with a source only, and leaves other left-out lines alone', () => {
  const body = bodyOf(`${figure('6 prosent', 'Kilde: <a href="/kilder/sluttrapporten/#s-60">Sluttrapporten, s. 60</a>')}<p class="meta" data-pagefind-ignore>2009. Kilde: x</p>`);
  indexKeyFigurePeriods(body);
  expect(indexedText(body)).toBe('sykefravær på Nøtterøy6 prosent');
});

it('escapes a period with markup characters in it', () => {
  const body = bodyOf(figure('3', 'Før &lt;tiltaket&gt; &amp; etter. Kilde: x'));
  indexKeyFigurePeriods(body);
  expect(body.querySelector('dd.value')?.textContent).toBe('3 (Før <tiltaket> & etter)');
});

// Fresh eyes: «(…)). av Innsatskommunene med høyt sykefravær tar tak på nytt: fire av ti.» began a sentence in lower case.
it('starts a key figure’s label with a capital letter, where it begins a sentence in the index copy', () => {
  const body = bodyOf(`${figure('8,7 prosent', 'Kilde: x').replace('<dt>sykefravær', '<dt> <abbr>av</abbr> sykefravær')}${figure('SPC', 'Kilde: x').replace('sykefravær på Nøtterøy', 'ærlig talt')}`);
  indexKeyFigureLabels(body);
  expect(body.querySelectorAll('dt').map((dt) => dt.textContent)).toEqual([' <abbr>Av</abbr> sykefravær på Nøtterøy'.replace(/<\/?abbr>/g, ''), 'Ærlig talt']);
});
