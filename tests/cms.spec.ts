// The CMS page (/admin/) of the built site. Built without a hosted backend
// (CMS_BACKEND unset, as in the tests), it explains in Norwegian how IT sets
// one up instead of a CMS that cannot log in; the CMS itself, with its CSP,
// is generated for a backend (src/cms/backend.test.ts) and driven against
// `astro dev` in tests/cms-editing.spec.ts. Decap's files are still served
// from the site itself, never a CDN.
import { expect, test } from '@playwright/test';
import { parse } from 'node-html-parser';
import { adminCsp } from '../src/cms/admin-page.ts';
import { cspDirectives } from '../src/lib/csp.ts';
import { builtFile, cmsPage, pagesWithScript } from './built-site.ts';

test('the CMS page is listed as a page that may run JavaScript', () => {
  expect(pagesWithScript.get(cmsPage)).toContain('Decap CMS');
});

test('without a hosted backend, /admin/ says in Norwegian how to set one up, with no script and the CMS page CSP', async ({ page }) => {
  const root = parse(builtFile(cmsPage));
  const csp = root.querySelector('meta[http-equiv=content-security-policy]')?.getAttribute('content') ?? '';
  expect(csp).toBe(adminCsp());
  // The site's directives, plus only what Decap needs (blob: for images it is given, eval, inline styles).
  for (const directive of cspDirectives) expect(csp).toContain(directive);
  expect(csp).toContain("connect-src 'self' blob:;");
  expect(csp).not.toMatch(/script-src[^;]*'unsafe-inline'/);
  expect(root.querySelectorAll('script')).toHaveLength(0);
  expect(root.querySelector('meta[name=robots]')?.getAttribute('content')).toContain('noindex');
  expect(root.querySelector('html')?.getAttribute('lang')).toBe('nb');
  expect(root.querySelector('[data-pagefind-body]')).toBeNull();
  await page.goto(cmsPage);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Redigeringsverktøyet er ikke satt opp her ennå');
  for (const variable of ['CMS_BACKEND', 'CMS_REPO', 'CMS_APP_ID']) await expect(page.getByText(variable, { exact: true })).toBeVisible();
  await expect(page.getByText('docs/redaktorveiledning.md')).toBeVisible();
});

test('Decap, its Norwegian texts, its preview styles, the content rules and its configuration are served from the site', async ({ request }) => {
  for (const file of ['decap-cms.js', 'cms-start.js', 'innholdsregler.js', 'forhandsvisning.css', 'config.yml']) {
    const response = await request.get(`${cmsPage}${file}`);
    expect(response.ok(), file).toBe(true);
  }
  const start = await (await request.get(`${cmsPage}cms-start.js`)).text();
  expect(start).toContain('Sett inn fra adresse');
  expect(start).toContain('registerPreviewStyle');
  // The check's rules for one entry, bundled for the browser in the build (src/content-check/entry-check-script.ts).
  const rules = await (await request.get(`${cmsPage}innholdsregler.js`)).text();
  expect(rules).toMatch(/^"use strict";var kompetansebankenEntryCheck=/);
  const styles = await (await request.get(`${cmsPage}forhandsvisning.css`)).text();
  expect(styles).not.toContain('@import');
  expect(styles).toContain('.prose');
  const config = await (await request.get(`${cmsPage}config.yml`)).text();
  expect(config).toContain('locale: nb_no');
  expect(config).toContain('folder: content/stories');
  expect(config).toContain('widget: relation');
});
