// Search relevance, measured: every query of tests/search-queries.ts is run
// through the real search page, and at least 95 % must put their page as high
// as required. The score is printed, with the misses, so a change that makes
// search worse shows by how much.
import { test } from '@playwright/test';
import { expect } from './status-line.ts';
import { expectedHits } from './search-queries.ts';

test('at least 95 % of the realistic queries find their page', async ({ page }) => {
  test.setTimeout(expectedHits.length * 10_000);
  expect(expectedHits.length).toBeGreaterThanOrEqual(60);
  const misses: string[] = [];
  for (const { query, page: wanted, top, kind } of expectedHits) {
    await page.goto(`/sok/?q=${encodeURIComponent(query)}`);
    await expect(page.getByRole('status')).toSay(/\d+ treff/, { timeout: 30_000 });
    const first = await page.locator('#search-results > li h2 a').evaluateAll((links, n) => links.slice(0, n).map((a) => a.getAttribute('href')), top);
    if (!first.includes(wanted)) misses.push(`«${query}» (${kind}): wanted ${wanted} in the top ${top}, got ${first.join(', ') || 'nothing'}`);
  }
  const passed = expectedHits.length - misses.length;
  const score = (100 * passed) / expectedHits.length;
  console.log(`Search relevance: ${passed} of ${expectedHits.length} queries pass (${score.toFixed(1)} %)${misses.map((m) => `\n  miss: ${m}`).join('')}`);
  expect(score, misses.join('\n')).toBeGreaterThanOrEqual(95);
});
