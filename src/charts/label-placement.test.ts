import { describe, expect, it } from 'vitest';
import { crosses, placeLineLabels } from './label-placement.ts';

const area = { left: 0, top: 0, right: 300, bottom: 200 };
const ends = Array.from({ length: 150 }, (_, i) => 300 - i * 2);
const flat = (y: number) => () => y;

describe('placeLineLabels', () => {
  it('puts a label at the right end on its preferred side when that is clear', () => {
    const [label] = placeLineLabels([{ widths: [100, 60], lineYAt: flat(100), prefer: 'above' }], { boxes: [], segments: [] }, area, ends);
    expect(label).toMatchObject({ x: 300, y: 93, lines: 1 });
  });

  it('goes to the other side, then leftwards, when a point is in the way', () => {
    const point = { left: 280, right: 290, top: 80, bottom: 90 };
    expect(placeLineLabels([{ widths: [100], lineYAt: flat(100), prefer: 'above' }], { boxes: [point], segments: [] }, area, ends)[0]).toMatchObject({ x: 300, y: 114 });
    const below = { left: 280, right: 290, top: 105, bottom: 115 };
    expect(placeLineLabels([{ widths: [100], lineYAt: flat(100), prefer: 'above' }], { boxes: [point, below], segments: [] }, area, ends)[0]).toMatchObject({ x: 280, y: 93 });
  });

  it('keeps labels of lines close together apart', () => {
    const [a, b] = placeLineLabels(
      [
        { widths: [100], lineYAt: flat(100), prefer: 'above' },
        { widths: [100], lineYAt: flat(104), prefer: 'above' },
      ],
      { boxes: [], segments: [] },
      area,
      ends,
    );
    expect(a!.box.bottom <= b!.box.top || b!.box.bottom <= a!.box.top || a!.box.right <= b!.box.left || b!.box.right <= a!.box.left).toBe(true);
  });
});

describe('crosses', () => {
  const box = { left: 10, top: 10, right: 20, bottom: 20 };
  it('tells a segment through a box from one beside it', () => {
    expect(crosses(box, [0, 0, 30, 30])).toBe(true);
    expect(crosses(box, [0, 25, 30, 25])).toBe(false);
  });
});
