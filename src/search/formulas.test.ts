import { expect, it } from 'vitest';
import { formulasIn, glued, isFormula, takeFormulas } from './formulas.ts';

// Fresh eyes: «k=o/f», «K = O/F» and «k = o / f» found nothing or 131 pages; the quality formula's page has «K = O/F».
it('reads a formula however it is spaced, as one text', () => {
  for (const typed of ['k=o/f', 'k = o / f']) expect(glued(typed), typed).toBe('k=o/f');
  expect(glued('K = O/F')).toBe('K=O/F');
  expect(isFormula('K = O / F')).toBe(true);
  expect(isFormula('O/F')).toBe(true);
  expect(isFormula('SPC-diagram')).toBe(false);
  expect(isFormula('Nord-Fron')).toBe(false);
  expect(isFormula('sykefravær')).toBe(false);
});

it('finds the formulas in a page\'s text, not words with symbols', () => {
  expect(formulasIn('uttrykt som K = O / F: kvalitet … at K=L/F [ 7 ], og K = O/F')).toEqual(['k=o/f', 'k=l/f']);
  expect(formulasIn('bedrekommune.no og og/eller pleie- og omsorg, SPC-diagram')).toEqual([]);
});

it('takes the formulas out of a query, leaving its words', () => {
  const found: string[] = [];
  expect(takeFormulas('k = o / f formel', (formula) => found.push(formula)).trim()).toBe('formel');
  expect(found).toEqual(['k = o / f']);
});

// Fresh eyes: /tall/ had «2006=4» and five more such terms filed as formulas, from its periods, and «c/o» from an address.
it('files no ordinals, abbreviations or figures run together as formulas', () => {
  expect(formulasIn('Hvert punkt gjelder perioden som tabellen oppgir: 3. kv. 2006 = 4. kv. 2005 – 3. kv. 2006; 3. kv. 2007 = 4. kv. 2006')).toEqual([]);
  expect(formulasIn('Kvalitetskommuneprogrammet c/o KS, Postboks 1378 Vika')).toEqual([]);
  expect(formulasIn('Halvparten er 1/2 = 0,5. Neste avsnitt, og K = O/F.')).toEqual(['1/2=0,5', 'k=o/f']);
});

// Fresh eyes: a report's number and a list of figures were filed and searched as formulas («uttrykket «2007/094»»).
it('files and takes no numbers joined by «/» alone as formulas: a number, a school year, figures', () => {
  expect(formulasIn('(IRIS Rapport nr. 2007/094), skoleåret 2008/2009, 8,2 / 7,9 / 7,3 og 1/2')).toEqual([]);
  for (const typed of ['2007/094', '8,2/7,9/7,3', '8,2 / 7,9 / 7,3', '1/2']) expect(isFormula(typed), typed).toBe(false);
  const found: string[] = [];
  expect(takeFormulas('rapport 2007/094', (formula) => found.push(formula))).toBe('rapport 2007/094');
  expect(found).toEqual([]);
});
