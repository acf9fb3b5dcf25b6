// Where to put a label that names a horizontal line (the SPC chart's «Midtlinje 8,3», «Øvre grense 9,9»,
// «Nedre grense 6,7»): beside its line, clear of the data and of the other labels. At the right end, above
// the line, as before where that is free; at 320 px a label is as wide as a dozen points and covered the last
// ones («Nedre grense» over the last point), so the label moves to the other side of its line, then leftwards
// along it, until it is clear; where a one-line label fits nowhere, it is tried on two lines (name, then value),
// and where points crowd the line on both sides, a line's height further off. A spot on another labelled line (a
// centre line, a limit) is avoided as much as one a line's height off.

export interface Box {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

export interface LineLabel {
  /** The label's width in pixels on each number of lines it may take, fewest lines first (its text, estimated). */
  widths: readonly number[];
  /** The line's y where the label ends (limits of a p-chart step from point to point). */
  lineYAt: (x: number) => number;
  /** Which side of the line to try first: a lower limit's label reads best under it. */
  prefer: 'above' | 'below';
}

export interface Obstacles {
  /** Points' markers. */
  boxes: readonly Box[];
  /** The data line's segments, [x1, y1, x2, y2]. */
  segments: readonly (readonly [number, number, number, number])[];
  /**
   * The labelled lines themselves (a centre line, a limit), as segments: a label standing on one is read as that
   * line's. Fresh eyes at 320 px: «Nedre grense 0» stood on the centre line.
   */
  lines?: readonly (readonly [number, number, number, number])[];
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
const ascent = 10;
const descent = 3;
const gap = 4;
/** How far from its line a label may stand, nearest first: where the points crowd the line, a line further off. */
const distances = [gap, gap + 14, gap + 28];
/** From one line's baseline to the next. */
export const lineHeight = 14;

/** A rough width of a text in a font of `fontSize` px: wide enough for Inter's digits and capitals. */
export function textWidth(text: string, fontSize: number): number {
  return Math.ceil(text.length * fontSize * 0.6);
}

export const overlaps = (a: Box, b: Box): boolean => a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;

/** Whether the segment from (x1, y1) to (x2, y2) passes through the box (clipped against it, Liang–Barsky). */
export function crosses(box: Box, [x1, y1, x2, y2]: readonly [number, number, number, number]): boolean {
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
 * Places each label beside its line, in the order given: the first spot, from `ends` (where a label may end,
 * best first) and its preferred side then the other, whose box is inside `area` and clear of the obstacles and
 * the labels placed before it; where none is clear, the spot that covers least (a zigzag around a centre line
 * leaves no spot clear of the data line).
 */
export function placeLineLabels(labels: readonly LineLabel[], obstacles: Obstacles, area: Box, ends: readonly number[]): PlacedLabel[] {
  const placed: PlacedLabel[] = [];
  for (const label of labels) {
    const sides = label.prefer === 'above' ? (['above', 'below'] as const) : (['below', 'above'] as const);
    let best: { spot: PlacedLabel; cost: number } | undefined;
    search: for (const [far, away] of distances.entries())
      for (const [index, width] of label.widths.entries()) {
        const lines = index + 1;
        for (const x of ends) {
          if (x - width < area.left) continue;
          for (const side of sides) {
            const lineY = label.lineYAt(x);
            const y = side === 'above' ? lineY - away - descent - (lines - 1) * lineHeight : lineY + away + ascent;
            const box = { left: x - width, right: x, top: y - ascent, bottom: y + (lines - 1) * lineHeight + descent };
            if (box.top < area.top || box.bottom > area.bottom) continue;
            // Crossing the data line is the least harm (the halo keeps the text readable); standing on a labelled line
            // more; covering a point or a label, the most.
            const cost =
              obstacles.boxes.filter((b) => overlaps(box, b)).length * 100 +
              placed.filter((p) => overlaps(box, p.box)).length * 100 +
              (obstacles.lines ?? []).filter((s) => crosses(box, s)).length * 30 +
              obstacles.segments.filter((s) => crosses(box, s)).length +
              // A label a line or two off is read as another line's: worse than crossing the data line two or three
              // times (at 320 px «Midtlinje 5,33» stood over the line of 10, clear of a zigzag but far from its own).
              far * 3;
            if (!best || cost < best.cost) best = { spot: { x, y, lines, box }, cost };
            if (cost === 0) break search;
          }
        }
      }
    const width = label.widths[0] ?? 0;
    const fallbackY = label.lineYAt(area.right) - gap - descent;
    const fallback = { left: area.right - width, right: area.right, top: fallbackY - ascent, bottom: fallbackY + descent };
    placed.push(best?.spot ?? { x: area.right, y: fallbackY, lines: 1, box: fallback });
  }
  return placed;
}
