// An image in an entry's Markdown text fits its column at its own aspect ratio
// (prose.css), on each kind of page that shows a text: a 1600 px photo in a
// news item made the page scroll sideways at 375 and 1 280 px. Built from a
// fixture content folder (the content has no images in its texts), shown in
// Chromium: through Astro's image pipeline (a file beside the entries, with
// width and height) and as a plain <img> (a site address, with neither).
import { readFile, rm } from 'node:fs/promises';
import { extname, join } from 'node:path';
import chromium from '@sparticuz/chromium';
import { chromium as playwright, type Browser } from '@playwright/test';
import sharp from 'sharp';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { buildFixtureSite, contentFolder, edit } from '../content-check/test-fixtures.ts';

const site = 'http://bilder.test';
/**
 * The plain <img>: a site address the build does not pass through the image pipeline (the site's share image, an
 * address the content check knows the site has); the test serves its own picture there.
 */
const plainImage = '/delingsbilder/kompetansebanken.png';
const photo = { width: 1600, height: 1067 };
let content: Awaited<ReturnType<typeof contentFolder>>;
let outDir: string;
let browser: Browser;
let plainPicture: Buffer;

const picture = (format: 'jpeg' | 'png') => sharp({ create: { ...photo, channels: 3, background: '#7a4b1b' } })[format]().toBuffer();
/** A photo's detail, not one colour: one colour compresses to almost nothing at any width, so bytes would not tell. */
const grainyPicture = () => sharp({ create: { ...photo, channels: 3, background: '#7a4b1b', noise: { type: 'gaussian', mean: 128, sigma: 40 } } }).jpeg({ quality: 85 }).toBuffer();

beforeAll(async () => {
  const withImage = (markdown: string) => `\n\n${markdown}\n\nTekst etter bildet.\n`;
  content = await contentFolder({
    'media/bilde.jpg': await grainyPicture(),
    'stories/foreldremote.png': await picture('png'),
    ...edit('news/opptak.mdx', 'Tekst.', `Tekst.${withImage('![Barn i barnehagen](../media/bilde.jpg)')}`),
    ...edit('stories/gloppen.mdx', '| DVD | Bedre samarbeid |', `| DVD | Bedre samarbeid |${withImage('![Foreldremøte i barnehagen](../stories/foreldremote.png)')}`),
    ...edit('tools/kvalitetstrakten.mdx', 'Tekst.', `Tekst.${withImage(`![Kart over kommunene](${plainImage})`)}`),
    'pages/personvern.mdx': `---\ntitle: Personvern\nsummary: Nettstedet sporer deg ikke.\nabout: website\nsources: []\n---\n\nTekst.${withImage('![Barn i barnehagen](../media/bilde.jpg)')}`,
  });
  plainPicture = await picture('png');
  outDir = await buildFixtureSite(content.root);
  browser = await playwright.launch({ executablePath: await chromium.executablePath(), args: ['--no-sandbox', '--disable-gpu', '--no-zygote'] });
}, 240_000);

afterAll(async () => {
  await browser?.close();
  await content?.cleanup();
  if (outDir) await rm(outDir, { recursive: true, force: true });
});

const types: Record<string, string> = { '.html': 'text/html', '.css': 'text/css', '.js': 'text/javascript', '.woff2': 'font/woff2', '.webp': 'image/webp', '.svg': 'image/svg+xml' };

/**
 * Each image in the page's text as it is drawn at `width` px (on a screen of
 * `scale` device pixels per CSS pixel), whether the page scrolls sideways, and
 * the image files the page downloaded with their bytes.
 */
async function imagesAt(path: string, width: number, scale = 1) {
  const context = await browser.newContext({ viewport: { width, height: 800 }, deviceScaleFactor: scale });
  const downloaded: { path: string; bytes: number; width: number | undefined }[] = [];
  // The built files served as a web server would, without one.
  await context.route(`${site}/**`, async (route) => {
    const { pathname } = new URL(route.request().url());
    if (pathname === plainImage) return route.fulfill({ body: plainPicture, contentType: 'image/png' });
    const file = join(outDir, decodeURIComponent(pathname), pathname.endsWith('/') ? 'index.html' : '');
    const body = await readFile(file).catch(() => undefined);
    if (body && route.request().resourceType() === 'image') downloaded.push({ path: pathname, bytes: body.length, width: (await sharp(body).metadata()).width });
    return body ? route.fulfill({ body, contentType: types[extname(file)] ?? 'application/octet-stream' }) : route.fulfill({ status: 404 });
  });
  const page = await context.newPage();
  await page.goto(site + path);
  const images = page.locator('.prose img');
  for (const image of await images.all()) {
    await image.scrollIntoViewIfNeeded();
    await expect.poll(() => image.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth > 0)).toBe(true);
  }
  const drawn = await images.evaluateAll((imgs: HTMLImageElement[]) =>
    imgs.map((img) => {
      const box = img.getBoundingClientRect();
      return {
        alt: img.alt,
        width: box.width,
        column: img.closest('.prose')?.clientWidth ?? 0,
        ratio: box.height / box.width,
        attributes: Object.fromEntries(['width', 'height', 'loading', 'srcset', 'sizes'].map((name) => [name, img.getAttribute(name)])),
      };
    }),
  );
  const sideways = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  await context.close();
  return { drawn, sideways, downloaded };
}

for (const [path, alt] of [
  ['/nyheter/opptak/', 'Barn i barnehagen'],
  ['/eksempler/gloppen/', 'Foreldremøte i barnehagen'],
  ['/verktoy/kvalitetstrakten/', 'Kart over kommunene'],
  ['/personvern/', 'Barn i barnehagen'],
] as const) {
  it(`${path}: the image in the text is as wide as its column at most, its aspect ratio kept, at 320, 375 and 1 280 px`, async () => {
    for (const width of [320, 375, 1280]) {
      const { drawn, sideways } = await imagesAt(path, width);
      expect(drawn.map((image) => image.alt), `${width} px`).toEqual([alt]);
      for (const image of drawn) {
        expect(image.width, `${width} px: drawn`).toBeGreaterThan(0);
        expect(image.width, `${width} px: within the column`).toBeLessThanOrEqual(image.column);
        expect(image.ratio, `${width} px: aspect ratio`).toBeCloseTo(photo.height / photo.width, 2);
      }
      expect(sideways, `${width} px: the page scrolls sideways`).toBeLessThanOrEqual(0);
    }
  });
}

// A phone on a slow network fetched the whole 1 600 px file for an image in the text (no srcset): it now
// gets the file made for its column (360 px wide at 375 px, 720 px on a screen of two pixels per point).
it('/nyheter/opptak/: a phone at 375 px downloads the image in the text at its column\'s width, not the full file', async () => {
  const desktop = await imagesAt('/nyheter/opptak/', 1280, 2);
  const phone = await imagesAt('/nyheter/opptak/', 375);
  const sharpPhone = await imagesAt('/nyheter/opptak/', 375, 2);
  const bytes = (downloaded: { bytes: number }[]) => downloaded.reduce((sum, file) => sum + file.bytes, 0);
  console.log(`image bytes: ${bytes(phone.downloaded)} at 375 px, ${bytes(sharpPhone.downloaded)} at 375 px 2×, ${bytes(desktop.downloaded)} at 1 280 px 2×`);
  const [image] = phone.drawn;
  expect(image?.alt).toBe('Barn i barnehagen');
  // Width and height hold the place while it loads (no layout shift); below the fold it loads when scrolled to.
  expect([image?.attributes.width, image?.attributes.height]).toEqual([String(photo.width), String(photo.height)]);
  expect(image?.attributes.loading).toBe('lazy');
  expect(image?.attributes.srcset?.split(',').map((candidate) => candidate.trim().split(' ')[1])).toEqual(['360w', '720w', '1080w', '1440w', '1600w']);
  // The files' widths: the column's (343 px at 375 px, 704 px on a desktop) in device pixels, rounded up to a width made.
  expect(phone.downloaded.map((file) => file.width), 'a 375 px phone').toEqual([360]);
  expect(sharpPhone.downloaded.map((file) => file.width), 'a 375 px phone at two pixels per point').toEqual([720]);
  expect(desktop.downloaded.map((file) => file.width), 'a 1 280 px desktop at two pixels per point').toEqual([1440]);
  // Measured: 811 KB before (the 1 600 px file, for this grainy photo), 13 KB after.
  expect(bytes(phone.downloaded)).toBeLessThan(bytes(desktop.downloaded) / 10);
});
