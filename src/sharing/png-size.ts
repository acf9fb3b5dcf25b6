// A PNG's width and height, read from its header (the IHDR chunk after the
// 8-byte signature). The tests use it to check the generated social images.
const signature = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

export function pngSize(png: Uint8Array): { width: number; height: number } {
  const isPng = signature.every((byte, i) => png[i] === byte) && new TextDecoder().decode(png.subarray(12, 16)) === 'IHDR';
  if (!isPng) throw new Error('Not a PNG file.');
  const view = new DataView(png.buffer, png.byteOffset, png.byteLength);
  return { width: view.getUint32(16), height: view.getUint32(20) };
}
