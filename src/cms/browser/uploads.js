// An upload the site cannot use is refused at once, in Norwegian, before Decap sees it (a capture
// listener on the document runs before React's), wherever the media library was opened from: an
// image the site cannot show (an iPhone's HEIC, a TIFF), which Decap would upload and then leave out
// of its list without a word.
const uploadRefusal = (file) => {
  const name = file.name.toLowerCase();
  if (!uploadableImageExtensions.some((extension) => name.endsWith(extension)))
    return (otherImageExtensions.some((extension) => name.endsWith(extension)) ? imageTypeRefusal : notAnImageRefusal).replace('%{name}', file.name);
  return undefined;
};
// An image too small for the page (a 40 × 40 px thumbnail) is refused too, as the content check would
// report it after the save (content-check/image-file.ts); one larger than the site needs (a phone's
// 4032 × 3024 photo, over 2500 px or 5 MB) is made smaller before the upload (image-shrink.js) and the
// media library says so. The file is read first, so the change is held back and handed on once it passes.
// What a file is, by its first bytes, not its name: a PDF or an AVIF saved as «rapport.jpg» went through
// the upload and stopped the build (fresh eyes).
const imageSignatures = [/^\xFF\xD8\xFF/, /^\x89PNG\r\n\x1A\n/, /^RIFF[\s\S]{4}WEBP/];
// A picture the site cannot show (GIF, BMP, TIFF, and AVIF or HEIC, which start with «ftyp» after four bytes) is
// said to be one, with how to save it as JPG; anything else is no image.
const otherImageSignatures = [/^GIF8/, /^BM/, /^II\*\0/, /^MM\0\*/, /^[\s\S]{4}ftyp/];
/** The refusal of a file whose bytes are no JPG, PNG or WebP; undefined if they are. */
const contentRefusal = (file) =>
  file
    .slice(0, 12)
    .arrayBuffer()
    .then((buffer) => {
      const start = String.fromCharCode(...new Uint8Array(buffer));
      if (imageSignatures.some((signature) => signature.test(start))) return undefined;
      return (otherImageSignatures.some((signature) => signature.test(start)) ? imageTypeRefusal : notAnImageRefusal).replace('%{name}', file.name);
    });
const sentence = (text) => `${text[0].toUpperCase()}${text.slice(1)}.`;
/** The kinds of metadata in the file (image-metadata.ts), read whole: PNG and WebP may keep it after the image. */
const metadataIn = (file) => file.arrayBuffer().then((buffer) => window.kompetansebankenEmbeddedMetadata(new Uint8Array(buffer)));
/** «EXIF, XMP og IPTC». */
const listed = (names) => (names.length < 2 ? names.join('') : `${names.slice(0, -1).join(', ')} og ${names[names.length - 1]}`);
// Only «too small» is refused: a larger image is made smaller.
const smallestSize = { longestSide: Infinity, minWidth: imageLimits.minWidth };
/**
 * What to upload for `file`: { refusal } (a sentence), or { file }, with what to say of it ({ said, values })
 * when it was made smaller or had its position taken out. Its size in pixels is as it is shown, turned by its rotation tag.
 */
const prepared = async (file) => {
  const refusal = await contentRefusal(file);
  if (refusal) return { refusal };
  const bitmap = await createImageBitmap(file, { imageOrientation: 'from-image' }).catch(() => undefined);
  // Not an image the browser reads: the content check says so after the save, unless it is too heavy to upload.
  if (!bitmap) return file.size > maxImageBytes ? { refusal: imageTooHeavy.replace('%{name}', file.name) } : { file };
  try {
    const { width, height } = bitmap;
    const problem = window.kompetansebankenImagePixelProblem(file.name, width, height, smallestSize, imagePixelTexts);
    if (problem) return { refusal: sentence(problem) };
    const shrunk = window.kompetansebankenShrunkSize(width, height, file.size, { ...imageLimits, bytes: maxImageBytes });
    // An image of the right size with metadata (EXIF, XMP, IPTC, text) is encoded anew at its size, without it:
    // drawn as shown, so a photo stored lying with a rotation tag stays standing.
    const metadata = shrunk ? [] : await metadataIn(file);
    const size = shrunk ?? (metadata.length > 0 ? { width, height } : undefined);
    if (!size) return { file };
    const smaller = await window.kompetansebankenShrinkImage(file, bitmap, size, maxImageBytes);
    if (smaller.size > maxImageBytes) return { refusal: imageTooHeavy.replace('%{name}', file.name) };
    const values = { name: file.name, width, height, newWidth: size.width, newHeight: size.height, kinds: listed(metadata) };
    return { file: smaller, said: shrunk ? imageShrunk : imageMetadataRemoved, values };
  } finally {
    bitmap.close();
  }
};
const ownChanges = new WeakSet();
document.addEventListener(
  'change',
  (event) => {
    const input = event.target;
    if (ownChanges.has(event) || !(input instanceof HTMLInputElement) || input.type !== 'file' || !input.files) return;
    event.stopImmediatePropagation();
    const files = [...input.files];
    // Said in the media library, where the file was chosen, as its other notices are, until «Lukk» or the next upload:
    // a browser alert («127.0.0.1 says»), which stopped the page until it was answered (fresh eyes). The file is not
    // uploaded, as the heading says, and nothing of it is kept.
    const refuse = (refusal) => {
      input.value = '';
      if (!showLibraryNotice(uploadRefusedHeading, [refusal], true)) showNotice(uploadRefusedHeading, [refusal], true);
    };
    const refusal = files.map(uploadRefusal).find(Boolean);
    if (refusal) return refuse(refusal);
    hideLibraryNotice();
    void Promise.all(files.map(prepared)).then((results) => {
      const refusal = results.find((result) => result.refusal)?.refusal;
      if (refusal) return refuse(refusal);
      // Named as an entry's id is made, before Decap names it: «Bilde fra Hægebostad (1).PNG» became
      // «bilde-fra-haegebostad-1-.png»; now «bilde-fra-haegebostad-1.png».
      const renamed = new DataTransfer();
      const told = [];
      for (const { file, said, values } of results) {
        const [, base, extension] = /^(.*)\.([^.]+)$/.exec(file.name) ?? [];
        const id = base === undefined ? '' : titleToId(base, spelledLetters, maxIdLength);
        const named = id ? new File([file], `${id}.${extension.toLowerCase()}`, { type: file.type, lastModified: file.lastModified }) : file;
        renamed.items.add(named);
        if (said) told.push(fill(said, { ...values, newName: named.name }));
      }
      // Said in the media library, where the file appears; not an alert to answer.
      if (told.length > 0) showLibraryNotice(told[0], told.slice(1), false);
      input.files = renamed.files;
      const change = new Event('change', { bubbles: true });
      ownChanges.add(change);
      input.dispatchEvent(change);
    });
  },
  true,
);
