import { describe, expect, it } from 'vitest';
import { keepUnitsAcross, keepUnitsWithNumbers, noBreakSpace } from './number-units.ts';
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

// A review: «<span class="nowrap">297</span> millioner kroner» in a table cell broke after «297» at 320 px, as the
// number and its unit were two texts of the page and each was looked at alone.
describe('keepUnitsAcross', () => {
  it('joins a number ending one text to a unit beginning the next, whichever has the space', () => {
    expect(keepUnitsAcross('297', ' millioner kroner')).toEqual(['297', `${noBreakSpace}millioner kroner`]);
    expect(keepUnitsAcross('Alle kommuner (95 ', '%)')).toEqual([`Alle kommuner (95${noBreakSpace}`, '%)']);
    for (const [before, after] of [['297', ' kommuner'], ['297', 'kroner'], ['år ', 'kroner'], ['297', ' prosentvis']])
      expect(keepUnitsAcross(before!, after!), `${before}|${after}`).toEqual([before, after]);
  });
});

describe('hyphenatePage', () => {
  it('joins a number to its unit across an element in a line (a cell, a link, bold), not across cells or paragraphs', () => {
    const page = '<html lang="nb"><body><table><tr><td class="number"><span class="nowrap">297</span> millioner kroner</td><td>5</td><td> kr</td></tr></table>' +
      '<p><strong>95</strong> % av kommunene, <a href="/">12 000 </a>kroner</p><p>4</p><p> prosent</p></body></html>';
    expect(hyphenatePage(page)).toBe(
      `<html lang="nb"><body><table><tr><td class="number"><span class="nowrap">297</span>${noBreakSpace}millioner kroner</td><td>5</td><td> kr</td></tr></table>` +
        `<p><strong>95</strong>${noBreakSpace}% av kommunene, <a href="/">12 000${noBreakSpace}</a>kroner</p><p>4</p><p> prosent</p></body></html>`,
    );
  });


  it('joins numbers to their units in the page’s text, not in its attributes or code', () => {
    const page = '<html lang="nb"><body><p title="95 %">Alle kommuner (95 % av alle)</p><code>95 %</code></body></html>';
    expect(hyphenatePage(page)).toBe(`<html lang="nb"><body><p title="95 %">Alle kommuner (95${noBreakSpace}% av alle)</p><code>95 %</code></body></html>`);
  });
});
