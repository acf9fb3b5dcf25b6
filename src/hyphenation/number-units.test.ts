import { describe, expect, it } from 'vitest';
import { keepUnitsWithNumbers, noBreakSpace } from './number-units.ts';
import { hyphenatePage } from './soft-hyphens.ts';

// Fresh eyes: «Kort fortalt: Alle kommuner (95 % …» on /tall/ broke between «95» and «%» at 320 px.
describe('keepUnitsWithNumbers', () => {
  it('joins a number to its percent sign, per mille sign, «prosent», «prosentpoeng» and amounts of money', () => {
    expect(keepUnitsWithNumbers('Alle kommuner (95 % av alle kommuner)')).toBe(`Alle kommuner (95${noBreakSpace}% av alle kommuner)`);
    expect(keepUnitsWithNumbers('fra 10,3 prosent til 10,2 prosent')).toBe(`fra 10,3${noBreakSpace}prosent til 10,2${noBreakSpace}prosent`);
    expect(keepUnitsWithNumbers('gikk fra 1 prosentpoeng til 0,6\nprosentpoeng')).toBe(`gikk fra 1${noBreakSpace}prosentpoeng til 0,6${noBreakSpace}prosentpoeng`);
    expect(keepUnitsWithNumbers('2 ‰, 40 kr, 3 mill. kroner, 12 000 kroner')).toBe(`2${noBreakSpace}‰, 40${noBreakSpace}kr, 3${noBreakSpace}mill. kroner, 12 000${noBreakSpace}kroner`);
  });

  it('leaves words that only begin like a unit, and numbers without one, as they are', () => {
    for (const text of ['5 prosentvis', '138 kommuner', '2007 krevde', '4. kv. 2007']) expect(keepUnitsWithNumbers(text)).toBe(text);
  });
});

describe('hyphenatePage', () => {
  it('joins numbers to their units in the page’s text, not in its attributes or code', () => {
    const page = '<html lang="nb"><body><p title="95 %">Alle kommuner (95 % av alle)</p><code>95 %</code></body></html>';
    expect(hyphenatePage(page)).toBe(`<html lang="nb"><body><p title="95 %">Alle kommuner (95${noBreakSpace}% av alle)</p><code>95 %</code></body></html>`);
  });
});
