// Performance budgets on the built site, measured in Chromium on a first visit
// (empty cache), with sizes as the nginx configuration sends them (gzip).
import { expect, test } from '@playwright/test';
import { builtPages } from './built-site.ts';
import { recordTransfers, total, type Transfer } from './page-weight.ts';

const kB = 1024;
const storyPages = builtPages().filter((path) => /^\/eksempler\/[^/]+\/$/.test(path));
const describe = (transfers: Transfer[]) => transfers.map((t) => `${t.path} ${t.transferred} B`).join('\n');

// The web font is the same file on every page and cached for a year, so it has
// a budget of its own: one file, the Latin subset of Inter.
const pageKinds: Transfer['kind'][] = ['html', 'css', 'js', 'image', 'search-index', 'other'];

test('there are story pages to measure', () => {
  expect(storyPages.length).toBeGreaterThan(10);
});

for (const path of storyPages) {
  test(`${path} is at most 30 KB transferred and ships no JavaScript`, async ({ page }) => {
    const transfers = await recordTransfers(page, () => page.goto(path, { waitUntil: 'networkidle' }));
    expect(total(transfers, 'raw', ['js']), 'JavaScript bytes').toBe(0);
    expect(total(transfers, 'transferred', pageKinds), describe(transfers)).toBeLessThanOrEqual(30 * kB);
    const fonts = transfers.filter((t) => t.kind === 'font');
    expect(fonts.length, describe(fonts)).toBeLessThanOrEqual(1);
    expect(total(fonts), describe(fonts)).toBeLessThanOrEqual(50 * kB);
  });
}

test('a first search downloads at most 150 KB, and the search page itself at most 30 KB', async ({ page }) => {
  const transfers = await recordTransfers(page, async () => {
    await page.goto('/sok/?q=sykefravær');
    await expect(page.locator('#search-results li').first()).toBeVisible();
    await page.waitForLoadState('networkidle');
  });
  // The search: Pagefind's script, WebAssembly, index and result fragments, and our script.
  const search = transfers.filter((t) => t.path.startsWith('/pagefind/') || t.kind === 'js');
  expect(search.some((t) => t.path.endsWith('.pf_fragment')), 'results were loaded').toBe(true);
  expect(total(search), describe(search)).toBeLessThanOrEqual(150 * kB);
  const shell = transfers.filter((t) => t.kind === 'html' || t.kind === 'css');
  expect(total(shell), describe(shell)).toBeLessThanOrEqual(30 * kB);
});
