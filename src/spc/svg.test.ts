import { parse } from 'node-html-parser';
import { describe, expect, it } from 'vitest';
import { iChart, percentBounds, pChart, runChart } from './charts.ts';
import { parseProportions, parseValues } from './parse.ts';
import { sickLeaveExample } from './sick-leave-example.ts';
import { labelledIndices, spcSvg } from './svg.ts';

const sickLeave = parseValues(sickLeaveExample).points;
const options = {
  width: 800,
  height: 420,
  title: 'Sykefravær <enhet> & co',
  measure: 'Sykefravær (%)',
};

describe('spcSvg', () => {
  const chart = iChart(sickLeave, 12);
  const svg = spcSvg(chart, options);
  const root = parse(svg).querySelector('svg')!;

  it('is a standalone, accessible SVG with an escaped title and a description', () => {
    expect(root.getAttribute('xmlns')).toBe('http://www.w3.org/2000/svg');
    expect(root.getAttribute('role')).toBe('img');
    expect(root.querySelector('title')?.text).toBe('Sykefravær <enhet> & co');
    expect(svg).toContain('Sykefravær &lt;enhet&gt; &amp; co');
    expect(root.querySelector('desc')?.text).toMatch(/^I-diagram \(XmR\) med 24 punkter\. Midtlinjen er 8,3/);
  });

  it('uses no style attributes, which the CSP would block', () => {
    expect(svg).not.toMatch(/\sstyle=/);
  });

  it('marks every point in a signal, and only those', () => {
    // The shift covers the 12 months of 2023, which include the point below the limit.
    expect(root.querySelectorAll('path.spc-signal')).toHaveLength(12 + 1); // 12 points + the legend
    expect(root.querySelectorAll('circle.spc-point')).toHaveLength(12 + 1);
  });

  it('draws the centre line and both limits, solid over the baseline and dashed after it', () => {
    expect(root.querySelectorAll('path.spc-centre')).toHaveLength(2);
    expect(root.querySelectorAll('path.spc-limit')).toHaveLength(4);
    expect(root.querySelectorAll('path.spc-carried')).toHaveLength(3);
    expect(root.querySelector('line.spc-baseline')).not.toBeNull();
    const labels = root.querySelectorAll('text.spc-line-label').map((t) => t.text);
    expect(labels).toEqual(['Midtlinje 8,3', 'Øvre grense 9,9', 'Nedre grense 6,7']);
  });

  it('draws a run chart with a median and no limits', () => {
    const run = parse(spcSvg(runChart(sickLeave), options)).querySelector('svg')!;
    expect(run.querySelectorAll('path.spc-limit')).toHaveLength(0);
    expect(run.querySelectorAll('text.spc-line-label').map((t) => t.text)).toEqual(['Median 7,9']); // 12th and 13th of the 24 sorted values are both 7.9
    expect(run.querySelector('line.spc-baseline')).toBeNull();
  });

  it('shows a p-chart in per cent with limits that step with the denominator', () => {
    const p = parse(spcSvg(pChart(parseProportions('10;100\n20;200\n15;100\n35;200').points), options)).querySelector('svg')!;
    expect(p.querySelectorAll('text.spc-line-label').map((t) => t.text)[0]).toBe('Midtlinje 13,33\u00A0%');
    const upper = p.querySelectorAll('path.spc-limit')[0]!.getAttribute('d')!;
    expect(upper.match(/H/g)).toHaveLength(4);
  });
});

// Fresh eyes: at 320 px «Nedre grense 6,7» stood over the last point. Each line label's box (its text at 0,6 em a
// character, from 10 px above its first baseline to 3 px below its last) is clear of every point's marker and of the
// other labels, and a label on two lines still reads «Midtlinje 13,4 %».
describe('line labels on a narrow chart', () => {
  const charts = {
    'I-chart': iChart(sickLeave, 12),
    'run chart': runChart(sickLeave),
    'p-chart': pChart(parseProportions('10;100\n20;200\n15;100\n35;200\n12;100\n30;200\n14;100\n26;200\n11;100\n28;200').points),
  };
  for (const [name, chart] of Object.entries(charts)) {
    for (const width of [300, 343, 640, 960]) {
      it(`${name} at ${width} px: no label covers a point or another label`, () => {
        const svg = parse(
          spcSvg(chart, {
            ...options,
            width,
            height: Math.round(Math.max(300, Math.min(460, width * 0.55))),
          }),
        ).querySelector('svg')!;
        const labels = svg.querySelectorAll('text.spc-line-label').map((t) => {
          const x = Number(t.getAttribute('x'));
          const y = Number(t.getAttribute('y'));
          const lines = t.querySelectorAll('tspan').map((line) => line.text.trim());
          const widest = Math.max(...(lines.length > 0 ? lines : [t.text]).map((line) => line.length));
          return {
            text: t.text,
            left: x - widest * 12 * 0.6,
            right: x,
            top: y - 10,
            bottom: y + 3 + Math.max(0, lines.length - 1) * 14,
          };
        });
        const markers = [
          ...svg.querySelectorAll('.spc-data ~ circle.spc-point').map((c) => ({
            x: Number(c.getAttribute('cx')),
            y: Number(c.getAttribute('cy')),
            r: 3.5,
          })),
          ...svg.querySelectorAll('.spc-data ~ path.spc-signal').map((d) => {
            const [, x, y] = /^M([\d.]+),([\d.]+)/.exec(d.getAttribute('d')!)!;
            return { x: Number(x), y: Number(y) + 7, r: 7 };
          }),
        ];
        expect(markers).toHaveLength(chart.points.length);
        const hit = (a: { left: number; right: number; top: number; bottom: number }, m: { x: number; y: number; r: number }) =>
          m.x + m.r > a.left && m.x - m.r < a.right && m.y + m.r > a.top && m.y - m.r < a.bottom;
        const covered = labels.flatMap((label) => markers.filter((m) => hit(label, m)).map((m) => `${label.text} over the point at ${m.x},${m.y}`));
        const crowded = labels.flatMap((a, i) =>
          labels
            .slice(i + 1)
            .filter((b) => a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom)
            .map((b) => `${a.text} / ${b.text}`),
        );
        expect([...covered, ...crowded]).toEqual([]);
        for (const label of labels) expect(label.text).toMatch(/^(Midtlinje|Median|Øvre grense|Nedre grense) \d/);
      });
    }
  }
});

// Fresh eyes at 320 px: with a percentage's lower limit of 0 at the foot of the plot, «Nedre grense 0» found no room
// under its line and stood on the centre line among the points. Each label's box (as above) is clear of the centre
// line and both limits, a lower limit's label stands under its line, and each label has a wide halo in the background
// colour, so that a data line it must cross stops short of the letters.
describe('line labels and the lines they name', () => {
  const charts = {
    'a lower limit of 0': iChart(parseValues('jan;2\nfeb;9\nmar;1\napr;10\nmai;2\njun;8').points, undefined, percentBounds),
    'an upper limit of 100': iChart(parseValues('jan;95\nfeb;99\nmar;88\napr;100\nmai;91\njun;98').points, undefined, percentBounds),
    'the example': iChart(sickLeave, 12, percentBounds),
  };
  for (const [name, chart] of Object.entries(charts)) {
    for (const width of [288, 343, 960]) {
      it(`${name} at ${width} px: no label stands on a centre line or a limit`, () => {
        const svg = parse(spcSvg(chart, { ...options, width, height: Math.round(Math.max(300, Math.min(460, width * 0.55))) })).querySelector('svg')!;
        const lineY = (path: { getAttribute: (name: string) => string | undefined }) => Number(/^M[\d.]+,([\d.]+)/.exec(path.getAttribute('d')!)![1]);
        const [centre, upper, lower] = ['path.spc-centre', 'path.spc-limit'].flatMap((selector) => svg.querySelectorAll(selector).map(lineY));
        const texts = svg.querySelectorAll('text.spc-line-label');
        expect(texts).toHaveLength(3);
        const clashes = texts.flatMap((t) => {
          const y = Number(t.getAttribute('y'));
          const lines = t.querySelectorAll('tspan').length || 1;
          const [top, bottom] = [y - 10, y + 3 + (lines - 1) * 14];
          expect(t.getAttribute('stroke'), t.text).toBe('#ffffff');
          expect(Number(t.getAttribute('stroke-width'))).toBeGreaterThanOrEqual(5);
          return [centre!, upper!, lower!].filter((ly) => ly >= top && ly <= bottom).map((ly) => `${t.text} on the line at ${ly}`);
        });
        expect(clashes).toEqual([]);
        const lowerLabel = texts.find((t) => t.text.startsWith('Nedre grense'))!;
        expect(Number(lowerLabel.getAttribute('y')) - 10).toBeGreaterThan(lower!);
      });
    }
  }
});

// Fresh eyes: an upper limit near the top of the chart ran through «Grunnlag».
it('draws «Grunnlag» over the lines, with a halo in the background colour', () => {
  const svg = spcSvg(iChart(sickLeave, 12), options);
  const mark = parse(svg).querySelectorAll('text').find((t) => t.text === 'Grunnlag')!;
  expect(mark.getAttribute('stroke')).toBe('#ffffff');
  expect(mark.getAttribute('paint-order')).toBe('stroke');
  expect(svg.indexOf('>Grunnlag<')).toBeGreaterThan(svg.lastIndexOf('<path class="spc-limit'));
});

// Fresh eyes again: with the example data «Grunnlag» sat on the dashed upper limit at the top of the plot.
it('puts «Grunnlag» where no centre line or limit runs through it, at a computer\'s and a phone\'s width', () => {
  for (const width of [800, 560, 288]) {
    const svg = parse(spcSvg(iChart(sickLeave, 12), { ...options, width })).querySelector('svg')!;
    const mark = svg.querySelectorAll('text').find((t) => t.text === 'Grunnlag')!;
    const baseline = Number(mark.getAttribute('y'));
    const lineYs = svg
      .querySelectorAll('path.spc-limit, path.spc-centre')
      .flatMap((path) => [...(path.getAttribute('d') ?? '').matchAll(/[ML]?[\d.]+,([\d.]+)/g)].map((m) => Number(m[1])));
    expect(lineYs.length).toBeGreaterThan(0);
    for (const ly of lineYs) expect(ly < baseline - 10 || ly > baseline + 3, `${width}: line at ${ly}, label ${baseline - 10}–${baseline + 3}`).toBe(true);
  }
});

describe('labelledIndices', () => {
  it('labels every point when there is room, and every n-th when there is not', () => {
    expect(labelledIndices(['a', 'b', 'c'], 600, 12)).toEqual([0, 1, 2]);
    const months = Array.from({ length: 24 }, (_, i) => `mnd ${i + 1}`);
    const shown = labelledIndices(months, 300, 12);
    expect(shown[0]).toBe(0);
    expect(shown.length).toBeLessThan(24);
    expect(shown[1]! - shown[0]!).toBeGreaterThan(1);
  });
});

// At 320 px a long «Hva som måles» along the axis ran into a three-line title and the first x label.
describe('spcSvg on a phone', () => {
  const chart = iChart(sickLeave, 12);
  const phone = { width: 288, height: 300, title: 'Legemeldt sykefravær i hjemmetjenesten, sone nord, per måned 2022–2023', idPrefix: 'p' };

  it('keeps a short measure along the y axis', () => {
    const root = parse(spcSvg(chart, { ...phone, measure: 'Sykefravær (%)' })).querySelector('svg')!;
    expect(root.querySelector('text.spc-measure')?.getAttribute('transform')).toMatch(/rotate\(-90\)/);
  });

  it('puts a measure longer than the plot is high over the plot, below the title, and grows the chart by its lines', () => {
    const svg = spcSvg(chart, { ...phone, measure: 'Legemeldt sykefravær i prosent av avtalte dagsverk' });
    const root = parse(svg).querySelector('svg')!;
    const measure = root.querySelector('text.spc-measure')!;
    expect(measure.getAttribute('transform')).toBeUndefined();
    const lines = measure.querySelectorAll('tspan');
    expect(lines.length).toBeGreaterThan(1);
    for (const line of lines) expect(line.text.length * 12 * 0.6).toBeLessThanOrEqual(288 - 24);
    const titles = root.querySelectorAll('text.spc-title');
    expect(titles).toHaveLength(3);
    const lastTitleY = Number(titles.at(-1)!.getAttribute('y'));
    expect(Number(measure.getAttribute('y')) - 12).toBeGreaterThan(lastTitleY);
    // The plot starts under the measure: the highest grid line is below its last line.
    const gridTop = Math.min(...root.querySelectorAll('line.spc-grid').map((l) => Number(l.getAttribute('y1'))));
    expect(gridTop).toBeGreaterThan(Number(measure.getAttribute('y')) + (lines.length - 1) * 18);
    expect(Number(root.getAttribute('height'))).toBe(300 + lines.length * 18 + 18);
  });

  it('wraps the legend into rows that fit the width', () => {
    const root = parse(spcSvg(chart, { ...phone, measure: 'Sykefravær (%)' })).querySelector('svg')!;
    const texts = root.querySelectorAll('.spc-legend text');
    expect(texts.map((t) => t.text)).toEqual(['Måling', 'Signal', 'Kontrollgrenser']);
    for (const t of texts) expect(Number(t.getAttribute('x')) + t.text.length * 12 * 0.6).toBeLessThanOrEqual(288);
    expect(new Set(texts.map((t) => t.getAttribute('y'))).size).toBe(2);
    // On a wide chart the legend is one row.
    const wide = parse(spcSvg(chart, options)).querySelector('svg')!;
    expect(new Set(wide.querySelectorAll('.spc-legend text').map((t) => t.getAttribute('y'))).size).toBe(1);
  });
});
