// What each page loads: nothing from any origin but the site's own, no
// Content-Security-Policy violations, and no JavaScript on content pages but the small copy script every page loads.
import { expect, test } from '@playwright/test';
import { siteCsp } from '../src/lib/csp.ts';
import { builtFile, builtPages, copyScriptOnSelection, copyScriptSelector, ownScriptSelector, pagesWithScript } from './built-site.ts';

for (const path of builtPages()) {
  test(`${path} loads only from its own origin, breaks no CSP rule and ships the JavaScript it should`, async ({ page, baseURL }) => {
    const origin = new URL(baseURL ?? '').origin;
    const foreign: string[] = [];
    const scriptBytes: number[] = [];
    const cspViolations: string[] = [];

    page.on('request', (request) => {
      const url = new URL(request.url());
      if (url.protocol !== 'data:' && url.origin !== origin) foreign.push(request.url());
    });
    page.on('response', async (response) => {
      if (response.request().resourceType() === 'script') scriptBytes.push((await response.body()).length);
    });
    page.on('console', (message) => {
      if (message.text().includes('Content Security Policy')) cspViolations.push(message.text());
    });

    await page.goto(path, { waitUntil: 'networkidle' });

    expect(foreign).toEqual([]);
    expect(cspViolations).toEqual([]);
    const totalScript = scriptBytes.reduce((a, b) => a + b, 0);
    // Every page carries soft hyphens and loads the script that keeps them out of copied text (the search page
    // once text is selected).
    expect(await page.locator(copyScriptSelector).count(), `${path} loads the copy script`).toBe(path === copyScriptOnSelection ? 0 : 1);
    if (pagesWithScript.has(path)) {
      expect(totalScript).toBeGreaterThan(0);
    } else {
      // The copy script is small (about 1 KB before gzip); a page's own script would be more.
      expect(totalScript, `${path} should ship no JavaScript but the copy script`).toBeLessThanOrEqual(2 * 1024);
      // JSON-LD is data, not script; anything else is not allowed.
      expect(await page.locator(ownScriptSelector).count()).toBe(0);
    }
  });
}

test('every page has a Content-Security-Policy without unsafe-inline scripts', () => {
  for (const path of builtPages()) {
    const html = builtFile(path);
    const csp = /<meta http-equiv="content-security-policy" content="([^"]+)"/.exec(html)?.[1];
    expect(csp, `${path} has no CSP`).toBeDefined();
    const scriptSrc = csp?.split(';').find((d) => d.trim().startsWith('script-src')) ?? '';
    expect(scriptSrc, path).toContain("'self'");
    expect(scriptSrc, path).not.toContain("'unsafe-inline'");
    expect(scriptSrc, path).not.toContain("'unsafe-eval'");
    expect(csp, path).toContain("default-src 'self'");
    // The site's policy, once: no script or style hashes (Astro's CSP put nine on every page, about 300 bytes gzip,
    // for scripts and styles that are files 'self' allows).
    expect(csp, path).toBe(siteCsp);
    expect(html.match(/http-equiv="content-security-policy"/g), path).toHaveLength(1);
  }
});
