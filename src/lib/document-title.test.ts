import { expect, it } from 'vitest';
import { documentTitle, longestDocumentTitle } from './document-title.ts';

it('gives the title and the site name, and within the HTML check\'s limit the title alone or cut after a word', () => {
  expect(documentTitle('Rommets utforming i barnehagen', 'Kompetansebanken')).toBe('Rommets utforming i barnehagen – Kompetansebanken');
  const long = 'Sykefraværsoppfølgingsrutinene i Kárášjohka og Guovdageaidnu: hvordan kvalitetskommuneprogrammets arbeid';
  expect(documentTitle(long, 'Kompetansebanken')).toBe(long);
  // A scratch story's title of 150 characters (the schema's most) made a <title> of 169, which html-validate refused.
  const longest = `${long} endret hverdagen for alle de ansatte i kommunene`.slice(0, 150);
  const shown = documentTitle(longest, 'Kompetansebanken');
  expect(shown.length).toBeLessThanOrEqual(longestDocumentTitle);
  expect(shown).toBe(`${longest.slice(0, shown.length - 1)}…`);
  expect(longest.charAt(shown.length - 1)).toBe(' ');
});
