import { expect, it } from 'vitest';
import { distinctTitles, withoutSiteName } from './result-titles.ts';

// /sykefravaer/ and /sykefravaer/saertrykk/ were both «Ti punkter for et redusert sykefravær» in the results.
it('names a page whose heading another page has by its own document title', () => {
  const heading = 'Ti punkter for et redusert sykefravær';
  expect(
    distinctTitles([
      { heading, title: heading },
      { heading, title: `Særtrykk: ${heading}` },
      { heading: 'Ås', title: 'Ås' },
      { heading: 'Bømlo', title: 'Bømlo kommune' },
    ]),
  ).toEqual([undefined, `Særtrykk: ${heading}`, undefined, undefined]);
});

it('takes the site name off a document title', () => {
  expect(withoutSiteName('Særtrykk: Ti punkter for et redusert sykefravær – Kompetansebanken')).toBe('Særtrykk: Ti punkter for et redusert sykefravær');
  expect(withoutSiteName('Pleie – og omsorg – Kompetansebanken')).toBe('Pleie – og omsorg');
});
