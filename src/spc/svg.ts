// Draws an SPC chart as a standalone SVG document (a string): the same markup
// is shown on the page and saved by the SVG and PNG exports. Colours are
// presentation attributes, so an exported file looks right on its own; the
// page's stylesheet overrides them through the class names (dark mode). No
// style attributes: the CSP forbids inline styles.
import { crosses, lineHeight, overlaps, placeLineLabels, textWidth, type Box } from '../charts/label-placement.ts';
import { categoryPositions, gappedPath, round, valueScale, wrapText } from '../charts/scales.ts';
import type { ChartResult } from './charts.ts';
import { displayValue, summarise } from './explain.ts';
import { spcNumber } from './numbers.ts';
import { escapeMarkup } from '../lib/escape-markup.ts';

export interface SvgOptions {
  width: number;
  height: number;
  title: string;
  /** What is measured, shown by the y axis, e.g. «Sykefravær (%)». */
  measure: string;
  /** Prefix for element ids, unique on the page. */
  idPrefix?: string;
}

const colours = {
  text: '#1f2933',
  subtle: '#5b6670',
  grid: '#d9dee3',
  data: '#1b5e7a',
  centre: '#1f2933',
  limit: '#b5531c',
  signal: '#c0262d',
  background: '#ffffff',
};

const fontFamily = 'Inter Variable, Inter, Arial, Helvetica, sans-serif';

type Attributes = Record<string, string | number | undefined>;

function element(name: string, attributes: Attributes, content = ''): string {
  const attrs = Object.entries(attributes)
    .filter(([, v]) => v !== undefined)
    .map(([k, v]) => ` ${k}="${escapeMarkup(String(v))}"`)
    .join('');
  return content === '' && name !== 'text' && name !== 'title' && name !== 'desc' ? `<${name}${attrs}/>` : `<${name}${attrs}>${content}</${name}>`;
}

/** A horizontal line per point (centred on it), joined into steps: limits that vary by point. */
function stepPath(xs: readonly number[], ys: readonly number[], half: number): string {
  return xs.map((x, i) => `${i === 0 ? 'M' : 'L'}${round(x - half)},${round(ys[i]!)}H${round(x + half)}`).join('');
}

/** Which points get a label on the x axis, so that labels do not overlap. */
export function labelledIndices(labels: readonly string[], plotWidth: number, fontSize: number): number[] {
  const widest = Math.max(...labels.map((l) => l.length), 1) * fontSize * 0.6 + 8;
  const every = Math.max(1, Math.ceil((widest * labels.length) / plotWidth));
  return labels.map((_, i) => i).filter((i) => i % every === 0);
}

/** A legend entry: its symbol drawn at (x, y), the text's baseline, and its text. */
interface LegendItem {
  symbol: (x: number, y: number) => string;
  symbolWidth: number;
  text: string;
}

/** Legend entries in rows that fit `width` (at 320 px «Kontrollgrenser» ran past the edge): each entry's x and row. */
export function legendRows(items: readonly { symbolWidth: number; text: string }[], width: number, fontSize: number): { x: number; row: number }[] {
  const gap = 16;
  let x = 12;
  let row = 0;
  return items.map((item) => {
    const itemWidth = item.symbolWidth + textWidth(item.text, fontSize);
    if (x > 12 && x + itemWidth > width - 8) {
      row += 1;
      x = 12;
    }
    const at = { x, row };
    x += itemWidth + gap;
    return at;
  });
}

/** Height of a line of axis text, and of a row of the legend. */
const rowHeight = 18;

/** Height a line's label needs on one side of it: the text (12 px) and its gap to the line. */
const labelRoom = 18;

export function spcSvg(result: ChartResult, options: SvgOptions): string {
  const { width, title, measure, idPrefix = 'spc' } = options;
  const fontSize = 12;
  const { points } = result;
  const signalled = new Set(result.signals.flatMap((s) => s.points));
  const format = (v: number) => displayValue(result, v);
  const hasLimits = points.every((p) => p.lower !== undefined && p.upper !== undefined);

  const legendItems: LegendItem[] = [
    { symbol: (x, y) => element('circle', { class: 'spc-point', cx: x + 4, cy: y - 4, r: 3.5, fill: colours.data }), symbolWidth: 12, text: 'Måling' },
    { symbol: (x, y) => element('path', { class: 'spc-signal', d: `M${x + 6},${y - 10}L${x + 12},${y - 4}L${x + 6},${y + 2}L${x},${y - 4}Z`, fill: colours.signal }), symbolWidth: 18, text: 'Signal' },
    ...(hasLimits
      ? [{ symbol: (x: number, y: number) => element('line', { class: 'spc-limit', x1: x, x2: x + 24, y1: y - 4, y2: y - 4, stroke: colours.limit, 'stroke-width': 2, 'stroke-dasharray': '5 3' }), symbolWidth: 30, text: 'Kontrollgrenser' }]
      : []),
  ];
  const legendAt = legendRows(legendItems, width, fontSize);
  const legendLines = Math.max(...legendAt.map((at) => at.row)) + 1;

  const titleLines = wrapText(title, Math.floor((width - 24) / (15 * 0.6)));
  const titleBottom = 16 + titleLines.length * 20 + 8;
  // What is measured reads along the y axis where it fits the plot's height; a longer text (at 320 px it ran into
  // the title and the first x label) stands over the plot instead, on as many lines as it needs.
  const plotHeightBeside = options.height - (fontSize * 2.6 + 26) - titleBottom;
  const measureLines = textWidth(measure, fontSize) + 8 <= plotHeightBeside ? [] : wrapText(measure, Math.floor((width - 24) / (fontSize * 0.6)));
  // Below it a gap for the highest tick label, which stands centred on the plot's top.
  const top = titleBottom + measureLines.length * rowHeight + (measureLines.length > 0 ? 10 : 0);
  // The chart grows by the lines it adds, so the plot keeps its height.
  const height = options.height + measureLines.length * rowHeight + (legendLines - 1) * rowHeight;
  const legendHeight = 26 + (legendLines - 1) * rowHeight;
  const bottom = height - (fontSize * 2.6 + legendHeight);
  const values = points.flatMap((p) => [p.value, p.centre, ...(p.lower !== undefined ? [p.lower] : []), ...(p.upper !== undefined ? [p.upper] : [])]);
  const scaleFactor = result.type === 'p' ? 100 : 1;
  const probe = valueScale(values.map((v) => v * scaleFactor), [1, 0]);
  const tickText = (t: number) => spcNumber(t, 2);
  const left = Math.max(...probe.ticks(5).map((t) => tickText(t).length)) * fontSize * 0.6 + (measureLines.length > 0 ? 12 : 30);
  const right = width - 12;
  // Room for a limit's label on its outer side: where a limit is the plot's edge (a percentage's lower limit of 0),
  // its label found no room there and stood among the points and lines inside (at 320 px «Nedre grense 0» on the
  // centre line). The room is left empty, with no tick in it.
  const scaled = values.map((v) => v * scaleFactor);
  const first = valueScale(scaled, [bottom, top]);
  const limitYs = (side: 'lower' | 'upper') => (hasLimits ? points.map((p) => first(p[side]! * scaleFactor)) : []);
  const roomBelow = limitYs('lower').some((ly) => ly > bottom - labelRoom) ? labelRoom : 0;
  const roomAbove = limitYs('upper').some((ly) => ly < top + labelRoom) ? labelRoom : 0;
  const yPct = roomBelow + roomAbove === 0 ? first : valueScale(scaled, [bottom - roomBelow, top + roomAbove]);
  const y = (v: number) => yPct(v * scaleFactor);
  const xs = categoryPositions(points.length, left, right);
  const step = (right - left) / Math.max(points.length, 1);

  const parts: string[] = [];
  parts.push(element('rect', { class: 'spc-background', x: 0, y: 0, width, height, fill: colours.background }));
  titleLines.forEach((line, i) =>
    parts.push(element('text', { class: 'spc-title', x: 12, y: 22 + i * 20, 'font-size': 15, 'font-weight': 700, fill: colours.text }, escapeMarkup(line))),
  );

  // Grid and y axis, in the unit shown (per cent for p-charts).
  for (const t of yPct.ticks(5)) {
    const ty = round(yPct(t));
    parts.push(element('line', { class: 'spc-grid', x1: left, x2: right, y1: ty, y2: ty, stroke: colours.grid }));
    parts.push(element('text', { class: 'spc-axis', x: left - 6, y: ty, dy: '0.32em', 'text-anchor': 'end', fill: colours.subtle }, escapeMarkup(tickText(t))));
  }
  if (measureLines.length === 0) {
    const axisY = (top + bottom) / 2;
    parts.push(
      element(
        'text',
        { class: 'spc-axis spc-measure', transform: `translate(12 ${round(axisY)}) rotate(-90)`, 'text-anchor': 'middle', dy: '0.7em', fill: colours.subtle },
        escapeMarkup(measure),
      ),
    );
  } else {
    const lines = measureLines.map((line, i) => element('tspan', { x: 12, dy: i === 0 ? undefined : rowHeight }, escapeMarkup(line))).join('');
    parts.push(element('text', { class: 'spc-axis spc-measure', x: 12, y: titleBottom + fontSize, fill: colours.subtle }, lines));
  }

  // x axis labels.
  for (const i of labelledIndices(
    points.map((p) => p.label),
    right - left,
    fontSize,
  )) {
    parts.push(
      element('text', { class: 'spc-axis', x: round(xs[i]!), y: bottom + fontSize + 6, 'text-anchor': 'middle', fill: colours.subtle }, escapeMarkup(points[i]!.label)),
    );
  }

  // The end of the baseline, when it is not the whole series.
  const k = result.baselineLength;
  if (k < points.length) {
    const bx = round((xs[k - 1]! + xs[k]!) / 2);
    parts.push(element('line', { class: 'spc-baseline', x1: bx, x2: bx, y1: top, y2: bottom, stroke: colours.subtle, 'stroke-dasharray': '2 3' }));
  }

  // Centre line and limits: solid over the baseline, dashed where they are carried forward.
  const half = step / 2;
  const lineFor = (cls: string, colour: string, ys: number[], dash: string | undefined) => {
    const baseline = stepPath(xs.slice(0, k), ys.slice(0, k), half);
    const after = k < points.length ? stepPath(xs.slice(k), ys.slice(k), half) : '';
    parts.push(element('path', { class: cls, d: baseline, fill: 'none', stroke: colour, 'stroke-width': 2, 'stroke-dasharray': dash }));
    if (after) parts.push(element('path', { class: `${cls} spc-carried`, d: after, fill: 'none', stroke: colour, 'stroke-width': 2, 'stroke-dasharray': '8 4' }));
  };
  lineFor(
    'spc-centre',
    colours.centre,
    points.map((p) => y(p.centre)),
    undefined,
  );
  if (hasLimits) {
    lineFor(
      'spc-limit',
      colours.limit,
      points.map((p) => y(p.upper!)),
      '5 3',
    );
    lineFor(
      'spc-limit',
      colours.limit,
      points.map((p) => y(p.lower!)),
      '5 3',
    );
  }

  // The data: a line and a marker per point; points in a signal get a larger red diamond.
  parts.push(
    element('path', {
      class: 'spc-data',
      d: gappedPath(
        xs,
        points.map((p) => y(p.value)),
      ),
      fill: 'none',
      stroke: colours.data,
      'stroke-width': 2,
    }),
  );
  points.forEach((p, i) => {
    const cx = round(xs[i]!);
    const cy = round(y(p.value));
    if (signalled.has(i))
      parts.push(element('path', { class: 'spc-signal', d: `M${cx},${cy - 7}L${cx + 7},${cy}L${cx},${cy + 7}L${cx - 7},${cy}Z`, fill: colours.signal, stroke: colours.background }));
    else parts.push(element('circle', { class: 'spc-point', cx, cy, r: 3.5, fill: colours.data }));
  });

  // Line labels beside their lines, at the right end where that is clear, with a halo so that they stay readable
  // over the grid; never over a point, the data line or each other (charts/label-placement.ts).
  const halo = { stroke: colours.background, 'stroke-width': 3, 'paint-order': 'stroke' };
  const last = points.at(-1)!;
  type Point = (typeof points)[number];
  const lineLabels = [
    { name: result.type === 'run' ? 'Median' : 'Midtlinje', value: format(last.centre), at: (p: Point) => p.centre, colour: colours.centre, prefer: 'above' as const },
    ...(hasLimits
      ? [
          { name: 'Øvre grense', value: format(last.upper!), at: (p: Point) => p.upper!, colour: colours.limit, prefer: 'above' as const },
          { name: 'Nedre grense', value: format(last.lower!), at: (p: Point) => p.lower!, colour: colours.limit, prefer: 'below' as const },
        ]
      : []),
  ];
  // A labelled line as segments: a step per point, joined where the limits of a p-chart change.
  const lineSegments = (ys: readonly number[]) =>
    ys.flatMap((ly, i) => [
      [xs[i]! - half, ly, xs[i]! + half, ly] as const,
      ...(i > 0 && ys[i - 1] !== ly ? [[xs[i]! - half, ys[i - 1]!, xs[i]! - half, ly] as const] : []),
    ]);
  const nearest = (x: number) => points[Math.min(points.length - 1, Math.max(0, Math.round((x - left) / step - 0.5)))]!;
  const markers = points.map((p, i) => {
    const r = signalled.has(i) ? 8 : 5;
    return { left: xs[i]! - r, right: xs[i]! + r, top: y(p.value) - r, bottom: y(p.value) + r };
  });
  const segments = points.slice(1).map((p, i) => [xs[i]!, y(points[i]!.value), xs[i + 1]!, y(p.value)] as const);
  // «Grunnlag» at the baseline's end, at the top where that is clear, else as high as it is clear of the centre
  // line, the limits, the points and the data line: at the top it sat on the upper limit with the example data.
  const baselineEnd = k < points.length ? round((xs[k - 1]! + xs[k]!) / 2) : undefined;
  const baselineMark = baselineEnd === undefined ? [] : [clearOf(baselineEnd)];
  function clearOf(end: number): Box {
    const width = textWidth('Grunnlag', fontSize);
    const [from, to] = [end - 4 - width, end - 4];
    const near = points.filter((_, i) => xs[i]! >= from - step && xs[i]! <= to + step);
    const lineYs = near.flatMap((p) => lineLabels.map((l) => y(l.at(p))));
    const boxAt = (baseline: number): Box => ({ left: from, right: to, top: baseline - 10, bottom: baseline + 3 });
    for (let baseline = top + 10; baseline <= bottom - 3; baseline += 2) {
      const box = boxAt(baseline);
      if (lineYs.some((ly) => ly >= box.top - 2 && ly <= box.bottom + 2)) continue;
      if (markers.some((m) => overlaps(m, box)) || segments.some((seg) => crosses(box, seg))) continue;
      return box;
    }
    return boxAt(top + 10);
  }
  // Every 2 px from the right end leftwards: a gap between points is often only a little wider than a label.
  const ends = Array.from({ length: Math.max(1, Math.floor((right - left) / 2)) }, (_, i) => right - i * 2);
  const placedLabels = placeLineLabels(
    lineLabels.map(({ name, value, at, prefer }) => ({
      widths: [textWidth(`${name} ${value}`, fontSize), Math.max(textWidth(name, fontSize), textWidth(value, fontSize))],
      lineYAt: (x: number) => y(at(nearest(x))),
      prefer,
    })),
    { boxes: [...markers, ...baselineMark], segments, lines: lineLabels.flatMap(({ at }) => lineSegments(points.map((p) => y(at(p))))) },
    { left, right, top, bottom },
    ends,
  );
  // Drawn over the lines with the same halo, should no clear place be found.
  if (baselineEnd !== undefined)
    parts.push(element('text', { class: 'spc-axis', x: baselineEnd - 4, y: round(baselineMark[0]!.bottom - 3), 'text-anchor': 'end', fill: colours.subtle, ...halo }, 'Grunnlag'));
  lineLabels.forEach(({ name, value, colour }, i) => {
    const { x, y: ly, lines } = placedLabels[i]!;
    // On two lines the space between name and value stays in the text, so it reads «Midtlinje 13,4 %» when copied or read out.
    const text =
      lines === 1
        ? escapeMarkup(`${name} ${value}`)
        : element('tspan', { x: round(x) }, escapeMarkup(name)) + element('tspan', { x: round(x), dy: lineHeight }, escapeMarkup(` ${value}`));
    // A wide halo: a data line the label must cross (a zigzag around the centre line leaves no clear spot near it)
    // stops short of the letters instead of running through them.
    parts.push(
      element('text', { class: 'spc-line-label', x: round(x), y: round(ly), 'text-anchor': 'end', fill: colour, ...halo, 'stroke-width': 6, 'stroke-linejoin': 'round' }, text),
    );
  });

  // Legend, so that an exported image explains itself; on as many rows as the width needs.
  const legendTop = height - 12 - (legendLines - 1) * rowHeight;
  const legend = legendItems.flatMap((item, i) => {
    const { x, row } = legendAt[i]!;
    const ly = legendTop + row * rowHeight;
    return [item.symbol(x, ly), element('text', { class: 'spc-axis', x: x + item.symbolWidth, y: ly, fill: colours.text }, item.text)];
  });
  parts.push(element('g', { class: 'spc-legend' }, legend.join('')));

  const titleId = `${idPrefix}-title`;
  const descId = `${idPrefix}-desc`;
  return element(
    'svg',
    {
      xmlns: 'http://www.w3.org/2000/svg',
      viewBox: `0 0 ${width} ${height}`,
      width,
      height,
      role: 'img',
      'aria-labelledby': titleId,
      'aria-describedby': descId,
      'font-family': fontFamily,
      'font-size': fontSize,
    },
    element('title', { id: titleId }, escapeMarkup(title)) + element('desc', { id: descId }, escapeMarkup(summarise(result))) + parts.join(''),
  );
}
