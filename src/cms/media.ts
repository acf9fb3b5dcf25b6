// What an image uploaded in the CMS may weigh, and the size the site wants:
// the page shows it at most about 1440 px wide (2× on sharp screens up to
// 2500), and Astro re-encodes it into smaller files, so a bigger upload only
// slows the save (a 24 MB photo froze the CMS for minutes) and the build.

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
export const imageSizeAdvice = 'Bildet bør være 1440–2500 piksler bredt (minst 720) og under 5 MB (JPG, PNG eller WebP).';

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
