// The CMS's search spelled as the entries' titles spell it (search-spelling.ts), folded as the site's search folds.
import { expect, it } from 'vitest';
import { fold } from '../search/spelling.ts';
import { respelledQuery } from './search-spelling.ts';

const titles = ['Hægebostad', 'Tromsø', 'Kommunestyret i Hægebostad fornøyd med sykefraværsprosjektet', 'Kárášjohka – Karasjok', 'Bømlo'];
const respelled = (query: string) => respelledQuery(query, titles, fold);

it('spells a word typed without æ, ø, å or accents as the titles spell it, so Decap\'s letter-for-letter search finds it', () => {
  expect(respelled('Hagebostad')).toBe('Hægebostad');
  expect(respelled('haegebostad')).toBe('Hægebostad');
  expect(respelled('tromso')).toBe('Tromsø');
  expect(respelled('Karasjohka')).toBe('Kárášjohka');
  expect(respelled('bomlo sykefravarsprosjektet')).toBe('Bømlo sykefraværsprosjektet');
});

it('spells the start of a word as the start of a title\'s word', () => {
  expect(respelled('karasj')).toBe('Kárášj');
  expect(respelled('hage')).toBe('Hæge');
});

it('leaves words the titles spell as typed, and words no title has', () => {
  expect(respelled('Karasjok')).toBe('Karasjok');
  expect(respelled('kommunestyret')).toBe('kommunestyret');
  expect(respelled('sykehjem 2010')).toBe('sykehjem 2010');
});
