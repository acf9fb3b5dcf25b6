// An image in an entry's Markdown text fits its column at its own aspect ratio
// (prose.css), on each kind of page that shows a text: a 1600 px photo in a
// news item made the page scroll sideways at 375 and 1 280 px. Built from a
// fixture content folder (the content has no images in its texts), shown in
// Chromium: through Astro's image pipeline (a file beside the entries, with
// width and height) and as a plain <img> (a site address, with neither).
import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { extname, join } from 'node:path';
import { promisify } from 'node:util';
import chromium from '@sparticuz/chromium';
import { chromium as playwright, type Browser } from '@playwright/test';
import sharp from 'sharp';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { contentFolder, edit } from '../content-check/test-fixtures.ts';

const run = promisify(execFile);
const site = 'http://bilder.test';
/** The plain <img>: a site address the build does not process; the test serves the picture itself. */
const plainImage = '/bilder/kart.png';
const photo = { width: 1600, height: 1067 };
let content: Awaited<ReturnType<typeof contentFolder>>;
let outDir: string;
let browser: Browser;
let plainPicture: Buffer;

const picture = (format: 'jpeg' | 'png') => sharp({ create: { ...photo, channels: 3, background: '#7a4b1b' } })[format]().toBuffer();

beforeAll(async () => {
  const withImage = (markdown: string) => `\n\n${markdown}\n\nTekst etter bildet.\n`;
  content = await contentFolder({
    'media/bilde.jpg': await picture('jpeg'),
    'stories/foreldremote.png': await picture('png'),
    ...edit('news/opptak.mdx', 'Tekst.', `Tekst.${withImage('![Barn i barnehagen](../media/bilde.jpg)')}`),
    ...edit('stories/gloppen.mdx', '| DVD | Bedre samarbeid |', `| DVD | Bedre samarbeid |${withImage('![Foreldremøte i barnehagen](../stories/foreldremote.png)')}`),
    ...edit('tools/kvalitetstrakten.mdx', 'Tekst.', `Tekst.${withImage(`![Kart over kommunene](${plainImage})`)}`),
    'pages/personvern.mdx': `---\ntitle: Personvern\nsummary: Nettstedet sporer deg ikke.\nabout: website\nsources: []\n---\n\nTekst.${withImage('![Barn i barnehagen](../media/bilde.jpg)')}`,
  });
  plainPicture = await picture('png');
  outDir = await mkdtemp(join(tmpdir(), 'kompetansebanken-dist-'));
  await run(process.execPath, ['node_modules/astro/bin/astro.mjs', 'build', '--outDir', outDir], {
    env: { ...process.env, KOMPETANSEBANKEN_CONTENT: content.root, KOMPETANSEBANKEN_CACHE: join(content.root, '.cache') },
  });
  browser = await playwright.launch({ executablePath: await chromium.executablePath(), args: ['--no-sandbox', '--disable-gpu', '--no-zygote'] });
}, 240_000);

afterAll(async () => {
  await browser?.close();
  await content?.cleanup();
  if (outDir) await rm(outDir, { recursive: true, force: true });
});

const types: Record<string, string> = { '.html': 'text/html', '.css': 'text/css', '.js': 'text/javascript', '.woff2': 'font/woff2', '.webp': 'image/webp', '.svg': 'image/svg+xml' };

/** Each image in the page's text as it is drawn at `width` px, and whether the page scrolls sideways. */
async function imagesAt(path: string, width: number) {
  const context = await browser.newContext({ viewport: { width, height: 800 } });
  // The built files served as a web server would, without one.
  await context.route(`${site}/**`, async (route) => {
    const { pathname } = new URL(route.request().url());
    if (pathname === plainImage) return route.fulfill({ body: plainPicture, contentType: 'image/png' });
    const file = join(outDir, decodeURIComponent(pathname), pathname.endsWith('/') ? 'index.html' : '');
    const body = await readFile(file).catch(() => undefined);
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
      return { alt: img.alt, width: box.width, column: img.closest('.prose')?.clientWidth ?? 0, ratio: box.height / box.width };
    }),
  );
  const sideways = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  await context.close();
  return { drawn, sideways };
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
