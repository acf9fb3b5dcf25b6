// What an image file says besides its pixels: EXIF (where and when a photo was
// taken, the phone or camera), XMP (the same, as Lightroom and Photoshop export
// it, with the GPS position as exif:GPSLatitude), IPTC (names, captions) and
// text fields. Every uploaded image goes into the repository, which is public,
// so the CMS page uploads a file that has any of it as a new file without it
// (browser/uploads.js, image-shrink.js), and the content check reports a file
// that says where it was taken when it arrives by git (content-check/image-file.ts).
// Sent to the CMS page as its source: no imports, plain code, helpers inside.

/**
 * The kinds of metadata in the JPEG, PNG or WebP file `bytes` (the whole file: PNG and WebP may keep it after
 * the image data), named as editors may meet them («EXIF», «XMP», «IPTC», «tekstfelter»); empty if none.
 * A colour profile (JPEG APP2 ICC, PNG iCCP) and the format's own header (JFIF, Adobe APP14) are not counted.
 */
export function embeddedMetadata(bytes: Uint8Array): string[] {
  const found = new Set<string>();
  const text = (from: number, length: number) => String.fromCharCode(...bytes.subarray(from, Math.min(from + length, bytes.length)));
  if (bytes[0] === 0xff && bytes[1] === 0xd8) {
    let at = 2;
    while (at + 4 <= bytes.length && bytes[at] === 0xff) {
      const marker = bytes[at + 1]!;
      // Fill bytes before a marker.
      if (marker === 0xff) {
        at += 1;
        continue;
      }
      // The image data starts (SOS) or ends (EOI): nothing is read after it.
      if (marker === 0xda || marker === 0xd9) break;
      const length = (bytes[at + 2]! << 8) | bytes[at + 3]!;
      const start = at + 4;
      if (marker === 0xe1) found.add(text(start, 6) === 'Exif\0\0' ? 'EXIF' : text(start, 20).startsWith('http://ns.adobe.com/') ? 'XMP' : 'EXIF');
      else if (marker === 0xed) found.add('IPTC');
      else if (marker === 0xfe) found.add('tekstfelter');
      // Any other application segment but JFIF (APP0), the colour profile (APP2) and Adobe's colour flag (APP14).
      else if (marker >= 0xe3 && marker <= 0xef && marker !== 0xee) found.add('tekstfelter');
      at += 2 + length;
    }
  } else if (text(0, 8) === '\x89PNG\r\n\x1a\n') {
    let at = 8;
    while (at + 8 <= bytes.length) {
      const length = ((bytes[at]! << 24) >>> 0) + (bytes[at + 1]! << 16) + (bytes[at + 2]! << 8) + bytes[at + 3]!;
      const type = text(at + 4, 4);
      if (type === 'eXIf') found.add('EXIF');
      // XMP is a text chunk named «XML:com.adobe.xmp»; ImageMagick keeps EXIF and IPTC as text: «Raw profile type exif».
      else if (type === 'tEXt' || type === 'zTXt' || type === 'iTXt') {
        const keyword = text(at + 8, 30);
        found.add(
          /^XML:com\.adobe\.xmp\0|^Raw profile type xmp/i.test(keyword)
            ? 'XMP'
            : /^Raw profile type (exif|APP1)/i.test(keyword)
              ? 'EXIF'
              : /^Raw profile type (iptc|8bim)/i.test(keyword)
                ? 'IPTC'
                : 'tekstfelter',
        );
      }
      if (type === 'IEND') break;
      at += 12 + length;
    }
  } else if (text(0, 4) === 'RIFF' && text(8, 4) === 'WEBP') {
    let at = 12;
    while (at + 8 <= bytes.length) {
      const length = bytes[at + 4]! + (bytes[at + 5]! << 8) + (bytes[at + 6]! << 16) + ((bytes[at + 7]! << 24) >>> 0);
      const type = text(at, 4);
      if (type === 'EXIF') found.add('EXIF');
      else if (type === 'XMP ') found.add('XMP');
      at += 8 + length + (length % 2);
    }
  }
  return [...found];
}

/**
 * True when the EXIF block `exif` (as sharp's metadata() gives it: «Exif\0\0» and then the TIFF header, or the
 * TIFF header alone) has a GPS block, pointed to from its first directory by tag 0x8825: where the photo was taken.
 */
export function exifHasPosition(exif: Uint8Array): boolean {
  const tiff = String.fromCharCode(...exif.subarray(0, 6)) === 'Exif\0\0' ? 6 : 0;
  const little = exif[tiff] === 0x49;
  const read16 = (offset: number) => (little ? exif[offset]! | (exif[offset + 1]! << 8) : (exif[offset]! << 8) | exif[offset + 1]!);
  const read32 = (offset: number) => (little ? read16(offset) + read16(offset + 2) * 0x10000 : read16(offset) * 0x10000 + read16(offset + 2));
  if (tiff + 8 > exif.length) return false;
  const directory = tiff + read32(tiff + 4);
  const entries = directory + 2 <= exif.length ? read16(directory) : 0;
  for (let entry = 0; entry < entries && directory + 2 + entry * 12 + 2 <= exif.length; entry++)
    if (read16(directory + 2 + entry * 12) === 0x8825) return true;
  return false;
}

/** True when the XMP packet `xmp` gives a GPS position (exif:GPSLatitude, as an element or an attribute). */
export function xmpHasPosition(xmp: Uint8Array): boolean {
  return /GPS(Latitude|Longitude)\b/.test(new TextDecoder().decode(xmp));
}
