import { expect, it } from 'vitest';
import { inNorwegian } from './english-terms.ts';

// Fresh eyes: «sick leave» was searched as «lave».
it('reads the English name of a main term as its Norwegian term, in any case, beside other words', () => {
  expect(inNorwegian(['sick', 'leave'])).toEqual({ words: ['sykefravær'], read: [{ typed: 'sick leave', read: 'sykefravær' }] });
  expect(inNorwegian(['Sickness', 'absence', 'Vennesla'])).toEqual({ words: ['sykefravær', 'Vennesla'], read: [{ typed: 'Sickness absence', read: 'sykefravær' }] });
  expect(inNorwegian(['inclusive', 'working', 'life'])).toEqual({ words: ['inkluderende', 'arbeidsliv'], read: [{ typed: 'inclusive working life', read: 'inkluderende arbeidsliv' }] });
});

it('leaves other words, and a term’s word alone, as typed', () => {
  expect(inNorwegian(['leave'])).toEqual({ words: ['leave'], read: [] });
  expect(inNorwegian(['sykefravær', 'sick'])).toEqual({ words: ['sykefravær', 'sick'], read: [] });
});

// Fresh eyes: «kindergarten», «nursing home», «school» and «absence» found nothing; «elderly care» a page on SPC.
it('reads the English names of the services and places the stories are about', () => {
  expect(inNorwegian(['kindergarten']).words).toEqual(['barnehage']);
  expect(inNorwegian(['Nursing', 'homes', 'Molde']).words).toEqual(['sykehjem', 'Molde']);
  expect(inNorwegian(['elderly', 'care']).words).toEqual(['eldreomsorg']);
  expect(inNorwegian(['absence']).words).toEqual(['fravær']);
});

// «ufrivillig deltid» was on no page: «ufrivillig» was left out, and 16 pages of «deltid» shown.
it('reads a Norwegian term the site writes otherwise as the site\'s term', () => {
  expect(inNorwegian(['ufrivillig', 'deltid'])).toEqual({ words: ['uønsket', 'deltid'], read: [{ typed: 'ufrivillig deltid', read: 'uønsket deltid' }] });
});
