import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { jpegHasPosition } from './exif-position.ts';

const photo = () => sharp({ create: { width: 800, height: 600, channels: 3, background: '#6a7' } });
const position = { GPSLatitudeRef: 'N', GPSLatitude: '59/1 54/1 3036/100', GPSLongitudeRef: 'E', GPSLongitude: '10/1 45/1 1200/100' };

describe('jpegHasPosition', () => {
  it("finds where a phone's photo was taken", async () => {
    const taken = await photo().jpeg().withMetadata({ orientation: 6, exif: { IFD0: { Make: 'Apple', Model: 'iPhone 13' }, IFD3: position } }).toBuffer();
    expect(jpegHasPosition(new Uint8Array(taken))).toBe(true);
    // Only the first bytes are read in the browser: the EXIF comes first.
    expect(jpegHasPosition(new Uint8Array(taken.subarray(0, 64 * 1024)))).toBe(true);
  });

  it('finds none in a photo with other EXIF, without EXIF, or in what is no JPEG', async () => {
    expect(jpegHasPosition(new Uint8Array(await photo().jpeg().withMetadata({ exif: { IFD0: { Make: 'Canon' } } }).toBuffer()))).toBe(false);
    expect(jpegHasPosition(new Uint8Array(await photo().jpeg().toBuffer()))).toBe(false);
    expect(jpegHasPosition(new Uint8Array(await photo().png().toBuffer()))).toBe(false);
    expect(jpegHasPosition(new Uint8Array([0xff, 0xd8, 0xff, 0xe1, 0x00]))).toBe(false);
  });
});
