// Measures a built site in Chromium: what a first search downloads and how long
// it takes to show the first result, and what a story page weighs on a first
// visit. Our site is served through the shipped nginx configuration, the
// Starlight reference through nginx with the same compression and no security
// headers (its inline scripts need them off); both through `astro preview`
// where nginx is missing.
import { spawn } from 'node:child_process';
import chromium from '@sparticuz/chromium';
import { chromium as playwright, expect, type Page } from '@playwright/test';
import { findNginx, freePort, serveWithNginx, siteServerBlock, type RunningServer } from '../../tests/nginx.ts';
import { recordTransfers, total, type Transfer } from '../../tests/page-weight.ts';
import { median } from './stats.ts';

export const typicalQueries = ['sykefravær', 'barnehage', 'ledelse'];

/** Which site is measured: how it is served and how a search is made on it. */
export type SiteKind = 'ours' | 'starlight';

export type WeightKind = 'html' | 'css' | 'js' | 'font';
export const weightKinds: readonly WeightKind[] = ['html', 'css', 'js', 'font'];

export interface SiteMeasurement {
  server: string;
  /** Bytes (as sent) of the search's scripts, WebAssembly, index and fragments; median over the typical queries, each in a fresh browser context. */
  searchBytes: number;
  /** Milliseconds from opening the page until the first result shows; median over the typical queries. */
  firstResultMs: number;
  /** A story page's first visit, by kind of file: bytes raw and as sent (gzip). */
  story: Record<WeightKind, { raw: number; transferred: number }>;
}

/** Starlight's reference site: compressed like ours, otherwise plain. */
const plainServerBlock = `index index.html;
    gzip on;
    gzip_comp_level 6;
    gzip_min_length 256;
    gzip_types text/css application/javascript application/json image/svg+xml;
    location / { try_files $uri $uri/ =404; }`;

/** `astro preview` of the project in `cwd`, where nginx is missing. */
async function servePreview(cwd: string): Promise<RunningServer> {
  const port = await freePort();
  const child = spawn(process.execPath, ['node_modules/astro/bin/astro.mjs', 'preview', '--host', '127.0.0.1', '--port', String(port)], { cwd, stdio: 'ignore' });
  const url = `http://127.0.0.1:${port}`;
  for (let i = 0; i < 100; i++) {
    if (await fetch(url).then(() => true, () => false)) break;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  return {
    url,
    stop: async () => {
      child.kill();
    },
  };
}

/**
 * Makes a first search for `query` on a fresh page, from opening the address
 * until the first result is visible. Ours opens `/sok/?q=…`; Starlight has no
 * search address, so its home page is opened, the search dialog opened and the
 * query typed, as a visitor would.
 */
async function search(kind: SiteKind, page: Page, query: string): Promise<void> {
  if (kind === 'ours') {
    await page.goto(`/sok/?q=${encodeURIComponent(query)}`);
    await expect(page.locator('#search-results li').first()).toBeVisible({ timeout: 60_000 });
    return;
  }
  await page.goto('/');
  const open = page.locator('button[data-open-modal]');
  await expect(open).toBeEnabled({ timeout: 60_000 });
  await open.click();
  await page.locator('#starlight__search input').fill(query, { timeout: 60_000 });
  await expect(page.locator('.pagefind-ui__result').first()).toBeVisible({ timeout: 60_000 });
}

const isSearchCost = (t: Transfer) => t.path.startsWith('/pagefind/') || t.kind === 'js';

/** Measures the `kind` site built into `dist` from the project in `project`; `storyPath` is one story's address. */
export async function measureSite(kind: SiteKind, dist: string, storyPath: string, project: string): Promise<SiteMeasurement> {
  const nginx = findNginx();
  const server = nginx ? await serveWithNginx(dist, nginx, kind === 'ours' ? siteServerBlock : plainServerBlock) : await servePreview(project);
  const browser = await playwright.launch({ executablePath: await chromium.executablePath(), args: ['--no-sandbox', '--disable-gpu', '--no-zygote'] });
  try {
    const searches: { bytes: number; ms: number }[] = [];
    for (const query of typicalQueries) {
      const context = await browser.newContext({ baseURL: server.url });
      const page = await context.newPage();
      let ms = 0;
      const transfers = await recordTransfers(page, async () => {
        const started = Date.now();
        await search(kind, page, query);
        ms = Date.now() - started;
        await page.waitForLoadState('networkidle');
      });
      searches.push({ bytes: total(transfers.filter(isSearchCost)), ms });
      await context.close();
    }
    const context = await browser.newContext({ baseURL: server.url });
    const page = await context.newPage();
    const transfers = await recordTransfers(page, () => page.goto(storyPath, { waitUntil: 'networkidle' }));
    await context.close();
    const weight = (k: WeightKind) => ({ raw: total(transfers, 'raw', [k]), transferred: total(transfers, 'transferred', [k]) });
    return {
      server: nginx ? (kind === 'ours' ? 'nginx (deploy/nginx)' : 'nginx (gzip level 6, no headers)') : 'astro preview',
      searchBytes: median(searches.map((s) => s.bytes)),
      firstResultMs: median(searches.map((s) => s.ms)),
      story: { html: weight('html'), css: weight('css'), js: weight('js'), font: weight('font') },
    };
  } finally {
    await browser.close();
    await server.stop();
  }
}
