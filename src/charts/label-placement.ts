// Where to put a label that names a horizontal line (the SPC chart's «Midtlinje 8,3», «Øvre grense 9,9»,
// «Nedre grense 6,7»). Two places, and nothing in between:
//
// - Beside its own line, inside the plot (placeBesideLines): a few pixels above or below it, on one line or two,
//   wherever along the line that is clear of every point, the data line, the other labels and its own line, and with
//   no other labelled line near it. Where a label would have to stand further off, under points or across the data
//   line, it is not placed there at all: fresh eyes with ~200 points at 375 px found «Midtlinje» half hidden behind
//   points, and «Nedre grense 4,83» far from its line, just under the centre line, where it read as that line's.
// - Beside the plot, at its line's height (placeInMargin): where any label finds no clear spot inside, every label of
//   the chart goes to a margin right of the plot, each at the end of its line, as SPC software prints «UCL» there.
//   Labels of lines too close together for their height are moved apart, in the lines' order.

export interface Box {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

export type Segment = readonly [number, number, number, number];

export interface LineLabel {
  /** The label's width in pixels on each number of lines it may take, fewest lines first (its text, estimated). */
  widths: readonly number[];
  /** The line's y where the label ends (limits of a p-chart step from point to point). */
  lineYAt: (x: number) => number;
  /** Which side of the line to try first: a lower limit's label reads best under it. */
  prefer: 'above' | 'below';
  /** The labelled line itself, as segments (a p-chart's limits step): its label may not cross it. */
  line: readonly Segment[];
}

export interface Obstacles {
  /** Points' markers, and any other text already placed. */
  boxes: readonly Box[];
  /** The data line's segments, [x1, y1, x2, y2]. */
  segments: readonly Segment[];
}

export interface PlacedLabel {
  /** Where the text ends (text-anchor end). */
  x: number;
  /** The first line's baseline. */
  y: number;
  /** How many lines (an index into `widths`, plus one). */
  lines: number;
  box: Box;
}

/** How the text sits on its baseline (12 px Inter: capitals about 9 px up, descenders 3 px down), and its gap to the line. */
export const ascent = 10;
export const descent = 3;
const gap = 4;
/**
 * How far every other labelled line stays from a label, at least: three times its own line's gap, so that the line
 * nearest the label is always its own.
 */
const clearance = 12;
/** From one line's baseline to the next. */
export const lineHeight = 14;

/** A rough width of a text in a font of `fontSize` px: wide enough for Inter's digits and capitals. */
export function textWidth(text: string, fontSize: number): number {
  return Math.ceil(text.length * fontSize * 0.6);
}

/** The height of a label's text on `lines` lines, from its first line's cap to its last line's descenders. */
export const labelHeight = (lines: number): number => ascent + (lines - 1) * lineHeight + descent;

export const overlaps = (a: Box, b: Box): boolean => a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;

/** Whether the segment from (x1, y1) to (x2, y2) passes through the box (clipped against it, Liang–Barsky). */
export function crosses(box: Box, [x1, y1, x2, y2]: Segment): boolean {
  let t0 = 0;
  let t1 = 1;
  const dx = x2 - x1;
  const dy = y2 - y1;
  for (const [p, q] of [
    [-dx, x1 - box.left],
    [dx, box.right - x1],
    [-dy, y1 - box.top],
    [dy, box.bottom - y1],
  ] as const) {
    if (p === 0) {
      if (q < 0) return false;
    } else {
      const t = q / p;
      if (p < 0) t0 = Math.max(t0, t);
      else t1 = Math.min(t1, t);
      if (t0 > t1) return false;
    }
  }
  return true;
}

/**
 * Places each label just beside its own line, in the order given: the first spot, from `ends` (where a label may end,
 * best first), fewest lines first, on its preferred side then the other, whose box is inside `area`, clear of the
 * obstacles, of the labels placed before it and of its own line, and at least `clearance` from every other labelled
 * line. Undefined when any label finds no such spot: then none of them stands inside the plot (placeInMargin).
 */
export function placeBesideLines(labels: readonly LineLabel[], obstacles: Obstacles, area: Box, ends: readonly number[]): PlacedLabel[] | undefined {
  const placed: PlacedLabel[] = [];
  for (const [index, label] of labels.entries()) {
    const others = labels.flatMap((other, i) => (i === index ? [] : other.line));
    const sides = label.prefer === 'above' ? (['above', 'below'] as const) : (['below', 'above'] as const);
    const spot = (() => {
      for (const [at, width] of label.widths.entries()) {
        const lines = at + 1;
        for (const x of ends) {
          if (x - width < area.left || x > area.right) continue;
          for (const side of sides) {
            const lineY = label.lineYAt(x);
            const y = side === 'above' ? lineY - gap - descent - (lines - 1) * lineHeight : lineY + gap + ascent;
            const box = { left: x - width, right: x, top: y - ascent, bottom: y + (lines - 1) * lineHeight + descent };
            if (box.top < area.top || box.bottom > area.bottom) continue;
            const near = { ...box, top: box.top - clearance, bottom: box.bottom + clearance };
            const clear =
              !obstacles.boxes.some((b) => overlaps(box, b)) &&
              !placed.some((p) => overlaps(near, p.box)) &&
              !label.line.some((s) => crosses(box, s)) &&
              !others.some((s) => crosses(near, s)) &&
              !obstacles.segments.some((s) => crosses(box, s));
            if (clear) return { x, y, lines, box };
          }
        }
      }
      return undefined;
    })();
    if (!spot) return undefined;
    placed.push(spot);
  }
  return placed;
}

export interface MarginLabel {
  /** Its line's y at the plot's right edge. */
  lineY: number;
  /** How many lines of text. */
  lines: number;
}

/**
 * The centre (y) of each label in the margin beside the plot: at its line's height, or, where labels of lines closer
 * than the labels are high would overlap, moved apart as little as keeps 2 px between them (a group of such labels
 * centred on its lines), in the lines' order (the order given breaks ties: lines that coincide keep their labels in
 * that order), and kept within [top, bottom].
 */
export function placeInMargin(labels: readonly MarginLabel[], top: number, bottom: number): number[] {
  const space = 2;
  const order = labels.map((label, i) => ({ ...label, i, height: labelHeight(label.lines) })).sort((a, b) => a.lineY - b.lineY || a.i - b.i);
  // Groups of labels stacked without gaps beyond `space`, each at the top that puts its labels, on average, at their lines.
  type Group = { labels: typeof order; top: number };
  const stackHeight = (group: Group) => group.labels.reduce((sum, label) => sum + label.height, 0) + space * (group.labels.length - 1);
  const settle = (group: Group) => {
    let offset = 0;
    const wanted = group.labels.map((label) => {
      const at = label.lineY - (offset + label.height / 2);
      offset += label.height + space;
      return at;
    });
    const height = stackHeight(group);
    group.top = Math.min(Math.max(wanted.reduce((a, b) => a + b, 0) / wanted.length, top), bottom - height);
  };
  const groups: Group[] = [];
  for (const label of order) {
    groups.push({ labels: [label], top: 0 });
    settle(groups.at(-1)!);
    // Merge with the group above while they overlap.
    while (groups.length > 1) {
      const [above, below] = groups.slice(-2) as [Group, Group];
      if (above.top + stackHeight(above) + space <= below.top) break;
      groups.splice(-2, 2, { labels: [...above.labels, ...below.labels], top: 0 });
      settle(groups.at(-1)!);
    }
  }
  const result = Array<number>(labels.length);
  for (const group of groups) {
    let y = group.top;
    for (const label of group.labels) {
      result[label.i] = y + label.height / 2;
      y += label.height + space;
    }
  }
  return result;
}
