import { describe, expect, it } from 'vitest';
import { crosses, labelHeight, placeBesideLines, placeInMargin, type Box, type LineLabel } from './label-placement.ts';

const area = { left: 0, top: 0, right: 300, bottom: 200 };
const ends = Array.from({ length: 150 }, (_, i) => 300 - i * 2);
/** A flat line at y across the area, and a label for it. */
const label = (y: number, widths: number[] = [100], prefer: 'above' | 'below' = 'above'): LineLabel => ({ widths, lineYAt: () => y, prefer, line: [[0, y, 300, y]] });
const noObstacles = { boxes: [], segments: [] };

describe('placeBesideLines', () => {
  it('puts a label at the right end on its preferred side when that is clear', () => {
    expect(placeBesideLines([label(100, [100, 60])], noObstacles, area, ends)?.[0]).toMatchObject({ x: 300, y: 93, lines: 1 });
  });

  it('goes to the other side, then leftwards, when a point is in the way, keeping 4 px from its line', () => {
    const point = { left: 280, right: 290, top: 80, bottom: 90 };
    expect(placeBesideLines([label(100)], { boxes: [point], segments: [] }, area, ends)?.[0]).toMatchObject({ x: 300, y: 114 });
    const below = { left: 280, right: 290, top: 105, bottom: 115 };
    expect(placeBesideLines([label(100)], { boxes: [point, below], segments: [] }, area, ends)?.[0]).toMatchObject({ x: 280, y: 93 });
  });

  // Fresh eyes, ~200 points at 375 px: «Midtlinje» stood half hidden behind points, and «Nedre grense» far from its
  // line, just under the centre line. A label that finds no clear spot right beside its own line is not placed inside.
  it('places nothing where points crowd the line all along it, rather than under them or a line further off', () => {
    const crowd: Box[] = Array.from({ length: 150 }, (_, i) => i * 2).flatMap((x) => [
      { left: x, right: x + 4, top: 88, bottom: 94 },
      { left: x, right: x + 4, top: 106, bottom: 112 },
    ]);
    // The room a line's height off, above and below the points, is not used.
    expect(placeBesideLines([label(100)], { boxes: crowd, segments: [] }, area, ends)).toBeUndefined();
  });

  it('places nothing across the data line', () => {
    const zigzag = Array.from({ length: 30 }, (_, i) => [i * 10, i % 2 ? 80 : 120, i * 10 + 10, i % 2 ? 120 : 80] as const);
    expect(placeBesideLines([label(100)], { boxes: [], segments: zigzag }, area, ends)).toBeUndefined();
  });

  it('keeps a label away from every other labelled line, so that the line nearest to it is its own', () => {
    // Above the lower line, 20 px under the centre line: 4 px from its own line, but 3 px from the centre line's.
    const [, lower] = placeBesideLines([label(60), label(80, [100], 'below')], { boxes: [{ left: 0, right: 300, top: 86, bottom: 200 }], segments: [] }, area, ends) ?? [];
    expect(lower).toBeUndefined();
    const far = placeBesideLines([label(40), label(80, [100], 'below')], noObstacles, area, ends);
    expect(far?.[1]).toMatchObject({ y: 94 });
  });

  it('puts labels of lines closer than a label is high nowhere inside', () => {
    expect(placeBesideLines([label(100), label(104)], noObstacles, area, ends)).toBeUndefined();
  });

  it('does not let a label cross its own line where it steps (a p-chart limit)', () => {
    const stepped: LineLabel = { widths: [100], lineYAt: (x) => (x > 250 ? 100 : 90), prefer: 'above', line: [[0, 90, 250, 90], [250, 90, 250, 100], [250, 100, 300, 100]] };
    const [spot] = placeBesideLines([stepped], noObstacles, area, ends) ?? [];
    expect(spot).toBeDefined();
    expect(crosses(spot!.box, [250, 90, 250, 100])).toBe(false);
  });
});

describe('placeInMargin', () => {
  it("puts each label at its line's height when the lines are far enough apart", () => {
    expect(placeInMargin([{ lineY: 100, lines: 1 }, { lineY: 40, lines: 1 }, { lineY: 160, lines: 2 }], 0, 200)).toEqual([100, 40, 160]);
  });

  it("moves labels of lines close together apart, in the lines' order, keeping them inside the area", () => {
    const [centre, upper, lower] = placeInMargin([{ lineY: 100, lines: 2 }, { lineY: 96, lines: 2 }, { lineY: 104, lines: 2 }], 0, 200);
    expect(upper! + labelHeight(2) + 2).toBeLessThanOrEqual(centre! + 1e-9);
    expect(centre! + labelHeight(2) + 2).toBeLessThanOrEqual(lower! + 1e-9);
    // As little as needed: the middle one stays at its line.
    expect(centre).toBe(100);
    const [edge] = placeInMargin([{ lineY: 2, lines: 2 }], 0, 200);
    expect(edge! - labelHeight(2) / 2).toBe(0);
  });

  it('keeps the order given for lines that coincide (all the values alike)', () => {
    const [upper, centre, lower] = placeInMargin([{ lineY: 100, lines: 1 }, { lineY: 100, lines: 1 }, { lineY: 100, lines: 1 }], 0, 200);
    expect(upper!).toBeLessThan(centre!);
    expect(centre!).toBeLessThan(lower!);
  });
});

describe('crosses', () => {
  const box = { left: 10, top: 10, right: 20, bottom: 20 };
  it('tells a segment through a box from one beside it', () => {
    expect(crosses(box, [0, 0, 30, 30])).toBe(true);
    expect(crosses(box, [0, 25, 30, 25])).toBe(false);
  });
});
