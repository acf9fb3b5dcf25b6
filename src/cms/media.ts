// What an image uploaded in the CMS may weigh, and the size the site wants:
// the page shows it at most about 1440 px wide (2× on sharp screens up to
// 2500), and Astro re-encodes it into smaller files, so a bigger upload only
// slows the save (a 24 MB photo froze the CMS for minutes) and the build.

/**
 * Limits for an uploaded image. The page shows a photo at most 1440 px wide (the text column, 44rem, at
 * two device pixels; src/lib/text-images.ts) and makes it no wider than uploaded: narrower than 480 px it
 * shows small or blurred even on a phone (a 40 × 40 px thumbnail saved from an e-mail). The floor is below the
 * 720 px a phone's sharp screen would want, so that a 640 × 480 photo from an older camera – which may be all
 * there is of an event in 2008 – can still be published. Larger than 4000 px on its longest side, it only slows the CMS and the build (a 24 MB,
 * 5000 × 5000 px upload froze the CMS for minutes). The CMS refuses the same at upload (start-browser.js), the content check
 * after it (content-check/image-file.ts).
 */
export const imageLimits = { megabytes: 5, longestSide: 4000, minWidth: 480 };

/** The size to make an image, said with each refusal. */
export const imageSizeWanted = '1440–2500 piksler bredt';

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

/** The CMS refuses a larger file before it uploads it, in bytes (start-browser.js). */
export const maxImageBytes = 5_000_000;

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

/** The advice the CMS and the editor's guide give, in Norwegian. */
export const imageSizeAdvice = 'Bildet bør være 1440–2500 piksler bredt og under 5 MB (JPG, PNG eller WebP), og minst 480 piksler bredt.';

/**
 * Said when text pasted or dragged into an entry's text had images (from Word): only the text comes in, and
 * an image is uploaded instead (`%{count}`: how many). Images show only on case stories, in their «Bilde».
 */
export const imageNotPasted = {
  one: 'Teksten er satt inn, men bildet i den kom ikke med.',
  other: 'Teksten er satt inn, men de %{count} bildene i den kom ikke med.',
  // True of every kind of entry: not all have the «Bilde» field a case story has.
  where:
    'Bilder blir ikke med når tekst limes inn. Last opp bildet under «Bilder og filer» i menyen, trykk «Kopier stien» og skriv ![hva bildet viser](stien) i teksten der bildet skal stå.',
} as const;
