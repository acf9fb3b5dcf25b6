// «Tall og fakta» as a journalist on deadline uses it: reached from every page,
// with a way straight to each section, and each figure's page in the final
// report one click away, as on the press page.
import { expect, test } from '@playwright/test';
import { builtFile, readable } from './built-site.ts';

const factsPath = '/tall-og-fakta/';

test('«Tall og fakta» is in the main menu, the phone menu and the footer, between «Nyheter» and «Om programmet»', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.goto('/eksempler/');
  const menu = page.getByRole('navigation', { name: 'Hovedmeny' }).getByRole('link');
  const labels = (await menu.allInnerTexts()).map(readable);
  expect(labels.slice(labels.indexOf('Nyheter'), labels.indexOf('Nyheter') + 3)).toEqual(['Nyheter', 'Tall og fakta', 'Om programmet']);
  await expect(page.getByRole('navigation', { name: 'Hovedmeny' }).getByRole('link', { name: 'Tall og fakta' })).toHaveAttribute('href', factsPath);
  await expect(page.getByRole('contentinfo').getByRole('link', { name: 'Tall og fakta', exact: true })).toHaveAttribute('href', factsPath);

  // The keyboard meets it in the same place.
  await page.getByRole('navigation', { name: 'Hovedmeny' }).getByRole('link', { name: 'Nyheter' }).focus();
  const focused = async () => readable(await page.evaluate(() => document.activeElement?.textContent ?? ''));
  await page.keyboard.press('Tab');
  expect(await focused()).toBe('Tall og fakta');
  await page.keyboard.press('Tab');
  expect(await focused()).toBe('Om programmet');

  for (const width of [320, 375]) {
    await page.setViewportSize({ width, height: 700 });
    await page.goto(factsPath);
    await page.locator('summary', { hasText: 'Meny' }).click();
    const link = page.getByRole('navigation', { name: 'Meny' }).getByRole('link', { name: 'Tall og fakta' });
    await expect(link, `${width} px`).toBeVisible();
    await expect(link, `${width} px`).toHaveAttribute('aria-current', 'page');
    expect(await page.evaluate(() => document.documentElement.scrollWidth), `${width} px: no sideways scroll`).toBeLessThanOrEqual(width);
  }
});

test('«Tall og fakta» has jump links («På denne siden») to each of its sections', async ({ page }) => {
  await page.goto(factsPath);
  const jumps = page.getByRole('navigation', { name: 'På denne siden' }).getByRole('link');
  const headings = page.locator('main .prose h2');
  expect(await headings.count()).toBeGreaterThanOrEqual(5);
  await expect(jumps).toHaveText(await headings.allInnerTexts());
  for (const link of await jumps.all()) {
    const id = decodeURIComponent(((await link.getAttribute('href')) ?? '').slice(1));
    await expect(page.locator(`main .prose h2[id="${id}"]`)).toHaveCount(1);
  }
  await jumps.filter({ hasText: 'Kommunikasjon' }).click();
  await expect(page.getByRole('heading', { name: 'Kommunikasjon', level: 2 })).toBeInViewport();
});

test('each page number under «Side» opens that page of the final report, named as the press page names it', async ({ page }) => {
  const anchors = new Set([...builtFile('/kilder/sluttrapporten/').matchAll(/ id="(s-\d+)"/g)].map((m) => m[1]));
  await page.goto(factsPath);
  const cells = page.locator('main table').locator('xpath=.//tbody/tr/td[count(preceding-sibling::td) = count(ancestor::table//thead//th[normalize-space() = "Side"]/preceding-sibling::th)]');
  expect(await cells.count()).toBeGreaterThan(40);
  for (const cell of await cells.all()) {
    const numbers = (await cell.innerText()).match(/\d+/g) ?? [];
    const links = cell.getByRole('link');
    await expect(links, await cell.innerText()).toHaveCount(numbers.length);
    for (const [i, number] of numbers.entries()) {
      await expect(links.nth(i)).toHaveAttribute('href', `/kilder/sluttrapporten/#s-${number}`);
      await expect(links.nth(i)).toHaveAccessibleName(`Sluttrapporten, s. ${number}`);
      expect(anchors.has(`s-${number}`), `s-${number} on /kilder/sluttrapporten/`).toBe(true);
    }
  }
  // The press page's fact sheet links the same figure's page the same way.
  await page.goto('/presse/');
  await expect(page.getByRole('region', { name: 'Fakta og tall' }).getByRole('link', { name: 'Sluttrapporten, s. 9' }).first()).toHaveAttribute(
    'href',
    '/kilder/sluttrapporten/#s-9',
  );
});
