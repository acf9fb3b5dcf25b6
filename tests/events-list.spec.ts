// /arrangementer/ promises the events to come first (its ingress): the heading «Kommende arrangementer» stands even
// when none are coming, and says so, rather than leaving a reader to wonder (fresh eyes). The content's events are
// all the programme's, 2007–2010, so none is upcoming here; the CMS spec covers a list with an upcoming one.
import { expect, test } from '@playwright/test';
import { parse } from 'node-html-parser';
import { builtFile, readable } from './built-site.ts';

test('with no event to come, /arrangementer/ says so under «Kommende arrangementer», above the past ones', () => {
  const main = parse(builtFile('/arrangementer/')).querySelector('main')!;
  const sections = main.querySelectorAll('section[aria-labelledby]').map((section) => ({
    heading: readable(section.querySelector('h2')?.text ?? '').trim(),
    text: readable(section.text).replace(/\s+/g, ' ').trim(),
    cards: section.querySelectorAll('li').length,
  }));
  expect(sections.map((s) => s.heading)).toEqual(['Kommende arrangementer', 'Tidligere arrangementer']);
  expect(sections[0]!.text).toContain('Ingen kommende arrangementer er lagt ut nå.');
  expect(sections[0]!.cards).toBe(0);
  expect(sections[1]!.cards).toBeGreaterThan(0);
});

// Fresh eyes: places joined by commas ran together («Scandic Ishavshotel, Tromsø, Digitalt fra Kárášjohka» read as one
// list); each is its own value under «Hvor».
test('an event\'s page gives each of its places as a value of its own under «Hvor»', () => {
  const facts = parse(builtFile('/arrangementer/innsatskommunenes-samlinger/')).querySelector('.event-facts')!;
  const where = facts.querySelectorAll('div').find((row) => row.querySelector('dt')?.text === 'Hvor')!;
  expect(where.querySelectorAll('dd').map((dd) => readable(dd.text).trim())).toEqual(['Mandal', 'Nøtterøy', 'Fredrikstad']);
});
