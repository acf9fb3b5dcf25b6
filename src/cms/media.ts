// What an image uploaded in the CMS may weigh, and the size the site wants:
// the page shows it at most about 1440 px wide (2× on sharp screens up to
// 2500), and Astro re-encodes it into smaller files, so a bigger upload only
// slows the save (a 24 MB photo froze the CMS for minutes) and the build.
// A phone's photo (4032 × 3024, 3–8 MB) is made smaller by the CMS page
// before it is uploaded (image-shrink.js); the limits are for what arrives
// another way (git), which the content check refuses (content-check/image-file.ts).

import { copyPathName, mediaLibraryName } from './media-names.ts';

/**
 * Limits for an image. The page shows a photo at most 1440 px wide (the text column, 44rem, at
 * two device pixels; src/lib/text-images.ts) and makes it no wider than uploaded: narrower than 480 px it
 * shows small or blurred even on a phone (a 40 × 40 px thumbnail saved from an e-mail). The floor is below the
 * 720 px a phone's sharp screen would want, so that a 640 × 480 photo from an older camera – which may be all
 * there is of an event in 2008 – can still be published. Larger than 4000 px on its longest side or 5 MB, it
 * only slows the build (a 24 MB, 5000 × 5000 px upload froze the CMS for minutes). `shrunkLongestSide`: the
 * longest side the CMS makes a larger photo before it uploads it, the top of the size the site wants.
 */
export const imageLimits = { megabytes: 5, longestSide: 4000, minWidth: 480, shrunkLongestSide: 2500 };

/** The byte limit, the one number `imageLimits.megabytes` in bytes: the check's and the CMS's. */
export const maxImageBytes = imageLimits.megabytes * 1024 * 1024;

/** The size to make an image, said with each refusal. */
export const imageSizeWanted = `1440–${imageLimits.shrunkLongestSide} piksler bredt`;

/** What to do with an image too large, in bytes or in pixels. */
export const shrinkAdvice = `gjør bildet mindre, helst ${imageSizeWanted} (f.eks. «Endre størrelse» i Paint eller Bilder), og last det opp på nytt`;

/**
 * What is said of an image of the wrong size in pixels, by the check and by the CMS at upload
 * (%{name}, %{width}, %{height}): what is wrong, and what to do instead.
 */
export const imagePixelTexts = {
  tooSmall:
    `bildet «%{name}» er %{width} × %{height} piksler, smalere enn ${imageLimits.minWidth} piksler, og blir lite eller uskarpt på siden; ` +
    `bruk et større bilde, helst ${imageSizeWanted} (originalen fra kameraet eller telefonen, ikke et miniatyrbilde eller et bilde fra en e-post eller nettside)`,
  tooLarge:
    `bildet «%{name}» er %{width} × %{height} piksler, mer enn ${imageLimits.longestSide} piksler på den lengste siden; ${shrinkAdvice}`,
};

/**
 * The problem with an image of `width` × `height` pixels named `name`, in Norwegian; undefined if its size
 * is right. The CMS page runs it too, sent as its source with the limits and texts as arguments.
 */
export function imagePixelProblem(
  name: string,
  width: number,
  height: number,
  limits: { longestSide: number; minWidth: number } = imageLimits,
  texts: { tooSmall: string; tooLarge: string } = imagePixelTexts,
): string | undefined {
  const text = Math.max(width, height) > limits.longestSide ? texts.tooLarge : width < limits.minWidth ? texts.tooSmall : undefined;
  const values: Record<string, string | number> = { name, width, height };
  return text?.replace(/%\{(\w+)\}/g, (whole, key: string) => String(values[key] ?? whole));
}

/**
 * The size in pixels the CMS makes an image of `width` × `height` pixels and `bytes` before it uploads it:
 * no longer than `limits.shrunkLongestSide` on its longest side, in the same proportions; undefined if it is
 * uploaded as it is (no longer than that, and not heavier than the limit). The CMS page runs it too, sent as
 * its source with the limits as an argument (it has no imports).
 */
export function shrunkSize(
  width: number,
  height: number,
  bytes: number,
  limits: { shrunkLongestSide: number; bytes: number } = { ...imageLimits, bytes: maxImageBytes },
): { width: number; height: number } | undefined {
  const longest = Math.max(width, height);
  if (longest <= limits.shrunkLongestSide && bytes <= limits.bytes) return undefined;
  const scale = Math.min(1, limits.shrunkLongestSide / longest);
  return { width: Math.max(1, Math.round(width * scale)), height: Math.max(1, Math.round(height * scale)) };
}

/**
 * Said above the media library when the CMS has made an image smaller before its upload (%{name}, %{width},
 * %{height}: the chosen file, as it is shown; %{newWidth}, %{newHeight}, %{newName}: what was uploaded).
 * A new JPEG or PNG has none of what the camera wrote in the file (where the photo was taken, the phone).
 */
export const imageShrunk =
  'Bildet «%{name}» var %{width} × %{height} piksler og er gjort mindre (%{newWidth} × %{newHeight}) før opplastingen, som «%{newName}». ' +
  'Opplysningene kameraet lagret i bildefilen, som hvor bildet ble tatt, er ikke med.';

/** The heading above an upload refused (a file that is no image, an image too small or too heavy): nothing of it is kept. */
export const uploadRefusedHeading = 'Ikke lastet opp:';

/**
 * Said when an image of the right size had metadata in it (image-metadata.ts) and was uploaded as a new file
 * without it (%{name}: the chosen file; %{newName}: what was uploaded; %{kinds}: «EXIF og XMP»).
 */
export const imageMetadataRemoved =
  'Bildet «%{name}» er lastet opp som «%{newName}» uten opplysningene som var lagret i bildefilen (%{kinds}), ' +
  'som hvor og når bildet ble tatt og med hvilket kamera. Bildet selv er det samme.';

/** The kinds of image the site shows (content-check/image-file.ts reads them); the CMS refuses others at upload. */
export const uploadableImageExtensions = ['.jpg', '.jpeg', '.png', '.webp'] as const;

/**
 * Said when another kind is chosen (`%{name}`: the file's name). An iPhone saves HEIC unless set to
 * «Mest kompatibel»; Decap would upload it and then leave it out of its list of images without a word.
 */
export const imageTypeRefusal =
  '«%{name}» kan ikke brukes: nettstedet viser bare bilder i JPG, PNG og WebP. Lagre bildet som JPG (på iPhone: Innstillinger › Kamera › Formater › Mest kompatibel), og last det opp på nytt.';

/** Image formats the site does not show: their refusal says how to save as JPG. Any other file is no image at all. */
export const otherImageExtensions = ['.heic', '.heif', '.tif', '.tiff', '.gif', '.bmp', '.avif', '.svg'] as const;

/** Said when a file that is no image (a PDF, a Word file) is chosen for an image field (`%{name}`: its name). */
export const notAnImageRefusal = '«%{name}» er ikke et bilde. Her kan du bare laste opp bilder i JPG, PNG eller WebP.';

/** The advice an image field gives, in Norwegian: a photo straight from a phone is fine, the CMS makes it smaller. */
export const imageSizeAdvice =
  `Bruk et bilde i JPG, PNG eller WebP, minst ${imageLimits.minWidth} piksler bredt. Et større bilde enn nettstedet trenger ` +
  `(over ${imageLimits.shrunkLongestSide} piksler, som et bilde rett fra telefonen), gjør verktøyet mindre før det lastes opp.`;

/** Said when a file is over the byte limit and the CMS could not make it smaller (the browser could not read it). */
export const imageTooHeavy =
  `«%{name}» er for stor til å lastes opp (over ${imageLimits.megabytes} MB), og verktøyet kunne ikke gjøre den mindre. ` +
  `${shrinkAdvice[0]!.toUpperCase()}${shrinkAdvice.slice(1)}.`;

/**
 * Said when text pasted or dragged into an entry's text had images (from Word): only the text comes in, and
 * an image is uploaded instead (`%{count}`: how many). Images show only on case stories, in their «Bilde».
 */
export const imageNotPasted = {
  one: 'Teksten er satt inn, men bildet i den kom ikke med.',
  other: 'Teksten er satt inn, men de %{count} bildene i den kom ikke med.',
  // True of every kind of entry: not all have the «Bilde» field a case story has.
  where:
    `Bilder blir ikke med når tekst limes inn. Last opp bildet under «${mediaLibraryName}» i menyen, trykk «${copyPathName}» og skriv ![hva bildet viser](stien) i teksten der bildet skal stå.`,
} as const;
