import { describe, expect, it } from 'vitest';
import { iChart, pChart, percentBounds, runChart } from './charts.ts';
import { explainSignal, summarise } from './explain.ts';
import { parseProportions, type ValuePoint } from './parse.ts';
import { displayRows } from './table.ts';

const unlabelled = (...xs: number[]): ValuePoint[] => xs.map((value, i) => ({ line: i + 1, label: undefined, value }));

describe('the words about a chart', () => {
  it('names a point without a label by its place, so it does not read like a value («punkt 13», not «13» (13))', () => {
    const result = iChart(unlabelled(5, 5.2, 4.9, 5.1, 5, 4.8, 5.2, 5, 4.9, 5.1, 5, 5.1, 13), 12);
    const [signal] = result.signals.filter((s) => s.rule === 'outside-limits');
    expect(signal && explainSignal(result, signal)).toMatch(/^punkt 13 \(13\) ligger over øvre kontrollgrense/);
  });

  it('keeps a label in quotes', () => {
    const result = iChart([...unlabelled(5, 5.2, 4.9, 5.1, 5, 4.8, 5.2, 5, 4.9, 5.1, 5, 5.1), { line: 13, label: 'jan 2025', value: 13 }], 12);
    const [signal] = result.signals.filter((s) => s.rule === 'outside-limits');
    expect(signal && explainSignal(result, signal)).toMatch(/^«jan 2025» \(13\) ligger over/);
  });

  it('says that every point is on the median, not «Bare 0 punkter ligger ikke på medianen»', () => {
    expect(runChart(unlabelled(5, 5, 5, 5)).warnings[0]).toMatch(/^Alle punktene ligger på medianen\. /);
    expect(runChart(unlabelled(1, 5, 5, 5, 5)).warnings[0]).toMatch(/^Bare 1 punkt ligger utenfor medianen\. /);
  });

  // Fresh eyes: the table said «158,929 | −786,789» and the summary «158,93 … -786,79».
  it('writes its numbers as the table does: as many decimals, and a minus sign, not a hyphen', () => {
    const result = iChart(unlabelled(6.1, 1234.5, 5.9, -3));
    const [, , , , centre, lower, upper] = displayRows(result).rows[0]!;
    expect(lower).toMatch(/^\u2212\d/);
    expect(summarise(result)).toContain(`Midtlinjen er ${centre}, og kontrollgrensene er ${lower} og ${upper},`);
  });

  it('says why a lower limit is 0 and not the one computed', () => {
    const result = iChart(unlabelled(6.1, 0.5, 5.9, 0.3), undefined, percentBounds);
    const computed = displayRows(iChart(unlabelled(6.1, 0.5, 5.9, 0.3))).rows[0]![5];
    expect(summarise(result)).toContain(`kontrollgrensene er 0 og `);
    expect(summarise(result)).toContain(`Den utregnede nedre grensen, ${computed}, er satt til 0, fordi en prosent ikke kan være lavere.`);
    expect(summarise(pChart(parseProportions('a;1;10\nb;2;10\nc;1;200').points))).toContain(
      'Der den utregnede nedre grensen ble lavere enn 0\u00A0%, er den satt til 0\u00A0%, fordi en andel ikke kan være lavere.',
    );
    expect(summarise(iChart(unlabelled(6.1, 7.2, 5.9, 6.3), undefined, percentBounds))).not.toContain('utregnede');
  });

  // Fresh eyes: a share near 100 per cent had «Øvre grense 118,04», and nothing said it cannot be.
  it('says why an upper limit is 100 and not the one computed, in the words it uses for the lower limit', () => {
    const values = unlabelled(95, 99, 88, 100, 91, 98);
    const computed = displayRows(iChart(values)).rows[0]![6];
    const summary = summarise(iChart(values, undefined, percentBounds));
    expect(summary).toMatch(/kontrollgrensene er [\d,]+ og 100, /);
    expect(summary).toContain(`Den utregnede øvre grensen, ${computed}, er satt til 100, fordi en prosent ikke kan være høyere.`);
    expect(summarise(pChart(parseProportions('a;9;10\nb;8;10\nc;199;200').points))).toContain(
      'Der den utregnede øvre grensen ble høyere enn 100\u00A0%, er den satt til 100\u00A0%, fordi en andel ikke kan være høyere.',
    );
    expect(summarise(iChart(unlabelled(6.1, 7.2, 5.9, 6.3), undefined, percentBounds))).not.toContain('utregnede');
  });
});
