import { describe, expect, it } from 'vitest';
import { imageLimits, maxImageBytes, shrunkSize } from './media.ts';

describe('shrunkSize', () => {
  it("makes a phone's photo 2500 px on its longest side, in its proportions, standing or lying", () => {
    expect(shrunkSize(4032, 3024, 3_500_000)).toEqual({ width: 2500, height: 1875 });
    expect(shrunkSize(3024, 4032, 3_500_000)).toEqual({ width: 1875, height: 2500 });
    // A 48 MP photo of 8 MB.
    expect(shrunkSize(8064, 6048, 8_000_000)).toEqual({ width: 2500, height: 1875 });
  });

  it('leaves an image the site can use as it is', () => {
    expect(shrunkSize(2500, 1875, 1_200_000)).toBeUndefined();
    expect(shrunkSize(640, 480, 90_000)).toBeUndefined();
  });

  it('re-encodes an image heavier than the limit at its own size when it is not too large in pixels', () => {
    expect(shrunkSize(2000, 1500, maxImageBytes + 1)).toEqual({ width: 2000, height: 1500 });
  });

  it('has one byte limit, the one the content check uses', () => {
    expect(maxImageBytes).toBe(imageLimits.megabytes * 1024 * 1024);
    expect(imageLimits.shrunkLongestSide).toBeLessThan(imageLimits.longestSide);
  });
});
