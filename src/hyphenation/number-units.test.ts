import { describe, expect, it } from 'vitest';
import { keepUnitsAcross, keepUnitsWithNumbers, noBreakSpace } from './number-units.ts';
import { hyphenatePage } from './soft-hyphens.ts';

// Fresh eyes: «Kort fortalt: Alle kommuner (95 % …» on /tall/ broke between «95» and «%» at 320 px.
describe('keepUnitsWithNumbers', () => {
  it('joins a number to its percent sign, per mille sign, «prosent», «prosentpoeng» and amounts of money', () => {
    expect(keepUnitsWithNumbers('Alle kommuner (95 % av alle kommuner)')).toBe(`Alle kommuner (95${noBreakSpace}% av alle kommuner)`);
    expect(keepUnitsWithNumbers('fra 10,3 prosent til 10,2 prosent')).toBe(`fra 10,3${noBreakSpace}prosent til 10,2${noBreakSpace}prosent`);
    expect(keepUnitsWithNumbers('gikk fra 1 prosentpoeng til 0,6\nprosentpoeng')).toBe(`gikk fra 1${noBreakSpace}prosentpoeng til 0,6${noBreakSpace}prosentpoeng`);
    expect(keepUnitsWithNumbers('2 ‰, 40 kr, 3 mill. kroner, 12 000 kroner')).toBe(`2${noBreakSpace}‰, 40${noBreakSpace}kr, 3${noBreakSpace}mill. kroner, 12${noBreakSpace}000${noBreakSpace}kroner`);
  });

  // Fresh eyes: «Sekretariatets sluttrapport, s. / 39» at 320 px.
  it('joins «s.», «nr.», «kap.», «kl.», «kr» and «§» to the number after them', () => {
    expect(keepUnitsWithNumbers('Sekretariatets sluttrapport, s. 39')).toBe(`Sekretariatets sluttrapport, s.${noBreakSpace}39`);
    expect(keepUnitsWithNumbers('nyhetsbrev nr. 7, kap. 2, kl. 10.00, kr 200 og §§ 2-3, jf. § 6')).toBe(
      `nyhetsbrev nr.${noBreakSpace}7, kap.${noBreakSpace}2, kl.${noBreakSpace}10.00, kr${noBreakSpace}200 og §§${noBreakSpace}2-3, jf. §${noBreakSpace}6`,
    );
    for (const text of ['fylkes. 3', 'kommunens 3', 's. Ellers', 'Bjørns. 4']) expect(keepUnitsWithNumbers(text)).toBe(text);
  });

  // Fresh eyes: the title «Kvalitetsformelen – K = O/F» broke into «K =» / «O/F» at 320 px.
  it('keeps a short formula whole around its «=», and leaves longer sides and sentences free', () => {
    const nb = noBreakSpace;
    expect(keepUnitsWithNumbers('Kvalitetsformelen – K = O/F')).toBe(`Kvalitetsformelen – K${nb}=${nb}O/F`);
    expect(keepUnitsWithNumbers('der K = 0,8 og p = 0,05')).toBe(`der K${nb}=${nb}0,8 og p${nb}=${nb}0,05`);
    for (const text of ['kvalitet = opplevd / forventet', 'Kvaliteten = opplevd kvalitet', 'K =O/F', 'a == b']) expect(keepUnitsWithNumbers(text), text).toBe(text);
  });

  // Fresh eyes: «(4. / kvartal 2007», «25. / februar 2010» at 320 px.
  it('keeps a day or quarter with its month or «kvartal», and a unit of two words only with its number', () => {
    // Bound whole, «297 millioner kroner» was too long for a key figure's card at 320 px and broke inside «kroner».
    expect(keepUnitsWithNumbers('297 millioner kroner og 2 mrd. kr')).toBe(`297${noBreakSpace}millioner kroner og 2${noBreakSpace}mrd. kr`);
    expect(keepUnitsWithNumbers('(4. kvartal 2007) og 25. februar 2010, 1. halvår')).toBe(
      `(4.${noBreakSpace}kvartal 2007) og 25.${noBreakSpace}februar 2010, 1.${noBreakSpace}halvår`,
    );
    for (const text of ['millioner kronerullinger', 'side 3. Mars', '2010. Mai', 'kapittel 12. juni-møtet']) expect(keepUnitsWithNumbers(text), text).toBe(text.replace('12. juni', `12.${noBreakSpace}juni`));
  });

  it('keeps a large number’s digit groups together, not numbers that only stand side by side', () => {
    expect(keepUnitsWithNumbers('1 033 bilder og 10 000 eksempler')).toBe(`1${noBreakSpace}033 bilder og 10${noBreakSpace}000 eksempler`);
    for (const text of ['i 2008 og 2009', 'pulje 1 og 2', '3,5 123', '12 3456']) expect(keepUnitsWithNumbers(text)).toBe(text);
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
    expect(keepUnitsAcross('Sluttrapporten, s. ', '3')).toEqual([`Sluttrapporten, s.${noBreakSpace}`, '3']);
    expect(keepUnitsAcross('§', ' 2 i loven')).toEqual(['§', `${noBreakSpace}2 i loven`]);
    for (const [before, after] of [['297', ' kommuner'], ['297', 'kroner'], ['år ', 'kroner'], ['297', ' prosentvis'], ['hus ', '3']])
      expect(keepUnitsAcross(before!, after!), `${before}|${after}`).toEqual([before, after]);
  });
});

describe('hyphenatePage', () => {
  it('joins a number to its unit across an element in a line (a cell, a link, bold), not across cells or paragraphs', () => {
    const page = '<html lang="nb"><body><table><tr><td class="number"><span class="nowrap">297</span> millioner kroner</td><td>5</td><td> kr</td></tr></table>' +
      '<p><strong>95</strong> % av kommunene, <a href="/">12 000 </a>kroner</p><p>4</p><p> prosent</p></body></html>';
    expect(hyphenatePage(page)).toBe(
      `<html lang="nb"><body><table><tr><td class="number"><span class="nowrap">297</span>${noBreakSpace}millioner kroner</td><td>5</td><td> kr</td></tr></table>` +
        `<p><strong>95</strong>${noBreakSpace}% av kommunene, <a href="/">12${noBreakSpace}000${noBreakSpace}</a>kroner</p><p>4</p><p> prosent</p></body></html>`,
    );
  });


  it('leaves an element kept on one line (.nowrap) without soft hyphens or <wbr>, its number still joined to its unit', () => {
    const page = '<html lang="nb"><body><p>Nettstedet <span class="nowrap">www.kvalitetskommuner.no</span> og <span class="nowrap">297</span> millioner</p></body></html>';
    expect(hyphenatePage(page)).toBe(
      `<html lang="nb"><body><p>Nett\u00ADstedet <span class="nowrap">www.kvalitetskommuner.no</span> og <span class="nowrap">297</span>${noBreakSpace}millioner</p></body></html>`,
    );
  });

  it('joins numbers to their units in the page’s text, not in its attributes or code', () => {
    const page = '<html lang="nb"><body><p title="95 %">Alle kommuner (95 % av alle)</p><code>95 %</code></body></html>';
    expect(hyphenatePage(page)).toBe(`<html lang="nb"><body><p title="95 %">Alle kommuner (95${noBreakSpace}% av alle)</p><code>95 %</code></body></html>`);
  });
});
