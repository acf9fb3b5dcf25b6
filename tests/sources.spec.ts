// Sources in readers' words, and every citation opens the page it cites
// (issue 13, outcomes 2 and 3). Checks over the files in dist/, without a browser.
import { expect, test } from '@playwright/test';
import { unzipSync, strFromU8 } from 'fflate';
import { parse, type HTMLElement } from 'node-html-parser';
import { readdirSync, readFileSync } from 'node:fs';
import { join, sep } from 'node:path';
import { networkName } from '../src/lib/network.ts';
import { pagesOf } from '../src/lib/source-text.ts';
import { sourceDocumentIds, sourceDocuments } from '../src/schemas/source-documents.ts';
import { builtFile, builtPages, cmsPage, distDir } from './built-site.ts';

/** Every file a reader can get: pages, e-mails, feeds, downloads, CSV; not the CMS or the search index. */
function readerFiles(): { path: string; text: string }[] {
  const files = readdirSync(distDir, { recursive: true, encoding: 'utf8' })
    .map((f) => '/' + f.split(sep).join('/'))
    .filter((f) => /\.(html|xml|txt|docx|csv)$/.test(f) && !f.startsWith(cmsPage) && !f.startsWith('/pagefind/'));
  return files.map((path) => {
    const bytes = readFileSync(join(distDir, path));
    if (!path.endsWith('.docx')) return { path, text: bytes.toString('utf8') };
    const zip = unzipSync(new Uint8Array(bytes));
    return { path, text: Object.values(zip).map((file) => strFromU8(file)).join('\n') };
  });
}

/** The text a reader sees on a page: no scripts, styles or attributes. */
function visibleText(root: HTMLElement): string {
  const copy = parse(root.toString());
  copy.querySelectorAll('script, style, head').forEach((e) => e.remove());
  return copy.textContent.replace(/\s+/g, ' ');
}

const documentIds = /\bS00[0-4]\b/;
const englishQuarters = /\bQ[1-4] ?'?\d{2}\b/;

test('no document id or English quarter label reaches a page, feed, e-mail or download', () => {
  const files = readerFiles();
  expect(files.filter((f) => f.path.endsWith('.docx')).length, 'the .docx downloads are scanned').toBeGreaterThan(0);
  expect(files.filter((f) => f.path.endsWith('.xml')).length, 'the feeds are scanned').toBeGreaterThan(0);
  expect(files.filter((f) => f.path.endsWith('.csv')).length, 'the CSV files are scanned').toBeGreaterThan(0);
  const found = files.flatMap(({ path, text }) =>
    // The source documents' own pages show their text as printed, quarter labels included.
    (path.startsWith('/kilder/') ? [documentIds] : [documentIds, englishQuarters]).flatMap((pattern) => {
      const match = pattern.exec(text);
      return match ? [`${path}: «${text.slice(Math.max(0, match.index - 60), match.index + 20).replace(/\s+/g, ' ')}»`] : [];
    }),
  );
  expect(found).toEqual([]);
});

test('a network code is explained wherever it is shown', () => {
  const unexplained: string[] = [];
  // Not the source documents' own pages: they show the text as printed, with a key to the codes.
  for (const path of builtPages().filter((p) => !p.startsWith('/kilder/'))) {
    const text = visibleText(parse(builtFile(path)));
    for (const [code] of text.matchAll(/\bP[1-4] ?NV ?\d+\b/g)) {
      const name = networkName(code);
      if (!name || !text.includes(name)) unexplained.push(`${path}: ${code}`);
    }
  }
  expect(unexplained).toEqual([]);
});

/** The pages of each paged document as its text file has them, by slug and anchor. */
const sourcePages = new Map(
  sourceDocumentIds.flatMap((doc) => {
    const { pages, slug } = sourceDocuments[doc] as { pages?: number; slug: string };
    if (!pages) return [];
    const text = readFileSync(join(import.meta.dirname, '..', 'content', 'sources', `${doc}.txt`), 'utf8');
    return [[slug, new Map(pagesOf(text, pages).map((p) => [`s-${p.page}`, p.text]))] as const];
  }),
);

const normalise = (s: string) => s.replace(/\s+/g, ' ').trim();

test('every page citation opens an anchor on the source page that holds that PDF page’s text', () => {
  const targets = new Map<string, HTMLElement>();
  const problems: string[] = [];
  let links = 0;
  for (const path of builtPages()) {
    for (const a of parse(builtFile(path)).querySelectorAll('a[href^="/kilder/"]')) {
      const match = /^\/kilder\/(?:([a-z0-9-]+)\/(?:#(s-\d+))?)?$/.exec(a.getAttribute('href') ?? '');
      if (!match) {
        problems.push(`${path}: odd link ${a.getAttribute('href')}`);
        continue;
      }
      const [, slug, anchor] = match;
      if (!slug) continue;
      if (!targets.has(slug!)) targets.set(slug!, parse(builtFile(`/kilder/${slug}/`)));
      if (!anchor) continue;
      links++;
      const section = targets.get(slug!)!.getElementById(anchor);
      const expected = sourcePages.get(slug!)?.get(anchor);
      if (!section) problems.push(`${path}: ${a.getAttribute('href')} has no anchor`);
      else if (expected === undefined || !normalise(section.textContent).includes(normalise(expected)))
        problems.push(`${path}: ${a.getAttribute('href')} does not hold the text of that page`);
      // The link says the page it opens.
      const number = anchor.slice(2);
      if (!new RegExp(`\\b${number}$`).test(normalise(a.textContent))) problems.push(`${path}: link «${a.textContent}» opens ${anchor}`);
    }
  }
  expect(problems).toEqual([]);
  expect(links, 'page citations found').toBeGreaterThan(300);
});

// Fresh eyes (a journalist): the press room cited «Programpresentasjonen» in its text, and its «Kilder» list did not
// name it. Every document a page cites is in the page's own list.
test('every document a page cites is in its «Kilder» list', () => {
  const missing: string[] = [];
  let checked = 0;
  for (const path of builtPages()) {
    if (path.startsWith('/kilder/')) continue;
    const main = parse(builtFile(path)).querySelector('main');
    const list = main?.querySelector('section.sources');
    if (!main || !list) continue;
    checked++;
    const documentOf = (href: string) => href.split('#')[0]!;
    const listed = new Set(list.querySelectorAll('a[href^="/kilder/"]').map((a) => documentOf(a.getAttribute('href')!)));
    list.remove();
    for (const link of main.querySelectorAll('a[href^="/kilder/"]')) {
      const cited = documentOf(link.getAttribute('href')!);
      if (cited !== '/kilder/' && !listed.has(cited)) missing.push(`${path}: ${cited}`);
    }
  }
  expect(checked, 'pages with a «Kilder» list').toBeGreaterThan(100);
  expect([...new Set(missing)]).toEqual([]);
});

// Fresh eyes (a journalist): /sykefravaer/ shows each point's summary («skippertak», the midwife scheme) and cited
// only pages 17 and 41, where neither stands. The overview cites every page its points cite.
test('the ten points’ overview cites every page its points’ summaries come from', () => {
  const citedPages = (path: string) =>
    parse(builtFile(path)).querySelectorAll('main section.sources a[href^="/kilder/"]').map((a) => a.getAttribute('href')!);
  const overview = new Set(citedPages('/sykefravaer/'));
  const points = builtPages().filter((path) => /^\/sykefravaer\/[^/]+\/$/.test(path) && path !== '/sykefravaer/saertrykk/');
  expect(points).toHaveLength(10);
  const missing = points.flatMap((point) => citedPages(point).filter((href) => !overview.has(href)).map((href) => `${point}: ${href}`));
  expect(missing).toEqual([]);
});

test('no «s. N» page reference on a page is left without its link', () => {
  const unlinked: string[] = [];
  for (const path of builtPages()) {
    if (path.startsWith('/kilder/')) continue;
    const root = parse(builtFile(path));
    const main = root.querySelector('main');
    if (!main) continue;
    // The press pack is plain text to copy, where a link cannot be; a «Side» cell's document, before its links, is
    // there only for a copy (out of sight and unread).
    main.querySelectorAll('a, textarea, .ds-sr-only[aria-hidden="true"]').forEach((e) => e.remove());
    for (const m of visibleText(main).matchAll(/.{0,50}\bs\. \d+.{0,10}/g)) unlinked.push(`${path}: «${m[0]}»`);
  }
  expect(unlinked).toEqual([]);
});

test('each key figure links to a page of the source where its number stands', () => {
  const problems: string[] = [];
  let checked = 0;
  for (const path of builtPages()) {
    for (const box of parse(builtFile(path)).querySelectorAll('.key-figures dl > div')) {
      const value = box.querySelector('.value')?.textContent.trim() ?? '';
      const href = box.querySelector('a[href*="#s-"]')?.getAttribute('href');
      if (!href) continue;
      const [, slug, page] = /^\/kilder\/([a-z0-9-]+)\/#s-(\d+)$/.exec(href) ?? [];
      const pages = sourcePages.get(slug!);
      // As the content check reads it: the figure's digits stand on the page or the next (text runs on).
      const text = `${pages?.get(`s-${page}`) ?? ''} ${pages?.get(`s-${Number(page) + 1}`) ?? ''}`;
      const digits = value.match(/\d+(,\d+)?/)?.[0];
      checked++;
      if (digits && !text.includes(digits)) problems.push(`${path}: ${value} is not on ${href}`);
    }
  }
  expect(problems).toEqual([]);
  expect(checked).toBeGreaterThan(40);
});

test('each source document has its page, with the note on extraction errors, out of the search index', () => {
  for (const doc of sourceDocumentIds) {
    const root = parse(builtFile(`/kilder/${sourceDocuments[doc].slug}/`));
    expect(root.querySelector('h1')?.textContent, doc).toBe(sourceDocuments[doc].title);
    expect(visibleText(root), doc).toContain('Uttrekket kan ha feil');
    expect(root.querySelector('[data-pagefind-body]'), doc).toBeNull();
  }
  const report = parse(builtFile('/kilder/sluttrapporten/'));
  expect(report.querySelectorAll('section[id^="s-"]')).toHaveLength(68);
  // Only the report: none of the download site's blurbs that follow it in the extract.
  expect(visibleText(report)).not.toContain('Detaljer');
});

// Fresh eyes: «sluttrapporten, s. 50» opened the page's text where numbers had fallen out, and the warning stood
// 125 000 px above it; the printed page number (two lower) was said only there too.
test('a source page opened at a page says there that the text is extracted, and gives the printed page number', async ({ page }) => {
  await page.setViewportSize({ width: 375, height: 800 });
  await page.goto('/kilder/sluttrapporten/#s-50');
  const section = page.locator('#s-50');
  await expect(section.getByRole('heading', { level: 2 })).toHaveText(/^Side 50 \(trykt side 48\)$/);
  const note = section.getByText('Teksten er hentet ut av PDF-en');
  await expect(note).toBeInViewport();
  await section.getByRole('link', { name: 'Om teksten' }).click();
  await expect(page.getByText('Uttrekket kan ha feil')).toBeInViewport();
  // Only at the page opened: the other pages do not repeat it.
  await expect(page.locator('#s-51').getByText('Teksten er hentet ut av PDF-en')).toBeHidden();
});

// Fresh eyes: at 375 px a source list's «s. 3, 5, 7, 9, 40, 48 og 68» were links 8–23 px wide side by side, and the
// «Side» column's «9» on /tall-og-fakta/ 11 × 21 px (WCAG 2.5.8 asks 24 × 24).
test('a page number alone as a link is a 24 × 24 px target on a phone', async ({ page }) => {
  await page.setViewportSize({ width: 375, height: 800 });
  for (const path of ['/nyheter/sluttrapport-juni-2010/', '/nyhetsbrev/nr-1-desember-2008/', '/tall-og-fakta/', '/presse/']) {
    await page.goto(path);
    const links = page.locator('main a[href*="#s-"]').filter({ hasText: /^\s*\d+\s*$/ });
    expect(await links.count(), path).toBeGreaterThan(0);
    const small = await links.evaluateAll((all) =>
      all.flatMap((link) => {
        const { width, height } = link.getBoundingClientRect();
        return width < 24 || height < 24 ? [`«${link.textContent}» ${Math.round(width)} × ${Math.round(height)}`] : [];
      }),
    );
    expect(small, path).toEqual([]);
  }
});
