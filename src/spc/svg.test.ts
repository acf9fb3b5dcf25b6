import { parse } from 'node-html-parser';
import { describe, expect, it } from 'vitest';
import { iChart, percentBounds, pChart, runChart } from './charts.ts';
import { parseProportions, parseValues, type ValuePoint } from './parse.ts';
import { sickLeaveExample } from './sick-leave-example.ts';
import { spcSvg } from './svg.ts';

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

/** A made-up series of `n` values around `level` (a fixed sequence, so that the charts are always the same). */
function noisy(n: number, level: number, spread: number): ValuePoint[] {
  let seed = 7;
  return Array.from({ length: n }, (_, i) => {
    seed = (seed * 16807) % 2147483647;
    return { line: i + 1, label: undefined, value: Math.round((level + (seed / 2147483647 - 0.5) * spread) * 100) / 100 };
  });
}

/** 200 points with a signal at the first point and a shift over the last 40: diamonds at both ends of the plot. */
const signalsAtBothEnds = iChart(noisy(200, 5.12, 0.35).map((p, i) => (i === 0 || i >= 160 ? { ...p, value: p.value + 2 } : p)));

type Root = ReturnType<typeof parse>;
type LabelBox = { text: string; line: 'centre' | 'upper' | 'lower'; margin: boolean; left: number; right: number; top: number; bottom: number };

/**
 * Each line label's box: its text at 0,6 em a character, hanging left from x (inside the plot) or right of it (in the
 * margin), from 10 px above its first baseline to 3 px below its last; and the line it names.
 */
function labelBoxes(svg: Root): LabelBox[] {
  return svg.querySelectorAll('text.spc-line-label').map((t) => {
    const x = Number(t.getAttribute('x'));
    const y = Number(t.getAttribute('y'));
    const lines = t.querySelectorAll('tspan').map((line) => line.text.trim());
    const width = Math.max(...(lines.length > 0 ? lines : [t.text]).map((line) => line.length)) * 12 * 0.6;
    const margin = t.getAttribute('text-anchor') === 'start';
    return {
      text: t.text,
      line: /^(Midtlinje|Median)/.test(t.text) ? 'centre' : t.text.startsWith('Øvre') ? 'upper' : 'lower',
      margin,
      left: margin ? x : x - width,
      right: margin ? x + width : x,
      top: y - 10,
      bottom: y + 3 + Math.max(0, lines.length - 1) * 14,
    };
  });
}

/** The centre line's and the limits' horizontal steps, [x1, x2, y], from their paths. */
function lineSteps(svg: Root): Record<LabelBox['line'], [number, number, number][]> {
  const steps = (selector: string) =>
    svg.querySelectorAll(selector).map((path) => [...(path.getAttribute('d') ?? '').matchAll(/[ML]([\d.]+),([\d.]+)H([\d.]+)/g)].map((m) => [Number(m[1]), Number(m[3]), Number(m[2])] as [number, number, number]));
  const limits = steps('path.spc-limit');
  return { centre: steps('path.spc-centre').flat(), upper: limits.slice(0, limits.length / 2).flat(), lower: limits.slice(limits.length / 2).flat() };
}

/** The points' markers (not the legend's), as boxes. */
function markerBoxes(svg: Root) {
  return [
    ...svg.querySelectorAll('.spc-data ~ circle.spc-point').map((c) => ({ x: Number(c.getAttribute('cx')), y: Number(c.getAttribute('cy')), r: 3.5 })),
    ...svg.querySelectorAll('.spc-data ~ path.spc-signal').map((d) => {
      const [, x, y] = /^M([\d.]+),([\d.]+)/.exec(d.getAttribute('d')!)!;
      return { x: Number(x), y: Number(y) + 7, r: 7 };
    }),
  ].map(({ x, y, r }) => ({ left: x - r, right: x + r, top: y - r, bottom: y + r }));
}

const hit = (a: { left: number; right: number; top: number; bottom: number }, b: { left: number; right: number; top: number; bottom: number }) =>
  a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;

/** How far a line at `ly` is from the box, vertically (0 through it). */
const distance = (box: LabelBox, ly: number) => (ly < box.top ? box.top - ly : ly > box.bottom ? ly - box.bottom : 0);

/**
 * What is wrong with the chart's line labels: a label over a point, another label or the data line, or standing where
 * it reads as another line's. Inside the plot a label keeps 4 px from its own line (where nearest) and at least 10 px from every other
 * (so the nearest line is its own); in the margin it stands right of every point, at its own line's end, or joined to
 * it by a leader where lines too close together moved the labels apart, and nearer to its own line's end than to any
 * other's.
 */
function labelProblems(svgText: string): string[] {
  const svg = parse(svgText).querySelector('svg')!;
  const labels = labelBoxes(svg);
  const steps = lineSteps(svg);
  const markers = markerBoxes(svg);
  const width = Number(svg.getAttribute('width'));
  const data = [...(svg.querySelector('path.spc-data')?.getAttribute('d') ?? '').matchAll(/([\d.]+),([\d.]+)/g)].map((m) => [Number(m[1]), Number(m[2])] as const);
  const plotRight = Math.max(...Object.values(steps).flat().map(([, x2]) => x2));
  const problems: string[] = [];
  for (const [i, label] of labels.entries()) {
    for (const m of markers) if (hit(label, m)) problems.push(`${label.text} over the point at ${m.left},${m.top}`);
    for (const other of labels.slice(i + 1)) if (hit(label, other)) problems.push(`${label.text} / ${other.text}`);
    if (label.left < 0 || label.right > width) problems.push(`${label.text} runs past the chart's edge`);
    const near = (line: LabelBox['line']) => steps[line].filter(([x1, x2]) => x2 > label.left && x1 < label.right).map(([, , ly]) => distance(label, ly));
    const others = (['centre', 'upper', 'lower'] as const).filter((line) => line !== label.line && steps[line].length > 0);
    if (!label.margin) {
      const own = near(label.line);
      // 4 px from its own line where it is nearest (a p-chart's limit steps further off under a label's other end).
      if (own.length === 0 || Math.abs(Math.min(...own) - 4) > 0.01) problems.push(`${label.text} is not 4 px from its own line (${own.join(', ')})`);
      for (const line of others) if (near(line).some((d) => d < 10)) problems.push(`${label.text} is near the ${line} line`);
      for (const [k, [x1, y1]] of data.entries()) {
        const [x2, y2] = data[k + 1] ?? [x1, y1];
        const box = { left: Math.min(x1, x2), right: Math.max(x1, x2), top: Math.min(y1, y2), bottom: Math.max(y1, y2) };
        // Coarse: the segment's box; a label clear of the data line by placement is clear of this too, or nearly.
        if (k + 1 < data.length && hit(label, box) && Math.abs(y2 - y1) < 1) problems.push(`${label.text} across the data line`);
      }
    } else {
      if (label.left <= plotRight) problems.push(`${label.text} is not beside the plot`);
      const endY = (line: LabelBox['line']) => steps[line].at(-1)![2];
      const centre = (label.top + label.bottom) / 2;
      const leader = svg.querySelectorAll('line.spc-leader').some((l) => Math.abs(Number(l.getAttribute('y1')) - endY(label.line)) < 0.01 && Math.abs(Number(l.getAttribute('y2')) - centre) < 1);
      if (distance(label, endY(label.line)) > 0 && !leader) problems.push(`${label.text} is not at its line's end`);
      for (const line of others)
        if (Math.abs(endY(line) - centre) < Math.abs(endY(label.line) - centre) && !leader) problems.push(`${label.text} is nearer the ${line} line's end`);
    }
  }
  return problems;
}

const chartHeight = (width: number) => Math.round(Math.max(300, Math.min(460, width * 0.55)));

// Fresh eyes: at 320 px «Nedre grense 6,7» stood over the last point; with a percentage's lower limit of 0 at the
// foot of the plot, «Nedre grense 0» stood on the centre line; with ~200 points at 375 px «Midtlinje» stood half
// hidden behind points and «Nedre grense 4,83» far from its line, just under the centre line. The whole kind: every
// line label of every kind of chart, few points and many, at the chart widths of a 320, 375 and 1280 px screen (288,
// 343, 960) and between.
describe('line labels stand by their own lines, clear of the points, the data line and each other', () => {
  const proportions = (n: number) => Array.from({ length: n }, (_, i) => `${i % 2 ? 30 - (i % 5) : 12 + (i % 4)};${i % 2 ? 200 : 100}`).join('\n');
  const charts = {
    'the example I-chart': iChart(sickLeave, 12),
    'the example run chart': runChart(sickLeave),
    'a p-chart of 10': pChart(parseProportions('10;100\n20;200\n15;100\n35;200\n12;100\n30;200\n14;100\n26;200\n11;100\n28;200').points),
    'a p-chart of 16, with a baseline': pChart(parseProportions(proportions(16)).points, 8),
    'a lower limit of 0': iChart(parseValues('jan;2\nfeb;9\nmar;1\napr;10\nmai;2\njun;8').points, undefined, percentBounds),
    'an upper limit of 100': iChart(parseValues('jan;95\nfeb;99\nmar;88\napr;100\nmai;91\njun;98').points, undefined, percentBounds),
    '12 points': iChart(noisy(12, 6.5, 2)),
    '60 points': iChart(noisy(60, 6.5, 2)),
    '200 points': iChart(noisy(200, 5.12, 0.35)),
    '200 points, run chart': runChart(noisy(200, 5.12, 0.35)),
    '200 points, a baseline of 50': iChart(noisy(200, 5.12, 0.35), 50),
    'all values alike': iChart(noisy(8, 5, 0).map((p, i) => ({ ...p, value: i === 7 ? 5.1 : 5 })), 7),
    '200 points, signals at both ends': signalsAtBothEnds,
  };
  for (const [name, chart] of Object.entries(charts))
    for (const width of [288, 300, 343, 480, 640, 960])
      it(`${name} at ${width} px`, () => {
        const svg = spcSvg(chart, { ...options, width, height: chartHeight(width) });
        expect(labelProblems(svg)).toEqual([]);
        const texts = labelBoxes(parse(svg).querySelector('svg')!).map((l) => l.text);
        expect(texts).toHaveLength(chart.type === 'run' ? 1 : 3);
        for (const text of texts) expect(text).toMatch(/^(Midtlinje|Median|Øvre grense|Nedre grense) −?\d/);
      });

  it('puts every label of a crowded chart beside the plot, at its line, and keeps those of a sparse one inside', () => {
    const crowded = parse(spcSvg(iChart(noisy(200, 5.12, 0.35)), { ...options, width: 343, height: 300 })).querySelector('svg')!;
    expect(labelBoxes(crowded).map((l) => l.margin)).toEqual([true, true, true]);
    // Name over value, which a phone's margin has room for, and still «Midtlinje 5,12» read out or copied.
    expect(crowded.querySelector('text.spc-line-label')!.querySelectorAll('tspan')).toHaveLength(2);
    expect(crowded.querySelector('text.spc-line-label')!.text).toMatch(/^Midtlinje \d/);
    const sparse = parse(spcSvg(iChart(sickLeave, 12), options)).querySelector('svg')!;
    expect(labelBoxes(sparse).map((l) => l.margin)).toEqual([false, false, false]);
  });

  it('stacks the labels of lines that coincide top-down, upper limit first, each joined to its line', () => {
    const flat = parse(spcSvg(charts['all values alike'], { ...options, width: 343, height: 300 })).querySelector('svg')!;
    const labels = labelBoxes(flat);
    expect(labels.every((l) => l.margin)).toBe(true);
    expect([...labels].sort((a, b) => a.top - b.top).map((l) => l.line)).toEqual(['upper', 'centre', 'lower']);
    expect(flat.querySelectorAll('line.spc-leader').length).toBeGreaterThanOrEqual(2);
  });

  it('has a wide halo in the background colour on each label, so that the grid stops short of the letters', () => {
    for (const chart of [iChart(sickLeave, 12), iChart(noisy(200, 5.12, 0.35))])
      for (const t of parse(spcSvg(chart, options)).querySelectorAll('text.spc-line-label')) {
        expect(t.getAttribute('stroke')).toBe('#ffffff');
        expect(Number(t.getAttribute('stroke-width'))).toBeGreaterThanOrEqual(5);
      }
  });
});

// At 320 px with 200 points, the first and last points' signal diamonds stood out of the plot over the end of the
// tick label «7» and the start of the margin label «Øvre grense 9,24».
it('keeps the tick labels and the margin labels clear of the outermost points\' markers', () => {
  for (const width of [288, 343, 480]) {
    const svg = parse(spcSvg(signalsAtBothEnds, { ...options, width, height: chartHeight(width) })).querySelector('svg')!;
    const markers = markerBoxes(svg);
    expect(markers.length).toBe(200);
    const ticks = svg.querySelectorAll('text.spc-axis[text-anchor="end"]').map((t) => {
      const x = Number(t.getAttribute('x'));
      const y = Number(t.getAttribute('y'));
      return { text: t.text, left: x - t.text.length * 12 * 0.6, right: x, top: y - 6, bottom: y + 6 };
    });
    expect(ticks.length).toBeGreaterThan(2);
    const clearOf = (box: { left: number; right: number; top: number; bottom: number }) =>
      markers.filter((m) => hit({ ...box, left: box.left - 2, right: box.right + 2 }, m)).map((m) => `${m.left},${m.top}`);
    for (const tick of ticks) expect(clearOf(tick), `${width}: tick ${tick.text}`).toEqual([]);
    const labels = labelBoxes(svg);
    expect(labels.every((l) => l.margin)).toBe(true);
    for (const label of labels) expect(clearOf(label), `${width}: ${label.text}`).toEqual([]);
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

// Fresh eyes: 200 points at 375 px were labelled «1 23 45 67 …» under the x axis.
describe('the x axis', () => {
  const xLabels = (svg: string) => parse(svg).querySelectorAll('text.spc-x').map((t) => t.text);

  it('labels numbered points at a round step (and the first), at a phone\'s and a computer\'s width', () => {
    for (const width of [288, 343, 960]) {
      const labels = xLabels(spcSvg(iChart(noisy(200, 5.12, 0.35)), { ...options, width, height: chartHeight(width) })).map(Number);
      const [, second, third] = labels;
      const step = third! - second!;
      expect([5, 10, 20, 25, 50, 100], `${width}: ${labels.join(' ')}`).toContain(step);
      expect(labels.slice(1).every((n) => n % step === 0), `${width}: ${labels.join(' ')}`).toBe(true);
      expect(labels[0]).toBe(1);
    }
  });

  it('labels months from a January, every 3, 6 or 12 months (a year by the year alone)', () => {
    for (const width of [288, 343, 960]) {
      const labels = xLabels(spcSvg(iChart(sickLeave, 12), { ...options, width, height: chartHeight(width) }));
      expect(['jan 2022', '2022']).toContain(labels[0]);
      // «2023» for a January at a step of whole years.
      const month = (label: string) => (/^\d{4}$/.test(label) ? `jan ${label}` : label).split(' ');
      const months = labels.map((l) => ['jan', 'feb', 'mar', 'apr', 'mai', 'jun', 'jul', 'aug', 'sep', 'okt', 'nov', 'des'].indexOf(month(l)[0]!) + 12 * (Number(month(l)[1]) - 2022));
      const step = months[1]! - months[0]!;
      expect([1, 2, 3, 6, 12], `${width}: ${labels.join(', ')}`).toContain(step);
      expect(months.every((m) => m % step === 0)).toBe(true);
    }
  });
});

// Fresh eyes: the key showed «Signal» on a chart with none.
describe('the key', () => {
  const key = (svg: string) => parse(svg).querySelectorAll('.spc-legend text').map((t) => t.text);

  it('shows «Signal» only where the chart has a signal, and «Kontrollgrenser» only where it has limits', () => {
    const calm = iChart(parseValues('8,2\n7,9\n8,4\n8,1\n7,8\n8,3\n8,0\n8,2').points);
    expect(calm.signals).toEqual([]);
    expect(key(spcSvg(calm, options))).toEqual(['Måling', 'Kontrollgrenser']);
    expect(parse(spcSvg(calm, options)).querySelectorAll('path.spc-signal')).toHaveLength(0);
    expect(key(spcSvg(iChart(sickLeave, 12), options))).toEqual(['Måling', 'Signal', 'Kontrollgrenser']);
    expect(key(spcSvg(runChart(calm.points.map((p, i) => ({ line: i + 1, label: undefined, value: p.value }))), options))).toEqual(['Måling']);
  });
});
