// Finding things without the search field: static lists per facet, municipality
// pages, and related content computed from frontmatter.
import { expect, test } from '@playwright/test';

test('the story index offers every facet value with its count, and the counts hold', async ({ page }) => {
  await page.goto('/eksempler/');
  const browse = page.getByRole('region', { name: 'Bla i eksemplene' });
  const skole = browse.getByRole('navigation', { name: 'Sektor' }).getByRole('listitem').filter({ hasText: 'Skole' });
  const count = Number(/\((\d+)\)/.exec((await skole.textContent()) ?? '')?.[1]);
  await skole.getByRole('link').click();
  await expect(page).toHaveURL('/eksempler/sektor/skole/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(`Skole: ${count} eksempler`);
  await expect(page.locator('.story-list li')).toHaveCount(count);
});

// Fresh eyes (a home-care head): the filter said «Pleie og omsorg (11)», the group «Pleie og omsorg (10)», and
// Hægebostad's sick-leave story (Hele kommunen, Pleie og omsorg) stood only under «Hele kommunen».
test('each sector\'s group on /eksempler/ says how many more of its stories stand under another sector, and links to them all', async ({ page }) => {
  await page.goto('/eksempler/');
  const filters = await page.getByRole('navigation', { name: 'Sektor' }).getByRole('listitem').allInnerTexts();
  const counts = new Map(filters.map((text) => /^(.+?)\s*\((\d+)\)$/.exec(text.replace(/\u00ad/g, '').trim())!).map((m) => [m[1]!, Number(m[2])]));
  let checked = 0;
  for (let n = 1, last = 1; n <= last; n++) {
    await page.goto(n === 1 ? '/eksempler/' : `/eksempler/side/${n}/`);
    last = Number(/side \d+ av (\d+)/.exec((await page.title()) ?? '')?.[1] ?? (n === 1 ? 2 : n));
    for (const group of await page.locator('main section[aria-labelledby^="sektor-"]').all()) {
      const heading = (await group.locator('h2').innerText()).replace(/\u00ad/g, '');
      const [, sector, listed] = /^(.+?) \((\d+)\)/.exec(heading)!;
      if (heading.includes('fortsettelse')) continue;
      const notes = group.locator(':scope > p.meta');
      const note = (await notes.count()) > 0 ? ((await notes.first().textContent()) ?? '') : '';
      const more = /^Ett eksempel til/.test(note) ? 1 : Number(/^(\d+) eksempler til/.exec(note)?.[1] ?? 0);
      expect(Number(listed) + more, sector).toBe(counts.get(sector!));
      if (more > 0) await expect(group.locator(':scope > p.meta a'), sector).toHaveAttribute('href', /^\/eksempler\/sektor\/[^/]+\/$/);
      checked++;
    }
  }
  expect(checked).toBeGreaterThanOrEqual(counts.size);
});

// Fresh eyes (on a phone): 38 filter links came before the first story, two and a half screens down, and a sector
// could not be combined with a theme.
test('/eksempler/ shows its stories first, a link down to the lists by facet, and the lists lead to the search to combine them', async ({ page }) => {
  await page.setViewportSize({ width: 375, height: 800 });
  await page.goto('/eksempler/');
  const firstStory = page.locator('main .card-grid h3 a').first();
  await expect(firstStory).toBeInViewport();
  await page.getByRole('link', { name: 'Bla etter sektor, tema, nivå eller fylke' }).click();
  await expect(page.getByRole('heading', { name: 'Bla i eksemplene' })).toBeInViewport();
  await expect(page.getByRole('region', { name: 'Bla i eksemplene' }).getByRole('link', { name: 'søket med filtre' })).toHaveAttribute('href', '/sok/');
  await page.goto('/eksempler/sektor/pleie-og-omsorg/');
  await page.getByRole('link', { name: 'søket med filtre' }).click();
  await expect(page).toHaveURL(/\/sok\/\?sektor=Pleie\+og\+omsorg$/);
  await expect(page.getByRole('status')).toHaveText(/^\d+ treff med filter: Pleie og omsorg$/, { timeout: 20_000 });
});

test('the tags on a story link to the lists of stories with the same tag', async ({ page }) => {
  await page.goto('/eksempler/gloppen-foreldre-fremmedspraklige-barn/');
  await page.getByRole('link', { name: 'Foreldremedvirkning', exact: true }).click();
  await expect(page).toHaveURL('/eksempler/tema/foreldremedvirkning/');
  await expect(page.getByRole('link', { name: 'Barnehagen og foreldre til fremmedspråklige barn' })).toBeVisible();
});

test('a story shows related stories sharing its sector and theme', async ({ page }) => {
  await page.goto('/eksempler/gloppen-foreldre-fremmedspraklige-barn/');
  const related = page.getByRole('region', { name: 'Relaterte eksempler' });
  await expect(related.getByRole('listitem')).not.toHaveCount(0);
});

test('a tool and a point list the stories that illustrate them', async ({ page }) => {
  await page.goto('/verktoy/kvalitetstrakten/');
  await expect(page.getByRole('region', { name: 'Eksempler på bruk' }).getByRole('link', { name: 'Barnehagen og foreldre til fremmedspråklige barn' })).toBeVisible();
  await page.goto('/sykefravaer/lederen-og-ledelsen/');
  await expect(page.getByRole('region', { name: 'Eksempler fra kommunene' }).getByRole('link', { name: 'Nesten halvert sykefravær med plan, ledere og oppfølging' })).toBeVisible();
});

test('the municipality directory lists participants by county and by pulje', async ({ page }) => {
  await page.goto('/kommuner/');
  await expect(page.getByRole('heading', { name: 'Sogn og Fjordane' })).toBeVisible();
  await expect(page.getByRole('heading', { name: /^Innsatskommune \(12\)$/ })).toBeVisible();
  await page.getByRole('region', { name: /Pulje IV/ }).getByRole('link', { name: 'Gloppen' }).click();
  await expect(page).toHaveURL('/kommuner/gloppen/');
});

test('a municipality page shows its pulje, network partners, figures and stories', async ({ page }) => {
  await page.goto('/kommuner/sola/');
  await expect(page.locator('.facts > div').filter({ has: page.getByText('Pulje', { exact: true }) }).locator('dd')).toHaveText('Pulje I');
  await expect(page.getByRole('definition').filter({ has: page.getByRole('link', { name: 'Molde' }) })).toBeVisible();
  await expect(page.getByRole('region', { name: 'Gode eksempler fra Sola' }).getByRole('link', { name: /Solrommet/ })).toBeVisible();
  await page.goto('/kommuner/mandal/');
  await expect(page.getByRole('region', { name: 'Tall fra kildene' })).toContainText('6,9 %');
});

// A news item names the municipalities it is about: «Kommunestyret i Hægebostad fornøyd …» was on no municipality's page.
test('a municipality page lists the news items about it', async ({ page }) => {
  await page.goto('/kommuner/haegebostad/');
  const news = page.getByRole('region', { name: 'Nyheter' });
  await expect(news.getByRole('heading', { level: 3, name: 'Kommunestyret i Hægebostad fornøyd med sykefraværsprosjektet' })).toBeVisible();
  await news.getByRole('link', { name: /^Kommunestyret i Hægebostad fornøyd/ }).click();
  await expect(page).toHaveURL('/nyheter/haegebostad-kommunestyret-fornoyd/');
  // A municipality no item is about has no such list.
  await page.goto('/kommuner/gloppen/');
  await expect(page.getByRole('region', { name: 'Nyheter' })).toHaveCount(0);
});

test('the særtrykk of the ten points (21 printed pages) starts with a list that goes straight to each point', async ({ page }) => {
  await page.setViewportSize({ width: 375, height: 700 });
  await page.goto('/sykefravaer/saertrykk/');
  const contents = page.getByRole('navigation', { name: 'Punktene' });
  const links = contents.getByRole('link');
  await expect(links).toHaveCount(10);
  await links.nth(6).click();
  await expect(page).toHaveURL(/#punkt-7$/);
  await expect(page.getByRole('heading', { level: 2, name: /^7\. / })).toBeInViewport();
});
