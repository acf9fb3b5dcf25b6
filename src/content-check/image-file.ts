// Whether a file an entry names as its image is one the site can publish: a
// readable PNG, JPEG or WebP, not larger than the limits below. Astro reads
// each image's header when it loads the content, and stops the dev server and
// the build with an English error on a file that is not an image, so the
// checker reads the same header first (with sharp, which makes the images)
// and says in Norwegian what to do.
import { readFile, stat } from 'node:fs/promises';
import sharp from 'sharp';

/**
 * Limits for an uploaded image. The page shows a photo at most 1440 px wide (the text column, 44rem, at
 * two device pixels; src/lib/text-images.ts) and makes it no wider than uploaded: narrower than 720 px (the
 * column on a phone at two device pixels) it shows small or blurred (a 40 × 40 px thumbnail saved from an
 * e-mail). Larger than 4000 px on its longest side, it only slows the CMS and the build (a 24 MB,
 * 5000 × 5000 px upload froze the CMS for minutes). The CMS refuses the same at upload (start-browser.js).
 */
export const imageLimits = { megabytes: 5, longestSide: 4000, minWidth: 720 };

/** The size to make an image, said with each refusal. */
export const imageSizeWanted = '1440–2500 piksler bredt';

/** What to do with an image too large, in bytes or in pixels. */
const shrinkAdvice = `gjør bildet mindre, helst ${imageSizeWanted} (f.eks. «Endre størrelse» i Paint eller Bilder), og last det opp på nytt`;

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
  if (info.size > imageLimits.megabytes * 1024 * 1024)
    return `bildefilen «${src}» er ${megabytes(info.size)}, mer enn ${imageLimits.megabytes} MB; ${shrinkAdvice}`;
  return imagePixelProblem(src, metadata.width, metadata.height);
}
