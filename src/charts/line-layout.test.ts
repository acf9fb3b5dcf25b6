import { describe, expect, it } from 'vitest';
import { cutAxisAt, lineLayout } from './line-layout.ts';

const format = (n: number) => String(n).replace('.', ',');

describe('lineLayout', () => {
  const layout = lineLayout({
    categories: ['Q4 07–Q3 08', 'Q3 08–Q2 09', 'Q4 08–Q3 09'],
    series: [
      { label: 'I programmet', values: [10.3, 10.2, 10.2] },
      { label: 'Utenfor', values: [9.3, null, 9.6] },
    ],
    width: 400,
    height: 240,
    format,
  });

  // Table 4.6 (/tall/): three spans of four quarters whose middles are three quarters and then one apart stood evenly
  // spaced, so the second step looked as long as the first (a journalist).
  it('puts one tick per category, spans of quarters at their middles in time, and round value ticks', () => {
    expect(layout.xTicks).toHaveLength(3);
    const [a, b, c] = layout.xTicks.map((t) => t.x) as [number, number, number];
    expect((b - a) / (c - b)).toBeCloseTo(3, 1);
    expect(layout.yTicks.map((t) => t.label)).toEqual(['9,2', '9,4', '9,6', '9,8', '10', '10,2', '10,4']);
  });

  it('maps higher values higher up, inside the plot area', () => {
    const [inside] = layout.series;
    for (const p of inside!.points) {
      expect(p.y).toBeGreaterThanOrEqual(layout.plot.top);
      expect(p.y).toBeLessThanOrEqual(layout.plot.bottom);
    }
    const outside = layout.series[1]!;
    expect(outside.points[0]!.y).toBeGreaterThan(inside!.points[0]!.y);
  });

  it('leaves a gap for a missing value: no dot, and the line is broken', () => {
    const outside = layout.series[1]!;
    expect(outside.points.map((p) => p.category)).toEqual(['Q4 07–Q3 08', 'Q4 08–Q3 09']);
    expect(outside.path.match(/M/g)).toHaveLength(2);
  });

  it('wraps long category labels and makes room for them below the plot', () => {
    const narrow = lineLayout({ categories: ['Q4 05–Q3 06', 'Q3 08–Q2 09'], series: [{ label: 'a', values: [1, 2] }], width: 120, height: 200, format });
    expect(narrow.xTicks[0]!.lines).toEqual(['Q4', '05–Q3', '06']);
    expect(narrow.plot.bottom).toBeLessThan(200 - 3 * 12);
  });

  it('can share a y axis with other charts through extra domain values', () => {
    const shared = lineLayout({ categories: ['a', 'b'], series: [{ label: 'x', values: [7, 8] }], domainValues: [6, 14], width: 200, height: 150, format });
    expect(shared.yTicks[0]!.label).toBe('6');
    expect(shared.yTicks.at(-1)!.label).toBe('14');
  });

  it('reports a value axis that does not start at zero, so the chart can say so', () => {
    expect(layout.cutAxis).toEqual({ at: 9.2, label: '9,2' });
    const fromZero = lineLayout({ categories: ['a', 'b'], series: [{ label: 'x', values: [7, 8] }], zero: true, width: 200, height: 150, format });
    expect(fromZero.cutAxis).toBeUndefined();
  });

  it('knows which end of a domain is cut', () => {
    expect(cutAxisAt([7, 12])).toBe(7);
    expect(cutAxisAt([0, 12])).toBeUndefined();
    expect(cutAxisAt([-3, 12])).toBeUndefined();
    expect(cutAxisAt([-12, -3])).toBe(-3);
  });
});

// /tall/'s «Utviklingen i sykefraværet» at 320 px: the middle of three periods had no label.
describe('periods as ranges on a phone-wide chart', () => {
  const categories = ['4. kv. 2007 – 3. kv. 2008', '3. kv. 2008 – 2. kv. 2009', '4. kv. 2008 – 3. kv. 2009'];
  const layout = lineLayout({ categories, series: [{ label: 'a', values: [10.3, 10.2, 10.2] }], width: 280, height: 240, format });

  it('break a range after its dash, so each end reads whole', () => {
    expect(layout.xTicks[0]!.lines).toEqual(['4. kv. 2007 –', '3. kv. 2008']);
    expect(layout.rowStep).toBeGreaterThan(2 * 12 * 1.2);
  });

  it('label every period, the last (a quarter after the middle one) on a second row, and make room for both rows', () => {
    expect(layout.xTicks.map((t) => t.row)).toEqual([0, 0, 1]);
    expect(layout.xTicks.every((t) => t.lines.length > 0)).toBe(true);
    expect(layout.plot.bottom).toBeLessThanOrEqual(240 - layout.rowStep - 2 * 12 * 1.2 - 10 + 1e-9);
  });
});

describe('quarters unevenly spaced in time', () => {
  const categories = ['3. kv. 2006', '3. kv. 2007', '3. kv. 2008', '4. kv. 2008', '2. kv. 2009', '3. kv. 2009'];
  const layout = lineLayout({ categories, series: [{ label: 'Snitt', values: [10.6, 10.2, 9.8, 9.9, 9.6, 9.4] }], width: 480, height: 260, format });

  it('stand at their place in time: a year is four times as wide as a quarter', () => {
    const x = layout.xTicks.map((t) => t.x);
    expect((x[1]! - x[0]!) / (x[3]! - x[2]!)).toBeCloseTo(4, 1);
    expect((x[4]! - x[3]!) / (x[3]! - x[2]!)).toBeCloseTo(2, 1);
    expect(layout.series[0]!.points.map((p) => p.x)).toEqual(x);
  });

  it('put a tick label that would run into the one before on a second row, never two labels over each other', () => {
    const shown = layout.xTicks.filter((t) => t.lines.length > 0);
    expect(shown[0]!.lines.join(' ')).toBe('3. kv. 2006');
    expect(layout.xTicks.some((t) => t.row === 1)).toBe(true);
    for (const row of [0, 1]) {
      const spans = shown.filter((t) => t.row === row).map((t) => [t.x - (Math.max(...t.lines.map((l) => l.length)) * 12 * 0.6) / 2, t.x + (Math.max(...t.lines.map((l) => l.length)) * 12 * 0.6) / 2] as const);
      for (let i = 1; i < spans.length; i++) expect(spans[i]![0]).toBeGreaterThan(spans[i - 1]![1]);
    }
    expect(layout.series[0]!.points).toHaveLength(categories.length);
  });

  // /tall/'s small multiples (260 wide, 13 px text): 2. kv. 2009 had no label, so its dot could not be told apart.
  it('label every point, on a third row where two have no room, never two labels over each other', () => {
    const narrow = lineLayout({ categories, series: [{ label: 'Snitt', values: [10.6, 10.2, 9.8, 9.9, 9.6, 9.4] }], width: 260, height: 170, format, fontSize: 13 });
    expect(narrow.xTicks.every((t) => t.lines.length > 0)).toBe(true);
    expect(Math.max(...narrow.xTicks.map((t) => t.row))).toBe(2);
    const half = (t: (typeof narrow.xTicks)[number]) => (Math.max(...t.lines.map((l) => l.length)) * 13 * 0.6) / 2;
    for (const row of [0, 1, 2]) {
      const spans = narrow.xTicks.filter((t) => t.row === row).map((t) => [t.x - half(t), t.x + half(t)] as const);
      for (let i = 1; i < spans.length; i++) expect(spans[i]![0]).toBeGreaterThan(spans[i - 1]![1]);
    }
    expect(narrow.plot.bottom).toBeLessThanOrEqual(170 - 2 * narrow.rowStep - 2 * 13 * 1.2 - 10 + 1e-9);
    expect(narrow.series[0]!.points).toHaveLength(categories.length);
  });

  it('evenly spaced quarters and other categories stay evenly spaced', () => {
    const even = lineLayout({ categories: ['3. kv. 2006', '4. kv. 2006', '1. kv. 2007'], series: [{ label: 'a', values: [1, 2, 3] }], width: 400, height: 200, format });
    const [a, b, c] = even.xTicks.map((t) => t.x) as [number, number, number];
    expect(b - a).toBeCloseTo(c - b, 1);
  });
});
