// Measures a built site in Chromium: what a first search downloads and how long
// it takes to show the first result, and what a story page weighs. Served
// through the shipped nginx configuration where nginx is installed.
import { spawn } from 'node:child_process';
import chromium from '@sparticuz/chromium';
import { chromium as playwright, expect } from '@playwright/test';
import { findNginx, freePort, serveWithNginx, type RunningServer } from '../../tests/nginx.ts';
import { recordTransfers, total, type Transfer } from '../../tests/page-weight.ts';

export const typicalQueries = ['sykefravær', 'barnehage', 'ledelse'];

export interface SiteMeasurement {
  server: string;
  /** Median over the typical queries, each in a fresh browser context. */
  searchBytes: number;
  firstResultMs: number;
  story: Record<'html' | 'css' | 'js', { raw: number; transferred: number }>;
}

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

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? 0;
const isSearchCost = (t: Transfer) => t.path.startsWith('/pagefind/') || t.kind === 'js';

/** Measures the site built into `dist` from the project in `project`. */
export async function measureSite(dist: string, storyPath: string, project: string): Promise<SiteMeasurement> {
  const nginx = findNginx();
  const server = nginx ? await serveWithNginx(dist, nginx) : await servePreview(project);
  const browser = await playwright.launch({ executablePath: await chromium.executablePath(), args: ['--no-sandbox', '--disable-gpu', '--no-zygote'] });
  try {
    const searches: { bytes: number; ms: number }[] = [];
    for (const query of typicalQueries) {
      const context = await browser.newContext({ baseURL: server.url });
      const page = await context.newPage();
      let ms = 0;
      const transfers = await recordTransfers(page, async () => {
        const started = Date.now();
        await page.goto(`/sok/?q=${encodeURIComponent(query)}`);
        await expect(page.locator('#search-results li').first()).toBeVisible({ timeout: 60_000 });
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
    const weight = (kind: Transfer['kind']) => ({ raw: total(transfers, 'raw', [kind]), transferred: total(transfers, 'transferred', [kind]) });
    return {
      server: nginx ? 'nginx (deploy/nginx)' : 'astro preview',
      searchBytes: median(searches.map((s) => s.bytes)),
      firstResultMs: median(searches.map((s) => s.ms)),
      story: { html: weight('html'), css: weight('css'), js: weight('js') },
    };
  } finally {
    await browser.close();
    await server.stop();
  }
}
