import { describe, expect, it } from 'vitest';
import { categoryPositions, gappedPath, valueScale, wrapText } from './scales.ts';

describe('valueScale', () => {
  it('rounds the domain out to nice values and maps it onto the range', () => {
    const scale = valueScale([6.9, 13.9], [200, 0]);
    expect(scale.domain()).toEqual([6, 14]);
    expect(scale(6)).toBe(200);
    expect(scale(14)).toBe(0);
    expect(scale.ticks(5)).toEqual([6, 8, 10, 12, 14]);
  });

  it('starts at zero when asked, as bars must', () => {
    expect(valueScale([23, 110], [0, 100], { zero: true }).domain()).toEqual([0, 120]);
  });

  it('gives a flat or empty series some height', () => {
    expect(valueScale([5, 5], [100, 0]).domain()).toEqual([4.4, 5.6]);
    expect(valueScale([0], [100, 0]).domain()).toEqual([0, 1]);
    expect(valueScale([], [100, 0]).domain()).toEqual([0, 1]);
  });
});

describe('categoryPositions', () => {
  it('centres each category in its share of the width', () => {
    expect(categoryPositions(4, 0, 400)).toEqual([50, 150, 250, 350]);
  });
});

describe('gappedPath', () => {
  it('draws one line through all values', () => {
    expect(gappedPath([0, 10, 20], [5, 6, 7])).toBe('M0,5L10,6L20,7');
  });

  it('breaks the line at a missing value instead of drawing it as zero', () => {
    expect(gappedPath([0, 10, 20, 30], [5, null, 7, 8])).toBe('M0,5ZM20,7L30,8');
  });

  it('is empty when every value is missing', () => {
    expect(gappedPath([0, 10], [null, null])).toBe('');
  });
});

describe('wrapText', () => {
  it('breaks between words at the width', () => {
    expect(wrapText('Sykefraværskonferansene 2010 (fem konferanser til sammen)', 30)).toEqual([
      'Sykefraværskonferansene 2010',
      '(fem konferanser til sammen)',
    ]);
  });

  it('keeps a word longer than the width whole', () => {
    expect(wrapText('Kvalitetskommuneprogrammet er', 10)).toEqual(['Kvalitetskommuneprogrammet', 'er']);
  });
});
