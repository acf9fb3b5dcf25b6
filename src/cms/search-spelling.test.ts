// The CMS's search spelled as the entries' titles spell it (search-spelling.ts), folded as the site's search folds.
import { expect, it } from 'vitest';
import { fold } from '../search/spelling.ts';
import { pickListHits, respelledQuery, searchHit } from './search-spelling.ts';

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

it('keeps a hit only where each word searched for stands in its fields, not its letters spread out in order', () => {
  const long = ['Medarbeiderundersøkelse og lederopplæring ga tryggere ansatte i Rana og Ofoten'];
  // Decap's fuzzy search found this for «tromso»: t-r-o-m-s-o stand in it, in order, far apart.
  expect(searchHit('tromso', long, fold)).toBe(false);
  expect(searchHit('Tromsø', ['Nytt turnussystem', 'Sykehjemmene i Tromsø prøvde …', 'tromso'], fold)).toBe(true);
  // A municipality named only by its id (the story's «Kommuner»), typed without ø.
  expect(searchHit('tromso', ['Nytt turnussystem', 'Ingressen nevner ikke stedet.', 'tromso,balsfjord'], fold)).toBe(true);
  expect(searchHit('hagebostad turnus', ['Ny turnusordning', 'Hægebostad kommune prøvde …'], fold)).toBe(true);
  expect(searchHit('hagebostad turnus', ['Ny ordning', 'Hægebostad kommune prøvde …'], fold)).toBe(false);
  expect(searchHit('sykefra', ['Lavere sykefravær'], fold)).toBe(true);
});

it('runs from its source alone, as the CMS page runs it', () => {
  const fromSource = new Function(`return ${searchHit.toString()}`)() as typeof searchHit;
  expect(fromSource('tromso', ['Tromsø'], fold)).toBe(true);
});

// Fresh eyes: a newsletter's story picker (Decap's relation widget) did not find «Kárášjohka» for «karasjohka», and for
// «naervaer» it listed long ingresses holding those letters apart before «Nærværsarbeid …».
it('keeps, in a pick-list of entries, those whose fields have each word folded, those with it in the title first', () => {
  const stories = [
    ['Ledelse i barnehagene', 'Namsos', 'Nye ledere arbeidet med verdier og ansvar, og var tett på.'],
    ['Barnehagen i Kárášjohka', 'Karasjok', 'Samiske barnehager.'],
    ['Kvalitetstid med beboerne', 'Nøtterøy', 'Mer nærvær i hverdagen.'],
    ['Nærværsarbeid i ordinær drift, uten prosjekt', 'Nøtterøy', 'Sykefraværet gikk ned.'],
    ['To kommuner, én søknad', 'Innherred', 'Trepartssamarbeid.'],
  ];
  const hits = (query: string) => pickListHits(query, stories, fold).map((index) => stories[index]![0]);
  for (const typed of ['naervaer', 'narvar', 'Nærvær', 'NÆRVÆR']) expect(hits(typed), typed).toEqual(['Nærværsarbeid i ordinær drift, uten prosjekt', 'Kvalitetstid med beboerne']);
  for (const typed of ['karasjohka', 'Karasjohka', 'kárášjohka']) expect(hits(typed), typed).toEqual(['Barnehagen i Kárášjohka']);
  expect(hits('en soknad')).toEqual(['To kommuner, én søknad']);
  expect(hits('notteroy')).toEqual(['Kvalitetstid med beboerne', 'Nærværsarbeid i ordinær drift, uten prosjekt']);
  expect(hits('zzz')).toEqual([]);
});
