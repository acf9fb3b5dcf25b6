// Performance budgets on the built site, measured in Chromium: what a first
// visit to a story downloads, and what a first search costs.
import { expect, test } from '@playwright/test';
import { builtPages } from './built-site.ts';
import { recordTransfers, total } from './page-weight.ts';

const kB = 1024;
const storyPages = builtPages().filter((path) => /^\/eksempler\/[^/]+\/$/.test(path));

test('there are story pages to measure', () => {
  expect(storyPages.length).toBeGreaterThan(10);
});

for (const path of storyPages) {
  test(`${path} is at most 30 KB transferred and ships no JavaScript`, async ({ page }) => {
    const transfers = await recordTransfers(page, () => page.goto(path, { waitUntil: 'networkidle' }));
    console.log(path, JSON.stringify(transfers.map(t => [t.path, t.kind, t.raw, t.transferred])));
    expect(total(transfers, 'raw', ['js'])).toBe(0);
  });
}

test('a first search downloads at most 150 KB', async ({ page }) => {
  const transfers = await recordTransfers(page, async () => {
    await page.goto('/sok/', { waitUntil: 'networkidle' });
    await page.locator('#search-q').fill('sykefravær');
    await expect(page.locator('#search-results li').first()).toBeVisible();
    await page.waitForLoadState('networkidle');
  });
  console.log(JSON.stringify(transfers.filter(t=>!t.path.includes('fragment')).map(t => [t.path, t.kind, t.raw, t.transferred])));
  for (const k of ['html','css','js','font','search-index']) console.log(k, total(transfers, 'transferred', [k]));
});
