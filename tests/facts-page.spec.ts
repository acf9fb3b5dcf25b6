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

// Fresh eyes (a journalist): a row copied gave a bare «9», the document being only in the link's aria-label.
test('a row copied from the facts names its source: the figure, what it is, and «Sluttrapporten, s. 9», while the page shows «9»', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto(factsPath);
  const row = page.locator('main table tbody tr').filter({ hasText: 'Så mange kommuner var målet' });
  await row.evaluate((tr) => {
    const range = document.createRange();
    range.selectNodeContents(tr);
    getSelection()!.removeAllRanges();
    getSelection()!.addRange(range);
  });
  await page.keyboard.press('ControlOrMeta+C');
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  expect(copied.replace(/\u00a0/g, ' ').trim()).toBe('200\tSå mange kommuner var målet for programmet.\tSluttrapporten, s. 9');
  // On the page the cell shows the number, and a screen reader hears the link's own name once.
  const cell = row.locator('td').last();
  await expect(cell.getByRole('link')).toHaveAccessibleName('Sluttrapporten, s. 9');
  expect((await cell.getByRole('link').boundingBox())!.width).toBeLessThan(40);
  expect((await cell.locator('.ds-sr-only').boundingBox())!.width).toBeLessThanOrEqual(1);
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
  await expect(page.getByRole('region', { name: 'Nøkkeltall' }).getByRole('link', { name: 'Sluttrapporten, s. 9' }).first()).toHaveAttribute(
    'href',
    '/kilder/sluttrapporten/#s-9',
  );
});

// Fresh eyes (a journalist): «Tall og tabeller» (/tall/, not in the menu) and «Tall og fakta» looked like twins, and
// neither said what the other has.
test('«Tall og fakta» and «Tall og tabeller» each say, before their first figure, what the other has and link to it', async ({ page }) => {
  for (const [path, other, otherPath] of [
    [factsPath, 'Tall og tabeller', '/tall/'],
    ['/tall/', 'Tall og fakta', factsPath],
  ] as const) {
    await page.goto(path);
    const link = page.getByRole('main').getByRole('link', { name: other, exact: true }).first();
    await expect(link, path).toHaveAttribute('href', otherPath);
    const [linkTop, firstTable] = await Promise.all([link.evaluate((a) => a.getBoundingClientRect().top), page.locator('main table').first().evaluate((t) => t.getBoundingClientRect().top)]);
    expect(linkTop, `${path}: the link stands before the first table`).toBeLessThan(firstTable);
  }
});

// Fresh eyes: at 1280 px the tables on /tall/ were as wide as the page (two columns, the label a screen away from its
// number), and «over» stood only in the heading («Deltakere (over)»), the cells saying 500, 800, 900.
test('on «Tall og tabeller» every table stands in the text column at 1280 px, and a lower bound reads «over» in its cell', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.goto('/tall/');
  await page.evaluate(() => document.fonts.ready);
  const column = await page.locator('main .ingress').first().evaluate((p) => p.getBoundingClientRect().width);
  const widths = await page.locator('main table').evaluateAll((tables) => tables.map((t) => ({ width: t.getBoundingClientRect().width, scrolls: t.parentElement!.scrollWidth > t.parentElement!.clientWidth + 1 })));
  expect(widths.length).toBeGreaterThan(5);
  for (const [i, { width, scrolls }] of widths.entries()) {
    expect(width, `table ${i + 1}`).toBeLessThanOrEqual(column + 1);
    expect(scrolls, `table ${i + 1} scrolls at 1280 px`).toBe(false);
  }
  for (const width of [320, 1280]) {
    await page.setViewportSize({ width, height: 900 });
    const conferences = page.locator('#konferansedeltakelse table');
    await expect(conferences.locator('tbody td'), `${width} px`).toHaveText(['over 500', 'over 800', 'over 900'].map((t) => new RegExp(`^${t.replace(' ', '\\s')}$`)));
  }
});

// Fresh eyes at 320 px: each fact's sentence stood about 100 px wide beside «32,1 prosent» and the page number.
test('at 320 and 375 px each fact is read at the column\'s width: its figure, its sentence and its page, still a table', async ({ page }) => {
  for (const width of [320, 375]) {
    await page.setViewportSize({ width, height: 800 });
    await page.goto(factsPath);
    await page.evaluate(() => document.fonts.ready);
    const table = page.getByRole('table').first();
    // The page's link names its document out of sight («Sluttrapporten, s.» before the «9» shown).
    await expect(table.getByRole('row').nth(1).getByRole('cell')).toHaveText(['200', 'Så mange kommuner var målet for programmet.', 'Sluttrapporten, s. 9']);
    const narrowest = await page.locator('main table td:nth-child(2)').evaluateAll((cells) =>
      Math.min(...cells.map((cell) => cell.getBoundingClientRect().width)),
    );
    const column = await page.locator('main .prose, main').first().evaluate((el) => el.getBoundingClientRect().width);
    expect(narrowest, `${width} px`).toBeGreaterThan(column * 0.8);
    expect(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth), `${width} px`).toBeLessThanOrEqual(0);
  }
});
