import { describe, expect, it } from 'vitest';
import { gapLabel, numberGaps } from './number-gaps.ts';

describe('the gaps in a numbered series', () => {
  it('are none in 1, 2, 3 …, in any order, or in no numbers', () => {
    expect(numberGaps([1, 2, 3, 4])).toEqual([]);
    expect(numberGaps([3, 1, 2])).toEqual([]);
    expect(numberGaps([])).toEqual([]);
  });

  it('are each run of numbers from 1 up to the highest that no entry has', () => {
    // A press release nr. 2 of 1–4 changed into a news item.
    expect(numberGaps([1, 3, 4])).toEqual([[2, 2]]);
    expect(numberGaps([4, 7])).toEqual([[1, 3], [5, 6]]);
    // A number taken twice is the check's other rule; not a gap.
    expect(numberGaps([1, 1, 2])).toEqual([]);
  });

  it('are named «nr. 5» or «nr. 5–6»', () => {
    expect(gapLabel([5, 5])).toBe('nr. 5');
    expect(gapLabel([5, 6])).toBe('nr. 5–6');
  });
});
