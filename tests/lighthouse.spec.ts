// Lighthouse on the front page, a story and the search page: 100 for
// accessibility, best practices and SEO, at least 95 for performance. It runs
// Lighthouse's default mobile preset (a mid-range phone on slow 4G: simulated
// 150 ms round trips, 1.6 Mbit/s and a 4× slower CPU) in the Chromium from
// @sparticuz/chromium, against nginx with deploy/nginx where nginx is installed
// (as in production), otherwise against the test server.
import chromium from '@sparticuz/chromium';
import { expect, test } from '@playwright/test';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { distDir } from './built-site.ts';
import { findNginx, serveWithNginx, type RunningServer } from './nginx.ts';

const pages = ['/', '/eksempler/gloppen-foreldre-fremmedspraklige-barn/', '/sok/'];
const required = { performance: 0.95, accessibility: 1, 'best-practices': 1, seo: 1 };

test.describe('Lighthouse', () => {
  test.describe.configure({ mode: 'serial', timeout: 180_000 });

  let chrome: chromeLauncher.LaunchedChrome | undefined;
  let server: RunningServer | undefined;
  let origin = '';
  test.beforeAll(async ({ baseURL }) => {
    const nginx = findNginx();
    server = nginx ? await serveWithNginx(distDir, nginx) : undefined;
    origin = server?.url ?? baseURL ?? '';
    chrome = await chromeLauncher.launch({
      chromePath: await chromium.executablePath(),
      chromeFlags: ['--headless=new', '--no-sandbox', '--disable-gpu', '--no-zygote'],
    });
  });
  test.afterAll(async () => {
    chrome?.kill();
    await server?.stop();
  });

  for (const path of pages) {
    test(`${path} scores 100 for accessibility, best practices and SEO, and at least 95 for performance`, async () => {
      const result = await lighthouse(`${origin}${path}`, {
        port: chrome?.port,
        logLevel: 'error',
        onlyCategories: Object.keys(required),
      });
      const lhr = result?.lhr;
      expect(lhr?.runtimeError?.message).toBeUndefined();
      // What to fix, if a score falls short: the audits that did not pass.
      const failing = Object.values(lhr?.audits ?? {})
        .filter((a) => a.score !== null && a.score < 1 && ['binary', 'numeric', 'metricSavings'].includes(a.scoreDisplayMode))
        .map((a) => `${a.id} (${a.score}${a.displayValue ? `, ${a.displayValue}` : ''})`)
        .join('\n');
      for (const [category, minimum] of Object.entries(required)) {
        expect(lhr?.categories[category]?.score ?? 0, `${category} on ${path}; audits not passed:\n${failing}`).toBeGreaterThanOrEqual(minimum);
      }
    });
  }
});
