import { parse, type HTMLElement } from 'node-html-parser';
import { describe, expect, it } from 'vitest';
import { withUnit } from '../lib/with-unit.ts';
import { captionUnit, indexTableRows, rowAt, rowSentence } from './table-rows.ts';

const bodyOf = (html: string) => parse(`<main data-pagefind-body>${html}</main>`).querySelector('main') as HTMLElement;

// As components/FigureTable.astro and NumberTable.astro write a table (soft hyphens already taken out by the index).
const figureTable = (caption: string, head: string[], rows: string[]) =>
  `<section class="figure-table" id="t"><h2 id="t-tittel">Sykefravær i Innsatskommunene</h2>` +
  `<ul><li><p class="panel-title" aria-hidden="true">Nøtterøy</p><figure><svg></svg></figure></li></ul><p class="caption">${caption}</p>` +
  `<section class="scroll"><table class="ds-table"><thead><tr><td></td>${head.map((h) => `<th scope="col">${h}</th>`).join('')}</tr></thead>` +
  `<tbody>${rows.join('')}</tbody></table></section></section>`;

describe('captionUnit', () => {
  it.each([
    ['Tabell 4.6 i sluttrapporten: sykefravær i tre perioder på fire kvartaler.', 'prosent'],
    ['Sykefravær i Innsatskommunene', 'prosent'],
    ['Sykefravær, egenmeldt og legemeldt (KS’ PAI-statistikk)', 'prosent'],
    ['Hvor mange som deltok på konferansene i 2010.', 'antall'],
  ])('reads the unit withUnit put in «%s»', (caption, unit) => {
    expect(captionUnit(withUnit(caption, unit))).toBe(unit);
  });

  it('finds no unit in a caption without one', () => {
    expect(captionUnit('Hvor mange som deltok på konferansene i 2010.')).toBeUndefined();
  });
});

describe('rowSentence', () => {
  it('names each figure with its unit and period, a lost one without a unit', () => {
    const cells = [{ text: '8,7', lost: false }, { text: 'tapt i kilden', lost: true }];
    expect(rowSentence('Nøtterøy', cells, ['4. kv. 2005 – 3. kv. 2006', '4. kv. 2006 – 3. kv. 2007'], 'prosent')).toBe(
      'Nøtterøy: 8,7 % (4. kv. 2005 – 3. kv. 2006), tapt i kilden (4. kv. 2006 – 3. kv. 2007)',
    );
  });

  it('gives a count no unit, its column says what it counts, and another unit in words', () => {
    expect(rowSentence('Kvalitetskonferansen 2008', [{ text: 'over 500', lost: false }], ['Deltakere'], 'antall')).toBe('Kvalitetskonferansen 2008: over 500 (deltakere)');
    expect(rowSentence('Kurs', [{ text: '32', lost: false }], ['SPC-kurs'], 'antall')).toBe('Kurs: 32 (SPC-kurs)');
    expect(rowSentence('Mandal', [{ text: '3', lost: false }], ['2009'], 'promille')).toBe('Mandal: 3 promille (2009)');
  });
});

describe('indexTableRows', () => {
  // Fresh eyes: a result for «Nøtterøy» on /tall/ read «Nøtterøy. 8,7. 9,3. …», neither period nor unit.
  it('makes each row one cell saying what its figures are, and drops the column headings the rows now name', () => {
    const body = bodyOf(
      figureTable(
        'Vedlegg 6 i sluttrapporten: sykefravær i de tolv Innsatskommunene. Prosent.',
        ['<span class="kept">4. kv.</span> <span class="kept">2005 –</span> <span class="kept">3. kv.</span> 2006', '4. kv. 2006 – 3. kv. 2007 (rekonstruert)'],
        [
          '<tr><th scope="row">Nøtterøy</th><td class="number">8,7</td><td class="lost">tapt i kilden</td></tr>',
          '<tr><th scope="row">Mandal &amp; Tana</th><td class="number">10,8</td><td class="number">11,0</td></tr>',
        ],
      ),
    );
    indexTableRows(body);
    expect(body.querySelectorAll('thead, .panel-title')).toHaveLength(0);
    expect(body.querySelectorAll('tbody tr').map((row) => row.innerHTML)).toEqual([
      '<td>Nøtterøy: 8,7 % (4. kv. 2005 – 3. kv. 2006), tapt i kilden (4. kv. 2006 – 3. kv. 2007, rekonstruert)</td>',
      '<td>Mandal &amp; Tana: 10,8 % (4. kv. 2005 – 3. kv. 2006), 11,0 % (4. kv. 2006 – 3. kv. 2007, rekonstruert)</td>',
    ]);
  });

  it('leaves a table that is not a figure table as it is', () => {
    const html = '<table><thead><tr><th>År</th></tr></thead><tbody><tr><th>Nøtterøy</th><td>8,7</td></tr></tbody></table>';
    const body = bodyOf(html);
    indexTableRows(body);
    expect(body.innerHTML).toBe(html);
  });
});

// Fresh eyes: «10,2» showed «2008, startkvartal fra tabell 4.6), 9,2 % (…), 10,2 % (…)», Vaksdal's row without its name.
describe('rowAt', () => {
  const text =
    'Vedlegg 6 i sluttrapporten: sykefravær. Prosent. Notodden: 13,9 % (4. kv. 2005 – 3. kv. 2006), 12,1 % (4. kv. 2008 – 3. kv. 2009, startkvartal fra tabell 4.6). Vaksdal: 11,9 % (4. kv. 2005 – 3. kv. 2006), 9,2 % (1. kv. 2008 – 4. kv. 2008, rekonstruert), 10,2 % (3. kv. 2008 – 2. kv. 2009). Last ned tabellen. Alle kommuner (95 % av alle kommuner): 9,8 % (a).';

  it('finds the row that holds a place, with its label, not the row before', () => {
    const row = rowAt(text, text.indexOf('10,2'));
    expect(row?.label).toBe('Vaksdal');
    expect(text.slice(row!.figures, row!.end)).toBe('11,9 % (4. kv. 2005 – 3. kv. 2006), 9,2 % (1. kv. 2008 – 4. kv. 2008, rekonstruert), 10,2 % (3. kv. 2008 – 2. kv. 2009).');
    expect(rowAt(text, text.indexOf('13,9'))?.label).toBe('Notodden');
    expect(rowAt(text, text.indexOf('9,8 %'))?.label).toBe('Alle kommuner (95 % av alle kommuner)');
  });

  it('finds none outside a row', () => {
    expect(rowAt(text, text.indexOf('sluttrapporten'))).toBeUndefined();
    expect(rowAt(text, text.indexOf('Last ned'))).toBeUndefined();
  });
});
