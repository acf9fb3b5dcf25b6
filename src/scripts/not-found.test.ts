import { describe, expect, it } from 'vitest';
import { pathWords, tidyPath } from './not-found.ts';

describe('the 404 page reads the address that missed', () => {
  it('tries it in lower case and NFC, with a page\'s closing slash', () => {
    expect(tidyPath('/kommuner/H%C3%A6gebostad')).toBe('/kommuner/hægebostad/');
    expect(tidyPath('/kommuner/a%CC%8As/')).toBe('/kommuner/ås/');
    expect(tidyPath('/kommuner/hægebostad/')).toBe('/kommuner/hægebostad/');
    expect(tidyPath('/tall/figur.csv')).toBe('/tall/figur.csv');
  });

  it('offers a search for the words of its last part', () => {
    expect(pathWords('/kommuner/h%C3%A6gebostad-kommune/')).toBe('hægebostad kommune');
    expect(pathWords('/gammel/side.html')).toBe('side');
    expect(pathWords('/')).toBe('');
  });
});
