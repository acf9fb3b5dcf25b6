// Paged lists (src/lib/paging.ts): /eksempler/ and every facet page. Page 1 at
// the list's own address, later pages at …/side/<n>/, each with numbered
// navigation in a named <nav>, rel prev/next in the head, «side n av m» in the
// title and heading from page 2 on, and every story on exactly one page. The
// lists are walked through the served build, so the same tests check a build
// of the benchmark's synthetic stories (serve it and set TEST_PORT).
import { expect, test, type Page } from '@playwright/test';
import { ownScriptSelector, readable } from './built-site.ts';

const pagerName = 'Sider i listen';

/** The lists to walk: all stories, and each facet value's list as «Bla i eksemplene» links them. */
async function pagedLists(page: Page): Promise<string[]> {
  await page.goto('/eksempler/');
  const facetLists = await page
    .getByRole('region', { name: 'Bla i eksemplene' })
    .getByRole('navigation')
    .getByRole('link')
    .evaluateAll((links) => links.map((a) => a.getAttribute('href') ?? ''));
  expect(facetLists.length).toBeGreaterThan(10);
  return ['/eksempler/', ...facetLists];
}

const pageAddress = (first: string, n: number) => (n === 1 ? first : `${first}side/${n}/`);

/** Where a list's stories are: every card grid of a list page; on an entry's page, its own list (id «eksempler»). */
const listedStories = 'main .card-grid > li h3 a';
const entryListStories = 'main section[aria-labelledby="eksempler"] .card-grid > li h3 a';

/** Stories listed on the current page, by address. */
async function storiesOn(page: Page, selector = listedStories): Promise<string[]> {
  return page.locator(selector).evaluateAll((links) => links.map((a) => a.getAttribute('href') ?? ''));
}

async function headLink(page: Page, rel: 'prev' | 'next'): Promise<string | null> {
  const link = page.locator(`head link[rel="${rel}"]`);
  return (await link.count()) > 0 ? link.getAttribute('href') : null;
}

/** Checks every page of the list at `first` and returns how many pages it has. */
async function walkList(page: Page, first: string, selector = listedStories): Promise<{ last: number; stories: string[] }> {
  await page.goto(first);
  const pager = page.getByRole('navigation', { name: pagerName });
  const heading = readable((await page.getByRole('heading', { level: 1 }).textContent()) ?? '');
  if ((await pager.count()) === 0) {
    // One page: no pager, no neighbours, no «side 1 av 1».
    expect(await headLink(page, 'next'), first).toBeNull();
    expect(heading, first).not.toMatch(/side \d/);
    return { last: 1, stories: await storiesOn(page, selector) };
  }
  const numbers = await pager.getByRole('link', { name: /^Side \d+$/ }).allTextContents();
  const last = Math.max(...numbers.map((n) => Number(/\d+/.exec(n)?.[0])));
  expect(last, first).toBeGreaterThan(1);
  const stories: string[] = [];
  for (let n = 1; n <= last; n++) {
    const address = pageAddress(first, n);
    if (n > 1) await page.goto(address);
    const where = `${address} (side ${n} av ${last})`;
    const title = readable(await page.title());
    const h1 = readable((await page.getByRole('heading', { level: 1 }).textContent()) ?? '');
    if (n === 1) {
      expect(title, where).not.toMatch(/side \d+ av/);
    } else {
      expect(title, where).toContain(`side ${n} av ${last}`);
      expect(h1, where).toContain(`side ${n} av ${last}`);
      // The breadcrumbs lead back to the list's first page.
      await expect(page.getByRole('navigation', { name: 'Du er her' }).locator(`li a[href="${first}"]`), where).toHaveCount(1);
    }
    // rel links in the head point at the neighbours, and the pager's «Forrige»/«Neste» agree.
    expect(await headLink(page, 'prev'), where).toBe(n > 1 ? pageAddress(first, n - 1) : null);
    expect(await headLink(page, 'next'), where).toBe(n < last ? pageAddress(first, n + 1) : null);
    const pager = page.getByRole('navigation', { name: pagerName });
    await expect(pager.getByRole('link', { name: 'Forrige' }), where).toHaveCount(n > 1 ? 1 : 0);
    await expect(pager.getByRole('link', { name: 'Neste' }), where).toHaveCount(n < last ? 1 : 0);
    if (n > 1) await expect(pager.getByRole('link', { name: 'Forrige' }), where).toHaveAttribute('href', pageAddress(first, n - 1));
    if (n < last) await expect(pager.getByRole('link', { name: 'Neste' }), where).toHaveAttribute('href', pageAddress(first, n + 1));
    // The current page, and only it, is marked; the first and last are always there to jump to.
    const current = pager.locator('[aria-current="page"]');
    await expect(current, where).toHaveCount(1);
    await expect(current, where).toHaveAccessibleName(`Side ${n}`);
    await expect(current, where).toHaveAttribute('href', address);
    await expect(pager.getByRole('link', { name: 'Side 1', exact: true }), where).toHaveAttribute('href', first);
    await expect(pager.getByRole('link', { name: `Side ${last}`, exact: true }), where).toHaveAttribute('href', pageAddress(first, last));
    // Page 1 of an entry's list is the entry's own page; the later pages are list pages.
    const here = await storiesOn(page, n === 1 ? selector : listedStories);
    expect(here.length, where).toBeGreaterThan(0);
    await expect(pager, where).toContainText(`Viser ${stories.length + 1}–${stories.length + here.length} av `);
    stories.push(...here);
  }
  return { last, stories };
}

test('the story lists are paged: numbered pages, rel links, aria-current, «side n av m», every story once', async ({ page }) => {
  test.setTimeout(600_000);
  let pagedCount = 0;
  for (const first of await pagedLists(page)) {
    const { last, stories } = await walkList(page, first);
    if (last > 1) pagedCount++;
    expect(new Set(stories).size, `${first}: a story on two pages`).toBe(stories.length);
    // The list's own count (the ingress of /eksempler/, a facet page's heading) is what its pages hold together.
    await page.goto(first);
    const said = readable(await page.locator('main').innerText()).match(/(\d+) eksemp(?:el|ler)\b/)?.[1];
    expect(Number(said), `${first}: the count it shows`).toBe(stories.length);
    // A page beyond the last, and page 1 under side/, do not exist.
    for (const missing of [`${first}side/${last + 1}/`, `${first}side/1/`]) {
      const response = await page.goto(missing);
      expect(response?.status(), missing).toBe(404);
    }
  }
  // The 30 real stories fill more than one page of /eksempler/, so paging is always exercised.
  expect(pagedCount).toBeGreaterThan(0);
});

/** The pages of the entries in a section (/verktoy/spc/, …) as the section's page links them. */
async function entryPages(page: Page, section: string): Promise<string[]> {
  await page.goto(section);
  const hrefs = await page.locator('main a').evaluateAll((links) => links.map((a) => a.getAttribute('href') ?? ''));
  return [...new Set(hrefs.filter((href) => href.startsWith(section) && /^\/[^/]+\/[^/]+\/$/.test(href)))];
}

// A tool's, a point's and a municipality's own stories: page 1 is the entry's page, later pages at …/side/<n>/ (at
// 10 000 stories a tool's page listed some 1 600 stories on one page). The real content fills one page each; a
// build of the benchmark's stories (serve it and set TEST_PORT) fills several.
test('the stories on a tool’s, a point’s and a municipality’s page are paged like the other lists, every story once', async ({ page }) => {
  test.setTimeout(600_000);
  for (const section of ['/verktoy/', '/sykefravaer/', '/kommuner/']) {
    const entries = await entryPages(page, section);
    expect(entries.length, section).toBeGreaterThan(5);
    for (const first of entries) {
      const { last, stories } = await walkList(page, first, entryListStories);
      expect(new Set(stories).size, `${first}: a story on two pages`).toBe(stories.length);
      if (last === 1) {
        expect(stories.length, first).toBeLessThanOrEqual(24);
        continue;
      }
      await page.goto(first);
      const total = /av (\d+) eksempler/.exec(readable(await page.getByRole('navigation', { name: pagerName }).innerText()))?.[1];
      expect(Number(total), `${first}: the count its pager shows`).toBe(stories.length);
      for (const missing of [`${first}side/${last + 1}/`, `${first}side/1/`]) expect((await page.goto(missing))?.status(), missing).toBe(404);
    }
  }
});

test('a paged list works without JavaScript: «Neste» and the page numbers are plain links', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto('/eksempler/');
  const pager = page.getByRole('navigation', { name: pagerName });
  const firstStories = await storiesOn(page);
  await pager.getByRole('link', { name: 'Neste' }).click();
  await expect(page).toHaveURL(/\/eksempler\/side\/2\/$/);
  await expect(page.getByRole('heading', { level: 1 })).toContainText('side 2 av');
  expect((await storiesOn(page)).some((href) => firstStories.includes(href))).toBe(false);
  await page.getByRole('navigation', { name: pagerName }).getByRole('link', { name: 'Side 1', exact: true }).click();
  await expect(page).toHaveURL(/\/eksempler\/$/);
  expect(await page.locator(ownScriptSelector).count()).toBe(0);
  await context.close();
});

test('the pager fits a phone: no sideways scrolling at 320 and 375 px, and every page link is a 24 px target', async ({ page }) => {
  for (const width of [320, 375]) {
    await page.setViewportSize({ width, height: 800 });
    await page.goto('/eksempler/side/2/');
    const pager = page.getByRole('navigation', { name: pagerName });
    await expect(pager).toBeVisible();
    expect(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth), `${width} px`).toBe(0);
    for (const link of await pager.getByRole('link').all()) {
      const box = await link.boundingBox();
      expect(box && box.width >= 24 && box.height >= 24, `${width} px: «${await link.textContent()}»`).toBe(true);
    }
  }
});
