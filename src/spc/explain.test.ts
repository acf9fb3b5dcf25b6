import { describe, expect, it } from 'vitest';
import { iChart, runChart } from './charts.ts';
import { explainSignal } from './explain.ts';
import type { ValuePoint } from './parse.ts';

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
});
