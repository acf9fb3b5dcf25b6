// Whether a JPEG says where it was taken: its EXIF (the APP1 «Exif» segment
// before the image data) has a GPS block, pointed to from its first directory
// by tag 0x8825. A phone writes one into every photo while location is on for
// the camera, and an edited or exported copy often keeps it. The CMS page
// uploads such a photo as a new JPEG without EXIF even when its size is right
// (start-browser.js), so a staff member's home is not put in the repository.
// Sent to the CMS page as its source: no imports, plain code.

/** True when the JPEG whose first bytes are `bytes` has a GPS block in its EXIF. */
export function jpegHasPosition(bytes: Uint8Array): boolean {
  if (bytes[0] !== 0xff || bytes[1] !== 0xd8) return false;
  let at = 2;
  while (at + 4 <= bytes.length && bytes[at] === 0xff) {
    const marker = bytes[at + 1]!;
    // The image data starts (SOS) or ends (EOI): no EXIF after it.
    if (marker === 0xda || marker === 0xd9) return false;
    const length = (bytes[at + 2]! << 8) | bytes[at + 3]!;
    const exif = at + 4;
    if (marker === 0xe1 && String.fromCharCode(...bytes.subarray(exif, exif + 6)) === 'Exif\0\0') {
      const tiff = exif + 6;
      const little = bytes[tiff] === 0x49;
      const read16 = (offset: number) => (little ? bytes[offset]! | (bytes[offset + 1]! << 8) : (bytes[offset]! << 8) | bytes[offset + 1]!);
      const read32 = (offset: number) => (little ? read16(offset) + read16(offset + 2) * 0x10000 : read16(offset) * 0x10000 + read16(offset + 2));
      const directory = tiff + read32(tiff + 4);
      const entries = directory + 2 <= bytes.length ? read16(directory) : 0;
      for (let entry = 0; entry < entries && directory + 2 + entry * 12 + 2 <= bytes.length; entry++)
        if (read16(directory + 2 + entry * 12) === 0x8825) return true;
    }
    at += 2 + length;
  }
  return false;
}
