// Norwegian-aware search, tried as a visitor would: stemming, parts of
// compounds, synonyms, both language forms, and how æ, ø and å are handled.
import { expect, test, type Page } from '@playwright/test';

async function search(page: Page, query: string, filters = '') {
  await page.goto(`/sok/?q=${encodeURIComponent(query)}${filters}`);
  await expect(page.getByRole('status')).toHaveText(/\d+ treff/);
  return page.locator('#search-results');
}

const hit = (results: ReturnType<Page['locator']>, title: string) => results.getByRole('link', { name: title, exact: true });

test('stemming: «sykefraværet» finds a page that says «sykefravær»', async ({ page }) => {
  const results = await search(page, 'sykefraværet');
  await expect(hit(results, 'Nesten halvert sykefravær med plan, ledere og oppfølging')).toBeVisible();
});

test('a part of a compound finds the compound, with the whole word highlighted in the excerpt', async ({ page }) => {
  const results = await search(page, 'fravær', '&type=Godt+eksempel');
  const item = results.locator('li').filter({ has: page.getByRole('link', { name: 'Nesten halvert sykefravær med plan, ledere og oppfølging' }) });
  await expect(item).toBeVisible();
  // The excerpt shows the page's own words: the index's split marker never reaches the visitor.
  await expect(item.locator('mark').first()).toHaveText(/^sykefravær/i);
  expect(await results.textContent()).not.toContain('\u2060');
});

test('«medvirkning» finds «foreldremedvirkning», and «omsorg» finds «omsorgstjenesten»', async ({ page }) => {
  const medvirkning = await search(page, 'medvirkning', '&type=Godt+eksempel');
  await expect(hit(medvirkning, 'Barnehagen og foreldre til fremmedspråklige barn')).toBeVisible();
  const omsorg = await search(page, 'omsorg', '&type=Godt+eksempel');
  await expect(hit(omsorg, 'Systematisk kompetanseheving i omsorgstjenestene')).toBeVisible();
});

test('synonyms: SPC and «statistisk prosesskontroll», IA and «inkluderende arbeidsliv», nærvær and sykefravær', async ({ page }) => {
  await expect(hit(await search(page, 'statistisk prosesskontroll'), 'SPC – statistisk prosesskontroll')).toBeVisible();
  await expect(hit(await search(page, 'SPC'), 'SPC – statistisk prosesskontroll')).toBeVisible();
  await expect(hit(await search(page, 'inkluderende arbeidsliv'), 'Oppfølgingsrutiner')).toBeVisible();
  await expect(hit(await search(page, 'nærvær'), 'Nesten halvert sykefravær med plan, ledere og oppfølging')).toBeVisible();
});

test('bokmål and nynorsk pages are found by one search, and can be told apart by a filter', async ({ page }) => {
  const results = await search(page, 'kommunar');
  await expect(hit(results, '49 nye kommunar tekne opp i Kvalitetskommuneprogrammet')).toBeVisible();
  await expect(results.getByText('Godt eksempel').first()).toBeVisible();
  await page.goto('/sok/?sprak=Nynorsk');
  await expect(page.getByRole('status')).toHaveText('1 treff med filter: Nynorsk');
});

test('«sykefravaer» typed without æ is read as «sykefravær»', async ({ page }) => {
  await search(page, 'sykefravaer');
  await expect(page.getByRole('status')).toHaveText(/treff på «sykefravær» \(du skrev «sykefravaer»\)/);
  await expect(hit(page.locator('#search-results'), 'Nesten halvert sykefravær med plan, ledere og oppfølging')).toBeVisible();
});

test('a plain «o» is never read as «ø»: «mote» is searched as typed', async ({ page }) => {
  await search(page, 'mote');
  await expect(page.getByRole('status')).toHaveText(/treff på «mote»$/);
});
