// A story with an image, built from a fixture content folder: the page shows it
// through Astro's image pipeline with responsive widths, width and height,
// alt text and the credit. The picture is generated; the content has no photos.
import { readFile, readdir, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { parse } from 'node-html-parser';
import sharp from 'sharp';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { buildFixtureSite, contentFolder, edit } from '../content-check/test-fixtures.ts';

let content: Awaited<ReturnType<typeof contentFolder>>;
let outDir: string;
let page: ReturnType<typeof parse>;

beforeAll(async () => {
  content = await contentFolder(
    edit('stories/gloppen.mdx', 'sources:', 'image:\n  src: ./gloppen-foreldremote.png\n  alt: Foreldre og ansatte i samtale rundt et bord\n  credit: "Foto: Ola Nordmann / Eksempelkommune"\nsources:'),
  );
  await sharp({ create: { width: 1600, height: 900, channels: 3, background: '#1b5e7a' } })
    .png()
    .toFile(join(content.root, 'stories', 'gloppen-foreldremote.png'));
  outDir = await buildFixtureSite(content.root);
  // Read as a reader sees it: without the soft hyphens the build adds for line breaks.
  page = parse((await readFile(join(outDir, 'eksempler', 'gloppen', 'index.html'), 'utf8')).replaceAll('\u00AD', ''));
}, 240_000);

afterAll(async () => {
  await content?.cleanup();
  if (outDir) await rm(outDir, { recursive: true, force: true });
});

it('shows the image as a responsive picture with width, height and alt text', async () => {
  const picture = page.querySelector('figure.story-image picture');
  expect(picture).not.toBeNull();
  const sources = picture?.querySelectorAll('source') ?? [];
  expect(sources.map((s) => s.getAttribute('type'))).toEqual(['image/avif', 'image/webp']);
  for (const source of sources) {
    expect(source.getAttribute('srcset')?.split(',').length).toBeGreaterThanOrEqual(3);
    expect(source.getAttribute('sizes')).toBeTruthy();
  }
  const img = picture?.querySelector('img');
  expect(img?.getAttribute('alt')).toBe('Foreldre og ansatte i samtale rundt et bord');
  expect(Number(img?.getAttribute('width'))).toBeGreaterThan(0);
  expect(Number(img?.getAttribute('height')) / Number(img?.getAttribute('width'))).toBeCloseTo(900 / 1600, 2);
  // Every width the page offers was written to the build.
  const files = await readdir(join(outDir, '_astro'));
  for (const candidate of sources.flatMap((s) => (s.getAttribute('srcset') ?? '').split(',')).map((c) => c.trim().split(' ')[0] ?? ''))
    expect(files).toContain(candidate.replace('/_astro/', ''));
});

it('credits the photographer under the image', () => {
  expect(page.querySelector('figure.story-image figcaption')?.text).toBe('Foto: Ola Nordmann / Eksempelkommune');
});
