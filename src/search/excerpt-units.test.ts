import { expect, it } from 'vitest';
import { withUnitsKept } from './excerpt-units.ts';

// Fresh eyes: «11 / prosent» and «s. / 39» parted across lines at 320 px in the results, not on the pages.
it('binds a number to its unit and to the word before it, inside and across a mark', () => {
  expect(withUnitsKept('et sykefravær som nærmet seg 11 prosent. Med en')).toBe('et sykefravær som nærmet seg 11\u00a0prosent. Med en');
  expect(withUnitsKept('nærmet seg <mark>11</mark> prosent')).toBe('nærmet seg <mark>11</mark>\u00a0prosent');
  expect(withUnitsKept('Sekretariatets sluttrapport, s. <mark>39</mark> og 95 %')).toBe('Sekretariatets sluttrapport, s.\u00a0<mark>39</mark> og 95\u00a0%');
  expect(withUnitsKept('<mark>Sykefravær</mark> &amp; nærvær, 12 000 ansatte')).toBe('<mark>Sykefravær</mark> &amp; nærvær, 12\u00a0000 ansatte');
  expect(withUnitsKept('ingen tall <mark>her</mark>')).toBe('ingen tall <mark>her</mark>');
});
