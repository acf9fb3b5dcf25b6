// A case story as a reader meets it.
import { expect, test } from '@playwright/test';
import { readable } from './built-site.ts';

const gloppen = '/eksempler/gloppen-foreldre-fremmedspraklige-barn/';

test('the story index links to every story, grouped by sector', async ({ page }) => {
  await page.goto('/eksempler/');
  await expect(page.getByRole('heading', { level: 1, name: 'Gode eksempler' })).toBeVisible();
  await expect(page.getByRole('heading', { level: 2, name: /^Barnehage \(\d+\)$/ })).toBeVisible();
  await page.getByRole('link', { name: 'Barnehagen og foreldre til fremmedspråklige barn' }).click();
  await expect(page).toHaveURL(gloppen);
});

test('a story shows its municipality, ingress, sections and sources with page numbers', async ({ page }) => {
  await page.goto(gloppen);
  await expect(page.locator('html')).toHaveAttribute('lang', 'nb');
  await expect(page.getByRole('link', { name: 'Gloppen', exact: true })).toHaveAttribute('href', '/kommuner/gloppen/');
  for (const heading of ['Bakgrunn og behov', 'Dette gjorde de', 'Resultater', 'Slik kan dere gjøre det samme']) {
    await expect(page.getByRole('heading', { level: 2, name: heading })).toBeVisible();
  }
  const sources = page.getByRole('region', { name: 'Kilder' });
  const sourceText = readable(await sources.innerText());
  expect(sourceText).toContain('sekretariatets sluttrapport');
  expect(sourceText).toContain('s. 23 og 24');
});

test('the page shell has a skip link, breadcrumbs and the accessibility statement', async ({ page }) => {
  await page.goto(gloppen);
  await page.keyboard.press('Tab');
  const skip = page.getByRole('link', { name: 'Hopp til hovedinnholdet' });
  await expect(skip).toBeFocused();
  await skip.press('Enter');
  await expect(page.locator('main')).toBeFocused();
  const crumbs = page.getByRole('navigation', { name: 'Du er her' });
  await expect(crumbs.getByRole('link', { name: 'Gode eksempler' }).last()).toHaveAttribute('href', '/eksempler/');
  await expect(page.getByRole('contentinfo').getByRole('link', { name: 'Tilgjengelighetserklæring' })).toHaveAttribute('href', '/tilgjengelighetserklaering/');
});

test('Markdown tables in a story (GFM, through remark-gfm) render as tables', async ({ page }) => {
  await page.goto('/eksempler/molde-ledelse-i-barnehagene/');
  const table = page.locator('.prose table').first();
  await expect(table).toBeVisible();
  await expect(table.getByRole('columnheader').first()).toBeVisible();
});

test('a key figure shows its value, then what it counts, then when and where from (read as label, value, source)', async ({ page }) => {
  await page.setViewportSize({ width: 375, height: 800 });
  await page.goto('/eksempler/vennesla-sykefravaer/');
  const figure = page.locator('.key-figures dl > div').first();
  const top = async (selector: string) => (await figure.locator(selector).boundingBox())?.y ?? Number.NaN;
  const [value, label, meta] = [await top('.value'), await top('dt'), await top('.meta')];
  expect(value).toBeLessThan(label);
  expect(label).toBeLessThan(meta);
  expect(await figure.evaluate((div) => [...div.children].map((child) => child.tagName))).toEqual(['DT', 'DD', 'DD']);
});
