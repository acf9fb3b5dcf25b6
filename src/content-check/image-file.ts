// Whether a file an entry names as its image is one the site can publish: a
// readable PNG, JPEG or WebP, not larger than the limits below. Astro reads
// each image's header when it loads the content, and stops the dev server and
// the build with an English error on a file that is not an image, so the
// checker reads the same header first (with sharp, which makes the images)
// and says in Norwegian what to do.
import { readFile, stat } from 'node:fs/promises';
import sharp from 'sharp';
import { exifHasPosition, xmpHasPosition } from '../cms/image-metadata.ts';
import { imageLimits, imagePixelProblem, maxImageBytes, shrinkAdvice } from '../cms/media.ts';
import { mediaLibraryName } from '../cms/media-names.ts';

/** The formats the site publishes, by sharp's name for them, as editors know them. */
const allowedFormats: Record<string, string> = { jpeg: 'JPEG', png: 'PNG', webp: 'WebP' };

/** Megabytes with a decimal comma, as written in Norwegian: «24,3 MB». */
function megabytes(bytes: number): string {
  return `${(bytes / 1024 / 1024).toFixed(1).replace('.', ',')} MB`;
}

/**
 * What is wrong with the image file at `path` (absolute), named `src` as the
 * entry writes it, in Norwegian with what to do; undefined if it can be used.
 */
export async function imageFileProblem(path: string, src: string): Promise<string | undefined> {
  const info = await stat(path).catch(() => undefined);
  if (!info?.isFile()) return `bildefilen «${src}» finnes ikke (stien regnes fra mappen til innholdsfilen)`;
  const formats = 'PNG, JPEG eller WebP';
  const metadata = await sharp(await readFile(path))
    .metadata()
    .catch(() => undefined);
  if (metadata?.width === undefined || metadata.height === undefined)
    return `bildefilen «${src}» er ikke et bilde som kan leses (${formats}), selv om navnet slutter på et bildeformat; last opp bildet på nytt, lagret som JPG, PNG eller WebP`;
  const format = allowedFormats[metadata.format];
  if (format === undefined)
    return `bildefilen «${src}» er et ${metadata.format.toUpperCase()}-bilde; nettstedet viser bare ${formats}: lagre bildet på nytt som JPG, PNG eller WebP`;
  if (info.size > maxImageBytes)
    return `bildefilen «${src}» er ${megabytes(info.size)}, mer enn ${imageLimits.megabytes} MB; ${shrinkAdvice}`;
  // As the page shows it: a phone's portrait photo is stored lying down, with a rotation tag (EXIF orientation 6).
  const { width, height } = metadata.autoOrient ?? metadata;
  const pixels = imagePixelProblem(src, width, height);
  if (pixels) return pixels;
  // The repository is public: a photo that says where it was taken (a staff member's home) is not published.
  // The CMS uploads a new file without it; one that came by git is reported.
  if ((metadata.exif && exifHasPosition(metadata.exif)) || (metadata.xmp && xmpHasPosition(metadata.xmp)))
    return (
      `bildefilen «${src}» har lagret hvor bildet ble tatt (GPS-posisjon), og filen blir offentlig; ` +
      `slett den og last bildet opp på nytt under «${mediaLibraryName}» i verktøyet (/admin/), som lagrer det uten posisjonen, ` +
      'eller fjern posisjonen først (i Windows: høyreklikk filen › Egenskaper › Detaljer › «Fjern egenskaper og personlig informasjon»)'
    );
  return undefined;
}
