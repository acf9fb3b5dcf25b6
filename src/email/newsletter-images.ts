// An image uploaded in «Bilder og filer» in a newsletter's text
// («![…](../media/skjermbilde.png)») is shown on the page by the page's build, at an
// address of its own (/_astro/…); the e-mail gets the same image, made by the
// same build, at its absolute address. Before, the check refused the image in a
// newsletter, and its advice (an address with / in front) gave a broken image.
import type { ImageMetadata } from 'astro';
import { getImage } from 'astro:assets';
import images from 'virtual:kompetansebanken/media-images';
import { mediaFilesIn } from '../cms/entry-links.ts';
import { mediaFolder } from '../cms/config.ts';
import { collectionDefinitions } from '../schemas/collections.ts';

/**
 * Twice the e-mail's 600 px column (newsletter-email.css: an image is as wide as the mail at most), for screens
 * with two device pixels per point. JPEG or PNG: WebP is not shown by every mail client (Outlook on Windows).
 */
const emailImageWidth = 1200;

/**
 * The absolute address of the image at `src` (as written in a newsletter's text) as the site's build makes it,
 * if it is one uploaded in «Bilder og filer»; undefined for any other.
 */
export async function uploadedImageAddress(src: string, site: URL): Promise<string | undefined> {
  const [name] = mediaFilesIn(collectionDefinitions.newsletters.folder, src, mediaFolder);
  const load = name === undefined ? undefined : images[name];
  if (load === undefined) return undefined;
  const { default: image } = await load();
  // Read from Astro's copy: a read of the import itself marks the original file used, and the build then published
  // it as uploaded, EXIF and all, beside the copies it makes. getImage takes its own copy.
  const { width, format } = (image as ImageMetadata & { clone?: ImageMetadata }).clone ?? image;
  const made = await getImage({ src: image, width: Math.min(width, emailImageWidth), format: format === 'png' ? 'png' : 'jpg' });
  return new URL(made.src, site).href;
}
