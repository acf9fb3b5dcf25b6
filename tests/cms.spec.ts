// The CMS page (/admin/): Decap CMS from the npm package, in Norwegian, loading
// nothing from other origins, out of search, and with the site's CSP plus only
// the two exceptions Decap needs.
import { expect, test } from '@playwright/test';
import { parse } from 'node-html-parser';
import { cspDirectives } from '../src/lib/csp.ts';
import { builtFile, cmsPage, pagesWithScript } from './built-site.ts';

test('the CMS page is listed as a page that runs JavaScript', () => {
  expect(pagesWithScript.get(cmsPage)).toContain('Decap CMS');
});

test('the CMS page keeps the site CSP and adds only unsafe-eval for scripts and inline styles', () => {
  const root = parse(builtFile(cmsPage));
  const csp = root.querySelector('meta[http-equiv=content-security-policy]')?.getAttribute('content') ?? '';
  const directives = csp.split(';').map((d) => d.trim());
  for (const directive of cspDirectives) expect(directives.some((d) => d.startsWith(directive))).toBe(true);
  expect(directives).toContain("script-src 'self' 'unsafe-eval'");
  expect(directives).toContain("style-src 'self' 'unsafe-inline'");
  expect(csp).not.toMatch(/script-src[^;]*'unsafe-inline'/);
  expect(root.querySelector('meta[name=robots]')?.getAttribute('content')).toContain('noindex');
  expect(root.querySelector('html')?.getAttribute('lang')).toBe('nb');
  // Served from the site itself, never a CDN.
  expect(root.querySelectorAll('script').map((s) => s.getAttribute('src'))).toEqual(['/admin/decap-cms.js']);
  expect(root.querySelector('[data-pagefind-body]')).toBeNull();
});

test('the CMS starts in Norwegian, loads only from the site and breaks no CSP rule', async ({ page, baseURL }) => {
  const origin = new URL(baseURL ?? '').origin;
  const foreign: string[] = [];
  const cspViolations: string[] = [];
  page.on('request', (request) => {
    const url = new URL(request.url());
    if (!['data:', 'blob:'].includes(url.protocol) && url.origin !== origin) foreign.push(request.url());
  });
  page.on('console', (message) => {
    if (message.text().includes('Content Security Policy')) cspViolations.push(message.text());
  });
  await page.goto(cmsPage);
  // Without `npm run dev` there is no file API, so the CMS waits at its login button.
  await expect(page.getByRole('button', { name: 'Logg inn' })).toBeVisible({ timeout: 20_000 });
  expect(foreign).toEqual([]);
  expect(cspViolations).toEqual([]);
});

test('the generated CMS configuration is served beside the page', async ({ request }) => {
  const response = await request.get(`${cmsPage}config.yml`);
  expect(response.ok()).toBe(true);
  const text = await response.text();
  expect(text).toContain('locale: nb_no');
  expect(text).toContain('proxy_url: /api/v1/');
  expect(text).toContain('folder: content/stories');
});
