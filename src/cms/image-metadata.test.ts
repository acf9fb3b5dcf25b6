import sharp, { type Sharp } from 'sharp';
import { describe, expect, it } from 'vitest';
import { embeddedMetadata, exifHasPosition, xmpHasPosition } from './image-metadata.ts';
import { lightroomXmp as lightroom, phoneExif as phone } from './image-metadata.fixtures.ts';

const photo = () => sharp({ create: { width: 800, height: 600, channels: 3, background: '#6a7' } });
const bytes = async (image: Sharp) => new Uint8Array(await image.toBuffer());

describe('embeddedMetadata', () => {
  it('finds EXIF in a JPEG, a PNG and a WebP', async () => {
    expect(await bytes(photo().jpeg().withExif(phone)).then(embeddedMetadata)).toEqual(['EXIF']);
    expect(await bytes(photo().png().withExif(phone)).then(embeddedMetadata)).toEqual(['EXIF']);
    expect(await bytes(photo().webp().withExif(phone)).then(embeddedMetadata)).toEqual(['EXIF']);
  });

  it('finds XMP alone (Lightroom), and XMP with EXIF', async () => {
    expect(await bytes(photo().jpeg().withXmp(lightroom)).then(embeddedMetadata)).toEqual(['XMP']);
    expect(await bytes(photo().png().withXmp(lightroom)).then(embeddedMetadata)).toEqual(['XMP']);
    expect(await bytes(photo().webp().withXmp(lightroom).withExif(phone)).then(embeddedMetadata)).toEqual(expect.arrayContaining(['EXIF', 'XMP']));
  });

  it('finds IPTC in a JPEG and text chunks in a PNG', async () => {
    const jpeg = new Uint8Array([0xff, 0xd8, 0xff, 0xed, 0x00, 0x10, ...Array.from('Photoshop 3.0\0', (c) => c.charCodeAt(0)), 0xff, 0xda]);
    expect(embeddedMetadata(jpeg)).toEqual(['IPTC']);
    // A tEXt chunk («Author») after the image data, where PNG allows it (the CRC is not read).
    const plain = await photo().png().toBuffer();
    const chunk = Buffer.concat([Buffer.from([0, 0, 0, 11]), Buffer.from('tEXtAuthor\0Kari'), Buffer.alloc(4)]);
    const withText = Buffer.concat([plain.subarray(0, plain.length - 12), chunk, plain.subarray(plain.length - 12)]);
    expect(embeddedMetadata(new Uint8Array(withText))).toEqual(['tekstfelter']);
  });

  it('finds none in a plain JPEG, PNG or WebP, or with only a colour profile', async () => {
    expect(await bytes(photo().jpeg()).then(embeddedMetadata)).toEqual([]);
    expect(await bytes(photo().png()).then(embeddedMetadata)).toEqual([]);
    expect(await bytes(photo().webp()).then(embeddedMetadata)).toEqual([]);
    expect(await bytes(photo().jpeg().keepIccProfile()).then(embeddedMetadata)).toEqual([]);
    expect(embeddedMetadata(new Uint8Array([0xff, 0xd8, 0xff, 0xe1, 0x00, 0x02]))).toEqual(['EXIF']);
    expect(embeddedMetadata(new Uint8Array([1, 2, 3]))).toEqual([]);
  });
});

describe('exifHasPosition, xmpHasPosition', () => {
  it("finds where a phone's photo was taken, as sharp gives its EXIF and XMP", async () => {
    const taken = await sharp(await photo().jpeg().withMetadata({ orientation: 6, exif: phone }).toBuffer()).metadata();
    expect(exifHasPosition(taken.exif!)).toBe(true);
    const exported = await sharp(await photo().jpeg().withXmp(lightroom).toBuffer()).metadata();
    expect(xmpHasPosition(exported.xmp!)).toBe(true);
  });

  it('finds none in EXIF without a GPS block, or XMP without a position', async () => {
    const canon = await sharp(await photo().jpeg().withExif({ IFD0: { Make: 'Canon' } }).toBuffer()).metadata();
    expect(exifHasPosition(canon.exif!)).toBe(false);
    expect(exifHasPosition(new Uint8Array([0x45, 0x78]))).toBe(false);
    expect(xmpHasPosition(new TextEncoder().encode('<x:xmpmeta><dc:creator>Kari</dc:creator></x:xmpmeta>'))).toBe(false);
  });
});
