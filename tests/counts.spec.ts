// Counts tell the truth: every number shown beside a link on the front page and
// the browse pages («Skole (12)», «Gloppen (2)», «Skole (Sektor, 12 eksempler)»,
// «34 eksempler fra kommunene») equals the number of entries the linked page
// lists, on all its pages when the list is paged (lib/paging.ts), and each
// facet page's heading counts its own list.
import { expect, test, type Page } from '@playwright/test';

/** A link with the count shown beside it. */
interface Counted {
  from: string;
  href: string;
  text: string;
  count: number;
}

// «(12)» at the end, «(Sektor, 12 eksempler)», «12 eksempler fra kommunene».
const countPatterns = [/\((\d+)\)$/, /\b(\d+) eksemp(?:el|ler)\)$/, /^(\d+) eksempler\b/m];

/** Every list item in the page's main content holding one link and a count. */
async function countedLinks(page: Page, path: string): Promise<Counted[]> {
  await page.goto(path);
  const items = await page.locator('main li').evaluateAll((lis) =>
    lis.flatMap((li) => {
      const links = li.querySelectorAll('a[href]');
      const link = links[0];
      if (links.length !== 1 || !link) return [];
      const text = (li as HTMLElement).innerText.replace(/[\u00AD]/g, '').replace(/[ \t]+/g, ' ').trim();
      return [{ href: new URL(link.getAttribute('href') ?? '', location.href).pathname + new URL(link.getAttribute('href') ?? '', location.href).hash, text }];
    }),
  );
  return items.flatMap(({ href, text }) => {
    const count = countPatterns.map((pattern) => pattern.exec(text)?.[1]).find((n) => n !== undefined);
    return count === undefined ? [] : [{ from: path, href, text, count: Number(count) }];
  });
}

/** Counts on the page at `path` and, if its list is paged, on each later page (followed through <link rel="next">). */
async function acrossPages(page: Page, path: string, count: () => Promise<number>): Promise<number> {
  let total = 0;
  for (let next: string | null = path; next !== null; ) {
    await page.goto(next);
    total += await count();
    const link = page.locator('head link[rel="next"]');
    next = (await link.count()) > 0 ? await link.getAttribute('href') : null;
  }
  return total;
}

/** Stories listed on a page: its list of stories («Eksempler: …»), else every card. */
async function storiesListed(page: Page): Promise<number> {
  const stories = page.locator('section[aria-labelledby="eksempler"] .card-grid > li');
  if ((await stories.count()) > 0) return stories.count();
  return page.locator('main .card-grid > li').count();
}

/** How many entries the page at `href` lists: a section's items for an anchor, the search count for /sok/, else its list of stories on all its pages. */
async function listedOn(page: Page, href: string): Promise<number> {
  const [path = href, hash] = href.split('#');
  if (path === '/sok/') {
    await page.goto(href);
    const status = page.getByRole('status');
    await expect(status).toHaveText(/\d+ treff/, { timeout: 30_000 });
    return Number(/(\d+) treff/.exec((await status.textContent()) ?? '')?.[1]);
  }
  if (hash) {
    await page.goto(href);
    return page.locator(`section[aria-labelledby="${hash}"] :is(.card-grid, .bank-quotes) > li`).count();
  }
  return acrossPages(page, path, () => storiesListed(page));
}

test('every count beside a link on the front page and the browse pages equals what the linked page lists', async ({ page }) => {
  test.setTimeout(300_000);
  const browsePages = ['/', '/eksempler/', '/kommuner/', '/a-a/', '/presse/sitater/'];
  const counted: Counted[] = [];
  for (const path of browsePages) counted.push(...(await countedLinks(page, path)));
  // The facet pages (/eksempler/sektor/skole/ …) carry the same browse lists.
  const facetPages = [...new Set(counted.map((c) => c.href).filter((href) => /^\/eksempler\/[^/]+\/[^/]+\/$/.test(href)))];
  for (const path of facetPages) counted.push(...(await countedLinks(page, path)));

  // Each kind of count is there, so the test cannot pass by finding none.
  for (const path of browsePages) expect(counted.filter((c) => c.from === path).length, `counts on ${path}`).toBeGreaterThan(0);
  expect(facetPages.length).toBeGreaterThan(10);

  const listed = new Map<string, number>();
  const wrong: string[] = [];
  for (const { from, href, text, count } of counted) {
    if (!listed.has(href)) listed.set(href, await listedOn(page, href));
    if (listed.get(href) !== count) wrong.push(`${from}: «${text.split('\n')[0]}» says ${count}, ${href} lists ${listed.get(href)}`);
  }
  expect(wrong, wrong.join('\n')).toEqual([]);
});

test('a facet page’s heading counts the stories it lists on all its pages', async ({ page }) => {
  test.setTimeout(300_000);
  await page.goto('/eksempler/');
  const facetPages = await page.getByRole('region', { name: 'Bla i eksemplene' }).getByRole('navigation').getByRole('link').evaluateAll((links) => links.map((a) => a.getAttribute('href') ?? ''));
  expect(facetPages.length).toBeGreaterThan(10);
  for (const path of facetPages) {
    await page.goto(path);
    const heading = ((await page.getByRole('heading', { level: 1 }).textContent()) ?? '').replace(/\u00AD/g, '');
    const count = Number(/(\d+) eksemp(?:el|ler)\b/.exec(heading)?.[1]);
    const listed = await acrossPages(page, path, () => page.locator('section[aria-labelledby="eksempler"] .card-grid > li').count());
    expect(listed, `${path}: «${heading}»`).toBe(count);
  }
});

test('the pulje counts on /kommuner/ say what they leave out and where the final report’s own counts are', async ({ page }) => {
  await page.goto('/kommuner/');
  const unplaced = page.locator('#pulje-ukjent + ul > li');
  await expect(unplaced).not.toHaveCount(0);
  const explanation = page.locator('#etter-pulje + p');
  await expect(explanation).toContainText('kommunene under «Pulje går ikke sikkert fram av kildene» er ikke talt med');
  await explanation.getByRole('link', { name: 'Tall og fakta' }).click();
  await expect(page.locator('main')).toContainText('40 i pulje II');
});

// /kommuner/ said «138 kommuner og bydeler» while «Etter fylke» listed 139 links: Innherred samkommune besides Levanger and Verdal.
test('/kommuner/ counts the municipalities its lists have, and says which took part together as a samkommune', async ({ page }) => {
  await page.goto('/kommuner/');
  const ingress = page.locator('.ingress');
  const count = Number((await ingress.innerText()).match(/(\d+) kommuner og bydeler/)?.[1]);
  const byCounty = await page.locator('section:has(> h3[id^="fylke-"]) li > a').evaluateAll((links) => links.map((a) => a.getAttribute('href')));
  const byPulje = await page.locator('section:has(> h3[id^="pulje-"]) li > a').evaluateAll((links) => links.map((a) => a.getAttribute('href')));
  expect(byCounty).toHaveLength(count);
  expect(new Set(byCounty).size).toBe(count);
  expect([...byPulje].sort()).toEqual([...byCounty].sort());
  await expect(ingress).toContainText('Levanger og Verdal deltok sammen som Innherred samkommune');
  await expect(ingress.getByRole('link', { name: 'Innherred samkommune' })).toHaveAttribute('href', '/kommuner/innherred-samkommune/');
});

test('a newsletter’s «I denne utgaven» says the linked pages are as they are today, not as when the issue came out', async ({ page }) => {
  await page.goto('/nyhetsbrev/nr-5-januar-2010/');
  await expect(page.locator('#i-denne-utgaven + p')).toHaveText('Sakene slik de står på nettstedet i dag. De kan fortelle om det som skjedde etter at utgaven kom.');
});
