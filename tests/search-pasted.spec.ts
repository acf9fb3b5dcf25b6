// Text pasted from Word or a PDF searches as the adviser means it: the same
// hits and the same words searched for as typing the meant query, with no
// correction offered for characters nobody typed (src/search/query-text.ts).
import { expect, test, type Page } from '@playwright/test';
import { pastedQueries } from './search-queries.ts';

async function status(page: Page) {
  await expect(page.getByRole('status')).toHaveText(/\d+ treff|Ingen treff/, { timeout: 20_000 });
  return (await page.getByRole('status').textContent()) ?? '';
}

test.use({ viewport: { width: 375, height: 800 }, permissions: ['clipboard-read', 'clipboard-write'] });

for (const { pasted, means } of pastedQueries) {
  test(`pasting ${JSON.stringify(pasted)} searches ${JSON.stringify(means)}`, async ({ page }) => {
    await page.goto(`/sok/?q=${encodeURIComponent(means)}`);
    const typed = await status(page);
    expect(typed).toMatch(/^\d+ treff/);
    await page.goto('/sok/');
    await page.evaluate((text) => navigator.clipboard.writeText(text), pasted);
    await page.locator('#search-q').focus();
    await page.keyboard.press('Control+V');
    await expect(page).toHaveURL(/\?q=/);
    expect(await status(page)).toBe(typed);
    await expect(page.locator('#search-corrected')).toBeHidden();
  });
}
