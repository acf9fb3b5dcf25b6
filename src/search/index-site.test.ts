import { parse } from 'node-html-parser';
import { expect, it } from 'vitest';
import { plainText, searchableText } from './index-site.ts';
import { words } from './words.ts';

it('makes words hyphenated for line breaking whole again, and odd spaces plain', () => {
  expect(plainText('lønns\u00ADforhandlings\u00ADkalenderen')).toBe('lønnsforhandlingskalenderen');
  expect(plainText('10\u00A0prosent og 3\u202F000')).toBe('10 prosent og 3 000');
  expect(plainText('kvalitets\u200Bkommune')).toBe('kvalitetskommune');
});

it('reads a page block by block: table cells, list items and definitions are separate words', () => {
  const body = parse(
    '<main data-pagefind-body><table><tr><th>Kommune</th><th>Type</th></tr><tr><td>Ås</td><td>kommune</td></tr></table>' +
      '<ul><li>barnehagene</li><li>Molde</li></ul><dl><dt>Periode</dt><dd>2008</dd></dl><p>En <b>fet</b>tekst</p>' +
      '<p data-pagefind-ignore>Kilde: S002</p></main>',
  ).querySelector('main');
  if (!body) throw new Error('no body');
  expect(words(searchableText(body))).toEqual(['kommune', 'type', 'ås', 'kommune', 'barnehagene', 'molde', 'periode', '2008', 'en', 'fettekst']);
});
