// What a shared link shows: every page has a canonical address, a description,
// Open Graph and Twitter tags and a 1200×630 social image; stories, news items
// and tools have their own image and Article/NewsArticle data; the sitemap
// lists every page and robots.txt points to it. Read from dist/, no browser.
import { expect, test } from '@playwright/test';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { parse, type HTMLElement } from 'node-html-parser';
import { pngSize } from '../src/sharing/png-size.ts';
import { previewLength } from '../src/sharing/preview-description.ts';
import { builtFile, builtPages, distDir, readable } from './built-site.ts';

const entryPages = { eksempler: 'Article', nyheter: 'NewsArticle', verktoy: 'Article' } as const;

/** /eksempler/<id>/, /nyheter/<id>/ or /verktoy/<id>/: a page with its own social image. */
function entryOf(path: string): { section: keyof typeof entryPages; id: string } | undefined {
  const match = /^\/(eksempler|nyheter|verktoy)\/([a-z0-9-]+)\/$/.exec(path);
  return match ? { section: match[1] as keyof typeof entryPages, id: match[2] ?? '' } : undefined;
}

const meta = (head: HTMLElement, key: string) =>
  head.querySelector(`meta[property="${key}"]`)?.getAttribute('content') ?? head.querySelector(`meta[name="${key}"]`)?.getAttribute('content');

const site = new URL(parse(builtFile('/')).querySelector('link[rel="canonical"]')?.getAttribute('href') ?? 'missing:');

// Fresh eyes: a news item's share preview began «Skrevet for Kompetansebanken ut fra programmets egne dokumenter, ikke
// en original pressemelding fra programmet: …» (111 characters before the news) and ran past 400 characters.
test('an entry\'s description is its own ingress: whole, its first whole sentences, or cut at a word with «…» and no number last', () => {
  const entries = builtPages().filter((path) => /^\/(eksempler|nyheter|nyhetsbrev|verktoy)\/[^/]+\/$/.test(path) && !path.includes('/side/'));
  const flat = (text: string) => text.replace(/\s+/g, ' ').trim();
  let cut = 0;
  let archive = 0;
  for (const path of entries) {
    const root = parse(builtFile(path));
    const head = root.querySelector('head');
    const ingress = flat(root.querySelector('main .ingress')?.text ?? '');
    if (!head || !ingress) continue;
    const description = flat(parse(`<p>${meta(head, 'description') ?? ''}</p>`).text);
    if (description === ingress) continue;
    cut++;
    if (!description.endsWith('…')) {
      // Whole sentences: the ingress goes on with a new sentence.
      expect(ingress.startsWith(description), `${path}: ${description}`).toBe(true);
      expect(ingress.slice(description.length), `${path}: cut at a sentence`).toMatch(/^ [\p{Lu}«]/u);
      continue;
    }
    expect(ingress.startsWith(description.slice(0, -1)), `${path}: ${description}`).toBe(true);
    // Cut at a word: what the ingress has after the cut is a space, or a comma, colon or dash and a space.
    expect(ingress.slice(description.length - 1), `${path}: cut at a word`).toMatch(/^[.,;:–-]?\s/);
    // «… med til sammen 137…» read as a claim without its unit (fresh eyes).
    // A year last says when («… høsten 2009…»).
    expect(description, `${path}: a number last`).not.toMatch(/(?<!\b(?:19|20)\d{0,2})\d…$/);
    // «… arbeidet med…», «… sykefraværet, og…» (fresh eyes, second round).
    expect(description, `${path}: a word that leads on last`).not.toMatch(/\s(?:og|eller|med|i|på|fra|til|av|for|et|en|som)…$/iu);
    if (root.querySelector('main .archive-note')) archive++;
  }
  // Long ingresses are cut; the archive's items still say on their page that they were written for Kompetansebanken.
  expect(cut).toBeGreaterThan(0);
  expect(archive).toBeGreaterThan(0);
  for (const path of entries.filter((p) => /^\/(nyheter|nyhetsbrev)\//.test(p))) {
    const head = parse(builtFile(path)).querySelector('head');
    expect(head && meta(head, 'description'), path).not.toMatch(/^Skrevet for Kompetansebanken/);
  }
});

test('every page has a canonical address, description, Open Graph and Twitter tags and a 1200×630 image', () => {
  const sizes = new Map<string, { width: number; height: number }>();
  for (const path of builtPages()) {
    const head = parse(builtFile(path)).querySelector('head');
    if (!head) throw new Error(`${path} has no <head>`);
    const canonical = head.querySelector('link[rel="canonical"]')?.getAttribute('href');
    // The 404 page answers for any missing address: it has none of its own, and asks not to be indexed.
    expect(canonical, path).toBe(path === '/404.html' ? undefined : new URL(path, site).href);
    if (path === '/404.html') expect(meta(head, 'robots'), path).toBe('noindex');
    expect(meta(head, 'description')?.length, `${path} description`).toBeGreaterThan(20);
    // As long as a share preview or a search snippet shows, no longer (sharing/preview-description.ts).
    expect(meta(head, 'description')?.length, `${path} description`).toBeLessThanOrEqual(previewLength);
    expect(meta(head, 'og:title'), path).toBeTruthy();
    expect(meta(head, 'og:description'), path).toBe(meta(head, 'description'));
    expect(meta(head, 'og:url'), path).toBe(canonical);
    expect(meta(head, 'og:site_name'), path).toBe('Kompetansebanken');
    expect(meta(head, 'og:locale'), path).toMatch(/^n[bn]_NO$/);
    expect(meta(head, 'twitter:card'), path).toBe('summary_large_image');
    // X reads the title, description and image from og: where its own tags are missing (developer.x.com/cards/markup).
    expect([meta(head, 'twitter:title'), meta(head, 'twitter:description'), meta(head, 'twitter:image')], path).toEqual([undefined, undefined, undefined]);
    expect(meta(head, 'twitter:image:alt'), path).toBe(meta(head, 'og:image:alt'));
    expect(meta(head, 'og:image:alt'), path).toContain(meta(head, 'og:title') ?? 'missing');

    const image = new URL(meta(head, 'og:image') ?? 'missing:');
    expect(image.origin, path).toBe(site.origin);
    expect([meta(head, 'og:image:width'), meta(head, 'og:image:height'), meta(head, 'og:image:type')], path).toEqual(['1200', '630', 'image/png']);
    if (!sizes.has(image.pathname)) sizes.set(image.pathname, pngSize(readFileSync(join(distDir, image.pathname))));
    expect(sizes.get(image.pathname), `${path}: ${image.pathname}`).toEqual({ width: 1200, height: 630 });

    const entry = entryOf(path);
    expect(image.pathname, path).toBe(entry ? `/delingsbilder/${entry.section}/${entry.id}.png` : '/delingsbilder/kompetansebanken.png');
    expect(meta(head, 'og:type'), path).toBe(entry ? 'article' : 'website');
  }
});

test('a social image is generated for every story, news item and tool, and each is 1200×630', () => {
  const entries = builtPages().map(entryOf).filter((e) => e !== undefined);
  expect(entries.filter((e) => e.section === 'eksempler').length).toBeGreaterThanOrEqual(20);
  expect(entries.filter((e) => e.section === 'nyheter').length).toBeGreaterThanOrEqual(10);
  expect(entries.filter((e) => e.section === 'verktoy').length).toBeGreaterThanOrEqual(5);
  const images = readdirSync(join(distDir, 'delingsbilder'), { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith('.png'))
    .map((f) => `/delingsbilder/${f.split('\\').join('/')}`)
    .sort();
  expect(images).toEqual(['/delingsbilder/kompetansebanken.png', ...entries.map((e) => `/delingsbilder/${e.section}/${e.id}.png`)].sort());
  for (const image of images) expect(pngSize(readFileSync(join(distDir, image))), image).toEqual({ width: 1200, height: 630 });
});

test('stories and tools carry Article data, news items NewsArticle data, that match the page', () => {
  for (const path of builtPages()) {
    const entry = entryOf(path);
    const document = parse(builtFile(path));
    const scripts = document.querySelectorAll('script[type="application/ld+json"]');
    if (!entry) {
      expect(scripts, path).toHaveLength(0);
      continue;
    }
    expect(scripts, path).toHaveLength(1);
    const data = JSON.parse(scripts[0]?.textContent ?? '');
    const head = document.querySelector('head');
    if (!head) throw new Error(`${path} has no <head>`);
    expect(data, path).toMatchObject({
      '@context': 'https://schema.org',
      '@type': entryPages[entry.section],
      headline: readable(document.querySelector('h1')?.textContent ?? '').trim(),
      description: meta(head, 'description'),
      url: meta(head, 'og:url'),
      image: meta(head, 'og:image'),
      publisher: { '@type': 'Organization', name: 'Kompetansebanken' },
    });
    expect(data.isBasedOn.length, path).toBeGreaterThan(0);
    if (entry.section === 'nyheter') expect(data.datePublished, path).toMatch(/^\d{4}(-\d{2}(-\d{2})?)?$/);
    if (entry.section === 'eksempler') expect(data.contentLocation.length, path).toBeGreaterThan(0);
  }
});

test('the sitemap lists every page but the search page and the 404 page, and robots.txt points to it and keeps crawlers off search and the CMS', () => {
  const index = readFileSync(join(distDir, 'sitemap-index.xml'), 'utf8');
  const sitemaps = [...index.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1] ?? '').pathname);
  expect(sitemaps.length).toBeGreaterThan(0);
  const listed = sitemaps
    .flatMap((sitemap) => [...readFileSync(join(distDir, sitemap), 'utf8').matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1] ?? ''))
    .sort();
  const pages = builtPages()
    .filter((path) => path !== '/sok/' && path !== '/404.html')
    .map((path) => new URL(path, site).href)
    .sort();
  expect(listed).toEqual(pages);

  const robots = readFileSync(join(distDir, 'robots.txt'), 'utf8');
  expect(robots).toContain('User-agent: *');
  expect(robots).toContain('Disallow: /sok/?');
  expect(robots).not.toMatch(/^Disallow: \/sok\/$/m);
  expect(robots).toContain('Disallow: /admin/');
  expect(robots).toContain(`Sitemap: ${new URL('/sitemap-index.xml', site).href}`);
});

test('the web font covers Norwegian, Sami and Finnish letters, each subset loaded only for pages that use it', () => {
  const css = readdirSync(join(distDir, '_astro'))
    .filter((f) => f.endsWith('.css'))
    .map((f) => readFileSync(join(distDir, '_astro', f), 'utf8'))
    .join('\n');
  const faces = [...css.matchAll(/@font-face\s*\{([^}]*)\}/g)].map((m) => m[1] ?? '');
  const ranges = faces.map((face) =>
    // «U+0-FF», «U+131», or with wildcards: «U+1F??» is U+1F00-1FFF.
    [...(/unicode-range:([^;}]*)/.exec(face)?.[1] ?? '').matchAll(/U\+([0-9A-F?]+)(?:-([0-9A-F]+))?/gi)].map((r) => [
      parseInt((r[1] ?? '').replaceAll('?', '0'), 16),
      parseInt((r[2] ?? r[1] ?? '').replaceAll('?', 'F'), 16),
    ]),
  );
  expect(ranges.every((r) => r.length > 0), 'every @font-face has a unicode-range').toBe(true);
  for (const letter of 'æøåÆØÅáčđŋšŧžÁČĐŊŠŦŽäö') {
    const code = letter.codePointAt(0) ?? 0;
    const face = faces.find((_, i) => ranges[i]?.some(([from = 0, to = 0]) => code >= from && code <= to));
    expect(face, letter).toMatch(/font-family:\s*["']?Inter/);
    const file = /url\(([^)]+\.woff2)\)/.exec(face ?? '')?.[1] ?? '';
    expect(statSync(join(distDir, file)).size, `${letter}: ${file}`).toBeGreaterThan(1000);
  }
});
