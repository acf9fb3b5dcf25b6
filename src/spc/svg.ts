// Draws an SPC chart as a standalone SVG document (a string): the same markup
// is shown on the page and saved by the SVG and PNG exports. Colours are
// presentation attributes, so an exported file looks right on its own; the
// page's stylesheet overrides them through the class names (dark mode). No
// style attributes: the CSP forbids inline styles.
import { ascent, crosses, labelHeight, lineHeight, overlaps, placeBesideLines, placeInMargin, textWidth, type Box, type Segment } from '../charts/label-placement.ts';
import { categoryPositions, gappedPath, round, valueScale, wrapText } from '../charts/scales.ts';
import type { ChartPoint, ChartResult } from './charts.ts';
import { displayValue, summarise } from './explain.ts';
import { spcNumber } from './numbers.ts';
import { escapeMarkup } from '../lib/escape-markup.ts';
import { xLabels } from './x-labels.ts';

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



/**
 * Where the line labels and «Grunnlag» stand. Inside the plot where each has a clear spot beside its own line; else
 * beside the plot: the line labels in a margin right of it at their lines' heights, «Grunnlag» over its top at the
 * baseline's end (charts/label-placement.ts says why).
 */
interface Placement {
  margin: boolean;
  markAbove: boolean;
}

/** Room over the plot for «Grunnlag» when it stands there. */
const markRoom = 12;

export function spcSvg(result: ChartResult, options: SvgOptions): string {
  for (const placement of [
    { margin: false, markAbove: false },
    { margin: false, markAbove: true },
    { margin: true, markAbove: false },
  ]) {
    const svg = draw(result, options, placement);
    if (svg !== undefined) return svg;
  }
  return draw(result, options, { margin: true, markAbove: true })!;
}

/** The chart with its labels placed as `placement` says; undefined where a label placed inside the plot has no clear spot there. */
function draw(result: ChartResult, options: SvgOptions, placement: Placement): string | undefined {
  const { width, title, measure, idPrefix = 'spc' } = options;
  const fontSize = 12;
  const { points } = result;
  const signalled = new Set(result.signals.flatMap((s) => s.points));
  const format = (v: number) => displayValue(result, v);
  const hasLimits = points.every((p) => p.lower !== undefined && p.upper !== undefined);
  const last = points.at(-1)!;
  const lineLabels = [
    { name: result.type === 'run' ? 'Median' : 'Midtlinje', value: format(last.centre), at: (p: ChartPoint) => p.centre, colour: colours.centre, prefer: 'above' as const },
    ...(hasLimits
      ? [
          { name: 'Øvre grense', value: format(last.upper!), at: (p: ChartPoint) => p.upper!, colour: colours.limit, prefer: 'above' as const },
          { name: 'Nedre grense', value: format(last.lower!), at: (p: ChartPoint) => p.lower!, colour: colours.limit, prefer: 'below' as const },
        ]
      : []),
  ];
  const oneLine = lineLabels.map(({ name, value }) => textWidth(`${name} ${value}`, fontSize));
  const twoLines = lineLabels.map(({ name, value }) => Math.max(textWidth(name, fontSize), textWidth(value, fontSize)));
  // In the margin, on one line where that takes at most a fifth of the chart's width, else name over value.
  const marginLines = Math.max(...oneLine) <= width * 0.2 ? 1 : 2;
  const marginWidth = placement.margin ? Math.max(...(marginLines === 1 ? oneLine : twoLines)) + 6 : 0;

  // The key shows what the chart shows: no «Signal» without a signal.
  const legendItems: LegendItem[] = [
    { symbol: (x, y) => element('circle', { class: 'spc-point', cx: x + 4, cy: y - 4, r: 3.5, fill: colours.data }), symbolWidth: 12, text: 'Måling' },
    ...(signalled.size > 0
      ? [{ symbol: (x: number, y: number) => element('path', { class: 'spc-signal', d: `M${x + 6},${y - 10}L${x + 12},${y - 4}L${x + 6},${y + 2}L${x},${y - 4}Z`, fill: colours.signal }), symbolWidth: 18, text: 'Signal' }]
      : []),
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
  const aboveRoom = placement.markAbove ? markRoom : 0;
  // Below it a gap for the highest tick label, which stands centred on the plot's top.
  const top = titleBottom + measureLines.length * rowHeight + (measureLines.length > 0 ? 10 : 0) + aboveRoom;
  // The chart grows by the lines it adds, so the plot keeps its height.
  const height = options.height + measureLines.length * rowHeight + (legendLines - 1) * rowHeight + aboveRoom;
  const legendHeight = 26 + (legendLines - 1) * rowHeight;
  const bottom = height - (fontSize * 2.6 + legendHeight);
  const values = points.flatMap((p) => [p.value, p.centre, ...(p.lower !== undefined ? [p.lower] : []), ...(p.upper !== undefined ? [p.upper] : [])]);
  const scaleFactor = result.type === 'p' ? 100 : 1;
  const probe = valueScale(values.map((v) => v * scaleFactor), [1, 0]);
  const tickText = (t: number) => spcNumber(t, 2);
  const plainLeft = Math.max(...probe.ticks(5).map((t) => tickText(t).length)) * fontSize * 0.6 + (measureLines.length > 0 ? 12 : 30);
  const plainRight = width - (placement.margin ? 8 + marginWidth : 12);
  // The outermost points' markers stand out of the plot by their radius less half a step: with 200 points at 320 px a
  // signal's diamond covered the end of a tick label and the start of a margin label. Those labels keep 3 px clear.
  const markerRadius = (i: number) => (signalled.has(i) ? 8 : 5);
  const plainStep = (plainRight - plainLeft) / Math.max(points.length, 1);
  const labelGap = (stepsIn: (i: number) => number) => Math.max(6, Math.ceil(Math.max(...points.map((_, i) => markerRadius(i) - (stepsIn(i) + 0.5) * plainStep))) + 3);
  const tickGap = labelGap((i) => i);
  const marginGap = placement.margin ? labelGap((i) => points.length - 1 - i) : 6;
  const left = plainLeft + tickGap - 6;
  const right = plainRight - (marginGap - 6);
  // Room for a limit's label on its outer side: where a limit is the plot's edge (a percentage's lower limit of 0),
  // its label found no room there and stood among the points and lines inside (at 320 px «Nedre grense 0» on the
  // centre line). The room is left empty, with no tick in it. Labels in the margin need none.
  const scaled = values.map((v) => v * scaleFactor);
  const first = valueScale(scaled, [bottom, top]);
  const limitYs = (side: 'lower' | 'upper') => (hasLimits && !placement.margin ? points.map((p) => first(p[side]! * scaleFactor)) : []);
  const labelRoom = 18;
  const roomBelow = limitYs('lower').some((ly) => ly > bottom - labelRoom) ? labelRoom : 0;
  const roomAbove = limitYs('upper').some((ly) => ly < top + labelRoom) ? labelRoom : 0;
  const yPct = roomBelow + roomAbove === 0 ? first : valueScale(scaled, [bottom - roomBelow, top + roomAbove]);
  const y = (v: number) => yPct(v * scaleFactor);
  const xs = categoryPositions(points.length, left, right);
  const step = (right - left) / Math.max(points.length, 1);
  const half = step / 2;

  // What a label inside the plot must keep clear of: the points' markers and the data line.
  const markers = points.map((p, i) => {
    const r = signalled.has(i) ? 8 : 5;
    return { left: xs[i]! - r, right: xs[i]! + r, top: y(p.value) - r, bottom: y(p.value) + r };
  });
  const segments = points.slice(1).map((p, i) => [xs[i]!, y(points[i]!.value), xs[i + 1]!, y(p.value)] as const);
  // A labelled line as segments: a step per point, joined where the limits of a p-chart change.
  const lineSegments = (ys: readonly number[]): Segment[] =>
    ys.flatMap((ly, i) => [
      [xs[i]! - half, ly, xs[i]! + half, ly] as const,
      ...(i > 0 && ys[i - 1] !== ly ? [[xs[i]! - half, ys[i - 1]!, xs[i]! - half, ly] as const] : []),
    ]);
  const lines = lineLabels.map(({ at }) => lineSegments(points.map((p) => y(at(p)))));

  // «Grunnlag» at the baseline's end: inside the plot as high as it is clear of the lines, the points and the data
  // line (at the top it sat on the upper limit with the example data), or over the plot.
  const k = result.baselineLength;
  const baselineEnd = k < points.length ? round((xs[k - 1]! + xs[k]!) / 2) : undefined;
  const markWidth = textWidth('Grunnlag', fontSize);
  // Left of the line, or right of it where the plot has no room on the left.
  const markSide = baselineEnd !== undefined && baselineEnd - 4 - markWidth < left ? 'right' : 'left';
  const markBox = (baseline: number): Box => {
    const from = markSide === 'left' ? baselineEnd! - 4 - markWidth : baselineEnd! + 4;
    return { left: from, right: from + markWidth, top: baseline - 10, bottom: baseline + 3 };
  };
  const mark = (() => {
    if (baselineEnd === undefined) return undefined;
    if (placement.markAbove) return markBox(top - 5);
    const lineYs = lines.flat().filter(([x1, , x2]) => x2 >= baselineEnd - markWidth - 8 - step && x1 <= baselineEnd + markWidth + 8 + step);
    for (let baseline = top + 10; baseline <= bottom - 3; baseline += 2) {
      const box = markBox(baseline);
      if (lineYs.some((s) => crosses({ ...box, top: box.top - 2, bottom: box.bottom + 2 }, s))) continue;
      if (markers.some((m) => overlaps(m, box)) || segments.some((seg) => crosses(box, seg))) continue;
      return box;
    }
    return null;
  })();
  if (mark === null) return undefined;

  // Line labels: beside their lines inside the plot, at the right end where that is clear (every 2 px leftwards: a
  // gap between points is often only a little wider than a label), or all of them in the margin.
  const ends = Array.from({ length: Math.max(1, Math.floor((right - left) / 2)) }, (_, i) => right - i * 2);
  const nearest = (x: number) => points[Math.min(points.length - 1, Math.max(0, Math.round((x - left) / step - 0.5)))]!;
  const inside = placement.margin
    ? undefined
    : placeBesideLines(
        lineLabels.map(({ at, prefer }, i) => ({ widths: [oneLine[i]!, twoLines[i]!], lineYAt: (x: number) => y(at(nearest(x))), prefer, line: lines[i]! })),
        { boxes: [...markers, ...(mark ? [mark] : [])], segments },
        { left, right, top, bottom },
        ends,
      );
  if (!placement.margin && !inside) return undefined;
  // Lines that coincide (all the values alike) keep their labels top-down: upper limit, centre line, lower limit.
  const topDown = hasLimits ? [1, 0, 2] : [0];
  const stacked = placement.margin ? placeInMargin(topDown.map((i) => ({ lineY: y(lineLabels[i]!.at(last)), lines: marginLines })), top - 8, bottom + 2) : [];
  const marginCentres = lineLabels.map((_, i) => stacked[topDown.indexOf(i)]!);

  const parts: string[] = [];
  parts.push(element('rect', { class: 'spc-background', x: 0, y: 0, width, height, fill: colours.background }));
  titleLines.forEach((line, i) =>
    parts.push(element('text', { class: 'spc-title', x: 12, y: 22 + i * 20, 'font-size': 15, 'font-weight': 700, fill: colours.text }, escapeMarkup(line))),
  );

  // Grid and y axis, in the unit shown (per cent for p-charts).
  for (const t of yPct.ticks(5)) {
    const ty = round(yPct(t));
    parts.push(element('line', { class: 'spc-grid', x1: left, x2: right, y1: ty, y2: ty, stroke: colours.grid }));
    parts.push(element('text', { class: 'spc-axis', x: left - tickGap, y: ty, dy: '0.32em', 'text-anchor': 'end', fill: colours.subtle }, escapeMarkup(tickText(t))));
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
    const measureText = measureLines.map((line, i) => element('tspan', { x: 12, dy: i === 0 ? undefined : rowHeight }, escapeMarkup(line))).join('');
    parts.push(element('text', { class: 'spc-axis spc-measure', x: 12, y: titleBottom + fontSize, fill: colours.subtle }, measureText));
  }

  // x axis labels at round steps (x-labels.ts), each kept inside the chart.
  for (const { index, text } of xLabels(
    points.map((p) => p.label),
    step,
    fontSize,
  )) {
    const halfWidth = textWidth(text, fontSize) / 2;
    const x = Math.min(Math.max(xs[index]!, 4 + halfWidth), width - 4 - halfWidth);
    parts.push(element('text', { class: 'spc-axis spc-x', x: round(x), y: bottom + fontSize + 6, 'text-anchor': 'middle', fill: colours.subtle }, escapeMarkup(text)));
  }

  // The end of the baseline, when it is not the whole series.
  if (baselineEnd !== undefined) parts.push(element('line', { class: 'spc-baseline', x1: baselineEnd, x2: baselineEnd, y1: top, y2: bottom, stroke: colours.subtle, 'stroke-dasharray': '2 3' }));

  // Centre line and limits: solid over the baseline, dashed where they are carried forward.
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

  // Over the lines, with a halo in the background colour, so that the grid does not run through the letters.
  const halo = { stroke: colours.background, 'stroke-width': 3, 'paint-order': 'stroke' };
  if (mark)
    parts.push(
      element(
        'text',
        { class: 'spc-axis spc-mark', x: round(markSide === 'left' ? mark.right : mark.left), y: round(mark.bottom - 3), 'text-anchor': markSide === 'left' ? 'end' : 'start', fill: colours.subtle, ...halo },
        'Grunnlag',
      ),
    );
  lineLabels.forEach(({ name, value, colour, at }, i) => {
    // The space between name and value stays in the text on two lines too, so it reads «Midtlinje 13,4 %» when copied
    // or read out; it stands where it shows no gap (at the end the text hangs from).
    const text = (x: number, y: number, lines: number, anchor: 'start' | 'end') =>
      element(
        'text',
        // A wide halo: the grid and the lines stop short of the letters.
        { class: `spc-line-label${anchor === 'start' ? ' spc-margin-label' : ''}`, x: round(x), y: round(y), 'text-anchor': anchor, fill: colour, ...halo, 'stroke-width': 6, 'stroke-linejoin': 'round' },
        lines === 1
          ? escapeMarkup(`${name} ${value}`)
          : element('tspan', { x: round(x) }, escapeMarkup(anchor === 'start' ? `${name} ` : name)) +
              element('tspan', { x: round(x), dy: lineHeight }, escapeMarkup(anchor === 'start' ? value : ` ${value}`)),
      );
    if (inside) {
      const spot = inside[i]!;
      parts.push(text(spot.x, spot.y, spot.lines, 'end'));
      return;
    }
    // In the margin, at the end of its line; one moved off its line's height (lines close together) is joined to it.
    const lineY = y(at(last));
    const centre = marginCentres[i]!;
    // Its line's class too, so that dark mode colours it as the line.
    if (Math.abs(centre - lineY) > 3) parts.push(element('line', { class: `spc-leader ${i === 0 ? 'spc-centre' : 'spc-limit'}`, x1: round(right), y1: round(lineY), x2: round(right + marginGap - 2), y2: round(centre), stroke: colour, 'stroke-width': 1.5 }));
    parts.push(text(right + marginGap, centre - labelHeight(marginLines) / 2 + ascent, marginLines, 'start'));
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
