// Makes an image larger than the site needs smaller in the browser, before the
// CMS uploads it (browser/uploads.js, in its capture `change` listener): a phone's
// 12 or 48 MP photo (4032 × 3024, 3–8 MB) was refused, and the secretariat was
// told to resize it in Paint. The photo is decoded as it is shown, turned by its
// rotation tag (a portrait photo stays standing), drawn at the size the site
// wants (shrunkSize in media.ts) and encoded anew:
// - a JPEG or WebP photo as JPEG at quality 0.85, well under the limit at 2500 px
//   and indistinguishable on the page, which Astro re-encodes anyway (JPEG, as
//   every browser's canvas writes it; Safari's writes no WebP);
// - a PNG (a screenshot, a diagram with text, a logo with transparency) stays
//   PNG, sharp and transparent, unless it is still over the limit: then it is
//   a photo saved as PNG, and becomes JPEG on white.
// A new file carries none of the camera's metadata (EXIF: where the photo was
// taken, the phone): the original, with its position, is not put in the
// repository. An image of the right size with any metadata in it (EXIF, XMP,
// IPTC, text: image-metadata.ts) is encoded anew at its own size for the same
// reason, a PNG as PNG (lossless).
window.kompetansebankenShrinkImage = (() => {
  const quality = 0.85;
  /** `bitmap` drawn at `size` and encoded as `type`, as a Blob. */
  const encode = (bitmap, size, type) => {
    const canvas = new OffscreenCanvas(size.width, size.height);
    const context = canvas.getContext('2d');
    context.imageSmoothingEnabled = true;
    context.imageSmoothingQuality = 'high';
    // JPEG has no transparency: what was transparent becomes white, not black.
    if (type === 'image/jpeg') {
      context.fillStyle = '#fff';
      context.fillRect(0, 0, size.width, size.height);
    }
    context.drawImage(bitmap, 0, 0, size.width, size.height);
    return canvas.convertToBlob(type === 'image/jpeg' ? { type, quality } : { type });
  };
  /**
   * The image in `file`, decoded as `bitmap` (turned as shown), made `size` ({ width, height }), as a new File
   * named like `file` (.jpg if it became JPEG); not heavier than `maxBytes` if it can be.
   */
  return async (file, bitmap, size, maxBytes) => {
    let type = file.type === 'image/png' || /\.png$/i.test(file.name) ? 'image/png' : 'image/jpeg';
    let blob = await encode(bitmap, size, type);
    if (type === 'image/png' && blob.size > maxBytes) {
      type = 'image/jpeg';
      blob = await encode(bitmap, size, type);
    }
    const base = file.name.replace(/\.[^.]+$/, '');
    const name = type === 'image/png' ? file.name : /\.jpe?g$/i.test(file.name) ? file.name : `${base}.jpg`;
    return new File([blob], name, { type, lastModified: file.lastModified });
  };
})();
