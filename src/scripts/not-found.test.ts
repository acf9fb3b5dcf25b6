import { describe, expect, it } from 'vitest';
import { guessHeading, longestSearch, pathWords, searchWords, tidyPath } from './not-found.ts';

describe('the 404 page reads the address that missed', () => {
  it('tries it in lower case and NFC, with a page\'s closing slash', () => {
    expect(tidyPath('/kommuner/H%C3%A6gebostad')).toBe('/kommuner/hægebostad/');
    expect(tidyPath('/kommuner/a%CC%8As/')).toBe('/kommuner/ås/');
    expect(tidyPath('/kommuner/hægebostad/')).toBe('/kommuner/hægebostad/');
    expect(tidyPath('/tall/figur.csv')).toBe('/tall/figur.csv');
  });

  // Fresh eyes: «(/nyhetsbrev/nr-7-juni-2010/)» in an e-mail opened /nyhetsbrev/nr-7-juni-2010/), a 404 with no word of the issue.
  it('leaves out the punctuation that text around a link glues to it', () => {
    expect(tidyPath('/nyhetsbrev/nr-7-juni-2010/)')).toBe('/nyhetsbrev/nr-7-juni-2010/');
    expect(tidyPath('/nyhetsbrev/nr-7-juni-2010/%29')).toBe('/nyhetsbrev/nr-7-juni-2010/');
    expect(tidyPath('/nyheter/sluttrapport-juni-2010).')).toBe('/nyheter/sluttrapport-juni-2010/');
    expect(tidyPath('/kommuner/molde/%C2%BB')).toBe('/kommuner/molde/');
    expect(tidyPath('/tall/figur.csv,')).toBe('/tall/figur.csv');
    // Fresh eyes, second round: a space or a zero-width space pasted after the address.
    expect(tidyPath('/eksempler/bomlo-ny-arbeidstidsordning/%20')).toBe('/eksempler/bomlo-ny-arbeidstidsordning/');
    expect(tidyPath('/kommuner/molde/%E2%80%8B')).toBe('/kommuner/molde/');
  });

  it('offers a search for the words of its last part', () => {
    expect(pathWords('/kommuner/h%C3%A6gebostad-kommune/')).toBe('hægebostad kommune');
    expect(pathWords('/gammel/side.html')).toBe('side');
    expect(pathWords('/')).toBe('');
  });
});

describe('the 404 page says what its list of guesses is', () => {
  it('asks about one page or several, and names the municipality whose districts it lists', () => {
    expect(guessHeading({ addresses: ['/kommuner/molde/'], go: false })).toBe('Mente du denne?');
    expect(guessHeading({ addresses: ['/kommuner/vestre-toten/', '/kommuner/ostre-toten/'], go: false })).toBe('Mente du en av disse?');
    expect(guessHeading({ addresses: ['/kommuner/bydel-alna/'], go: false, districtsOf: 'Oslo' })).toBe(
      'Oslo har ingen egen side her. Bydelene i Oslo som var med i programmet:',
    );
  });

  it('offers a search of at most the first whole words of a very long address', () => {
    expect(searchWords('/kommuner/hægebostad-kommune/')).toBe('hægebostad kommune');
    const long = `/${'sykefravær-i-barnehagene-'.repeat(40)}`;
    const words = searchWords(long);
    expect(words.length).toBeLessThanOrEqual(longestSearch);
    expect(words).toMatch(/^sykefravær i barnehagene sykefravær/);
    expect(long.replaceAll('-', ' ')).toContain(words);
    expect(searchWords(`/${'a'.repeat(3000)}`)).toHaveLength(longestSearch);
  });
});
