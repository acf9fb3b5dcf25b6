// Faceted search: filters with counts, browsing without typing, sorting, and
// the state in the URL so searches can be shared and Back works.
import { test } from '@playwright/test';
import { expect } from './status-line.ts';

const months = ['januar', 'februar', 'mars', 'april', 'mai', 'juni', 'juli', 'august', 'september', 'oktober', 'november', 'desember'];

/** «17. mars 2010» → 20100317, «juni 2010» → 20100600, «2009» → 20090000. */
function sortable(date: string): number {
  const match = /(?:(\d+)\. )?(?:(\p{L}+) )?(\d{4})/u.exec(date);
  if (!match) throw new Error(`not a date: ${date}`);
  const [, day = '0', month, year = '0'] = match;
  return Number(year) * 10_000 + (month ? months.indexOf(month) + 1 : 0) * 100 + Number(day);
}

test('a filter narrows the results, shows counts, goes into the URL, and Back undoes it', async ({ page }) => {
  await page.goto('/sok/?q=sykefravær');
  await expect(page.getByRole('status')).toSay(/^\d+ treff på «sykefravær»$/);
  const before = Number((await page.getByRole('status').textContent())?.split(' ')[0]);

  // By keyboard: open the group and tick the box.
  const group = page.locator('details[data-filter="type"] summary');
  await group.focus();
  await page.keyboard.press('Enter');
  const tools = page.getByRole('checkbox', { name: /^Verktøy \(\d+\)$/ });
  await tools.focus();
  await page.keyboard.press('Space');

  await expect(page).toHaveURL(/[?&]type=Verkt%C3%B8y/);
  await expect(page.getByRole('status')).toSay(/^\d+ treff på «sykefravær» med filter: Verktøy$/);
  const after = Number((await page.getByRole('status').textContent())?.split(' ')[0]);
  expect(after).toBeGreaterThan(0);
  expect(after).toBeLessThan(before);
  for (const kicker of await page.locator('#search-results li > p.meta').allTextContents()) expect(kicker).toBe('Verktøy');

  await page.goBack();
  await expect(page).not.toHaveURL(/type=/);
  await expect(page.getByRole('status')).toSay(`${before} treff på «sykefravær»`);
  await expect(tools).not.toBeChecked();
});

test('a shared link restores query, filters and sort order', async ({ page }) => {
  await page.goto('/sok/?q=kvalitet&sektor=Barnehage&sektor=Skole&sortering=nyeste');
  await expect(page.locator('#search-q')).toHaveValue('kvalitet');
  await expect(page.getByRole('checkbox', { name: /^Barnehage \(/ })).toBeChecked();
  await expect(page.getByRole('checkbox', { name: /^Skole \(/ })).toBeChecked();
  await expect(page.getByLabel('Sortering')).toHaveValue('nyeste');
  await expect(page.getByRole('status')).toSay(/med filter: Barnehage, Skole\. Sortert: nyeste først$/);
});

test('browsing by filter without typing lists the same stories as the static list', async ({ page }) => {
  await page.goto('/eksempler/sektor/skole/');
  const staticCount = await page.locator('.story-list li').count();
  expect(staticCount).toBeGreaterThan(0);
  await page.goto('/sok/?sektor=Skole&type=Godt+eksempel');
  await expect(page.getByRole('status')).toSay(`${staticCount} treff med filter: Godt eksempel, Skole`);
});

// Pages carry soft hyphens in long words, hidden filter values included
// (src/integrations/hyphenation.ts); the index must read the values whole.
test('a filter whose value is a long, hyphenated word finds the same stories as its static list', async ({ page }) => {
  await page.goto('/eksempler/tema/foreldremedvirkning/');
  const staticCount = await page.locator('.story-list li').count();
  expect(staticCount).toBeGreaterThan(0);
  await page.goto('/sok/?tema=Foreldremedvirkning&type=Godt+eksempel');
  await expect(page.getByRole('status')).toSay(`${staticCount} treff med filter: Godt eksempel, Foreldremedvirkning`);
  await page.goto('/sok/?q=oppvekst&sektor=Oppvekst+(gjennomg%C3%A5ende)');
  await expect(page.getByRole('status')).toSay(/^\d+ treff på «oppvekst» med filter: Oppvekst \(gjennomgående\)$/);
});

test('sorting by date puts the newest first', async ({ page }) => {
  await page.goto('/sok/?q=konferanse&sortering=nyeste');
  await expect(page.getByRole('status')).toSay(/\d+ treff/);
  const dates = (await page.locator('#search-results li > p.meta').allTextContents())
    .map((kicker) => kicker.split(' · ')[1])
    .filter((date): date is string => date !== undefined);
  expect(dates.length).toBeGreaterThan(3);
  const values = dates.map(sortable);
  expect(values).toEqual([...values].sort((a, b) => b - a));
});

test('the reset button clears query and filters', async ({ page }) => {
  await page.goto('/sok/?q=ledelse&sektor=Skole');
  await expect(page.getByRole('status')).toSay(/med filter: Skole/);
  await page.getByRole('button', { name: 'Nullstill søket' }).click();
  await expect(page).toHaveURL(/\/sok\/$/);
  await expect(page.getByRole('status')).toSay('Skriv et søkeord, eller velg et filter for å bla.');
});

const countIn = async (page: import('@playwright/test').Page) => Number((await page.getByRole('status').textContent())?.split(' ')[0]);

test('sorting by date keeps every hit, undated ones last', async ({ page }) => {
  await page.goto('/sok/?q=sykefravær');
  await expect(page.getByRole('status')).toSay(/^\d+ treff/, { timeout: 20_000 });
  const relevant = await countIn(page);
  await page.goto('/sok/?q=sykefravær&sortering=nyeste');
  await expect(page.getByRole('status')).toSay(/^\d+ treff/, { timeout: 20_000 });
  expect(await countIn(page)).toBe(relevant);
  await page.goto('/sok/?q=sykefravær&sortering=eldste');
  await expect(page.getByRole('status')).toSay(/^\d+ treff/, { timeout: 20_000 });
  expect(await countIn(page)).toBe(relevant);
  const kickers = await page.locator('#search-results li > p.meta').allTextContents();
  const dated = kickers.map((k) => k.includes(' · '));
  // Dated hits first, then the undated: never a dated one after an undated one.
  expect(dated.indexOf(false) === -1 || !dated.slice(dated.indexOf(false)).includes(true)).toBe(true);
});

test('a filter value’s count is what ticking it gives, and ticking one county leaves the others’ counts', async ({ page }) => {
  await page.goto('/sok/?q=sykefravær');
  await expect(page.getByRole('status')).toSay(/^\d+ treff/, { timeout: 20_000 });
  const type = page.locator('details[data-filter="type"]');
  await type.locator('summary').click();
  const label = (await type.locator('label').first().textContent()) ?? '';
  const [, name, count] = /^(.*) \((\d+)\)$/.exec(label) ?? [];
  await type.getByRole('checkbox', { name: label }).check();
  await expect(page.getByRole('status')).toSay(new RegExp(`^${count} treff.*med filter: ${name}$`), { timeout: 20_000 });

  await page.goto('/sok/?q=sykefravær&fylke=Vest-Agder');
  await expect(page.getByRole('status')).toSay(/med filter: Vest-Agder$/, { timeout: 20_000 });
  const vestfold = page.getByRole('checkbox', { name: /^Vestfold \((\d+)\)$/ });
  const vestfoldCount = Number(/\((\d+)\)/.exec((await page.locator(`label[for="${await vestfold.getAttribute('id')}"]`).textContent()) ?? '')?.[1]);
  expect(vestfoldCount).toBeGreaterThan(0);
  const before = await countIn(page);
  await vestfold.check({ force: true });
  await expect(page.getByRole('status')).toSay(/med filter: Vest-Agder, Vestfold$/, { timeout: 20_000 });
  expect(await countIn(page)).toBeGreaterThan(before);
});

test('«Vis flere treff» pressed twice adds the next results once: every hit shows, none twice', async ({ page }) => {
  // About 30 hits: a double click and a press or two to the end, quick enough beside the other tests.
  await page.goto('/sok/?q=barnehage&sortering=nyeste');
  await expect(page.getByRole('status')).toSay(/^\d+ treff/, { timeout: 20_000 });
  const total = await countIn(page);
  expect(total).toBeGreaterThan(20);
  const more = page.getByRole('button', { name: 'Vis flere treff' });
  await more.dblclick();
  await expect(page.locator('#search-results li')).toHaveCount(20);
  while (await more.isVisible()) {
    const before = await page.locator('#search-results li').count();
    await more.click();
    // The whole next ten, not just the first of them: until then the button stays (and may then go).
    await expect(page.locator('#search-results li')).toHaveCount(Math.min(before + 10, total));
  }
  const links = await page.locator('#search-results li h2 a').evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).href));
  expect(links).toHaveLength(total);
  expect(new Set(links).size).toBe(total);
});

test('a filter ticked while more results load shows only the filtered results', async ({ page }) => {
  await page.goto('/sok/?q=kvalitet');
  await expect(page.getByRole('status')).toSay(/^\d+ treff/, { timeout: 20_000 });
  await page.locator('details[data-filter="type"] summary').click();
  const news = page.getByRole('checkbox', { name: /^Nyhet \(\d+\)$/ });
  await expect(news).toBeVisible();
  // The next results' fragments come slowly, so the filter is ticked while they load.
  await page.route('**/pagefind/fragment/**', async (route) => {
    await new Promise((resolve) => setTimeout(resolve, 400));
    await route.continue();
  });
  await page.getByRole('button', { name: 'Vis flere treff' }).click();
  await news.check();
  await expect(page.getByRole('status')).toSay(/^\d+ treff på «kvalitet» med filter: Nyhet$/, { timeout: 20_000 });
  await page.waitForTimeout(1_500);
  const kickers = await page.locator('#search-results li > p.meta').allTextContents();
  expect(kickers.length).toBeGreaterThan(0);
  expect(kickers.length).toBeLessThanOrEqual(Math.min(10, await countIn(page)));
  for (const kicker of kickers) expect(kicker).toMatch(/^Nyhet\b/);
});

// A news item is filed under the municipalities it is about, as a story is under its own.
test('the municipality filter includes the news items about the municipality', async ({ page }) => {
  await page.goto('/sok/?q=kommunestyret&kommune=H%C3%A6gebostad');
  await expect(page.getByRole('status')).toSay(/^\d+ treff på «kommunestyret» med filter: Hægebostad$/, { timeout: 20_000 });
  await expect(page.locator('#search-results').getByRole('link', { name: /^Kommunestyret i Hægebostad fornøyd/ })).toBeVisible();
});

test('a filter value typed into the address in other case is read as the site writes it; an unknown one is dropped', async ({ page }) => {
  await page.goto('/sok/?sektor=barnehage&kommune=Oslo');
  await expect(page.getByRole('status')).toSay(/^\d+ treff med filter: Barnehage$/, { timeout: 20_000 });
  await expect(page.getByRole('checkbox', { name: /^Barnehage \(/ })).toBeChecked();
  await expect(page).toHaveURL(/\?sektor=Barnehage$/);
  await page.getByRole('checkbox', { name: /^Barnehage \(/ }).uncheck();
  await expect(page.getByRole('status')).toSay('Skriv et søkeord, eller velg et filter for å bla.');
});

// Pagefind reads «9,6» as «96»; the page keeps only the hits with the number as
// written (withText in search.ts), and the filter counts must be of those hits.
test('the filter counts of a search for a decimal number are of the hits shown', async ({ page }) => {
  await page.goto('/sok/?q=9,6');
  await expect(page.getByRole('status')).toSay(/^\d+ treff på «9,6»$/, { timeout: 20_000 });
  const hits = await countIn(page);
  await page.locator('details[data-filter="type"] summary').click();
  const labels = page.locator('details[data-filter="type"] label');
  await expect(labels.first()).toHaveText(/\(\d+\)$/);
  await page.waitForTimeout(500);
  const counts = (await labels.allTextContents()).map((label) => [label.replace(/ \(\d+\)$/, ''), Number(/\((\d+)\)$/.exec(label)?.[1])] as const);
  // Each page has one content type, so the type counts add up to the hits.
  expect(counts.reduce((sum, [, n]) => sum + n, 0)).toBe(hits);
  const [name, count] = counts.find(([, n]) => n > 0 && n < hits) ?? counts.find(([, n]) => n > 0) ?? ['', 0];
  await page.getByRole('checkbox', { name: new RegExp(`^${name} \\(`) }).check();
  await expect(page.getByRole('status')).toSay(`${count} treff på «9,6» med filter: ${name}`, { timeout: 20_000 });
});


test('on a phone, a ticked filter is followed by a button with the number of hits that goes to them', async ({ page }) => {
  await page.setViewportSize({ width: 375, height: 740 });
  await page.goto('/sok/?q=sykefravær');
  await expect(page.getByRole('status')).toSay(/^\d+ treff/);
  await page.getByText('Avgrens og sorter').click();
  await page.locator('details[data-filter="type"] summary').click();
  await page.getByRole('checkbox', { name: /^Verktøy \(\d+\)$/ }).check();
  const status = page.getByRole('status');
  await expect(status).toSay(/^\d+ treff på «sykefravær» med filter: Verktøy$/);
  const count = (await status.textContent())?.split(' ')[0];
  const show = page.getByRole('button', { name: `Vis ${count} treff` });
  await show.click();
  await expect(page.locator('#search-refine')).not.toHaveAttribute('open');
  await expect(status).toBeFocused();
  await expect(status).toBeInViewport();
  await expect(page.locator('#search-results > li').first()).toBeInViewport();
});

// As on nav.no: Escape closes the disclosure and leaves focus on its summary, wherever in it focus was.
test('by keyboard on a phone: Escape closes «Avgrens og sorter» and puts focus on it, also from a filter group or a ticked box', async ({ page }) => {
  await page.setViewportSize({ width: 375, height: 740 });
  await page.goto('/sok/?q=sykefravær');
  const status = page.getByRole('status');
  await expect(status).toSay(/^\d+ treff på «sykefravær»$/);
  const refine = page.locator('#search-refine');
  const summary = refine.locator(':scope > summary');
  await page.locator('#search-q').focus();
  await page.keyboard.press('Tab');
  await expect(page.getByRole('button', { name: 'Søk', exact: true })).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(summary).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(refine).toHaveAttribute('open');
  await page.keyboard.press('Tab');
  await expect(page.getByLabel('Sortering')).toBeFocused();
  await page.keyboard.press('Tab');
  const group = refine.locator('details[data-filter="type"]');
  await expect(group.locator('summary')).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(group).toHaveAttribute('open');
  // The group's boxes come when it opens.
  await expect(group.getByRole('checkbox').first()).toBeVisible();
  await page.keyboard.press('Tab');
  const box = group.locator('input[type=checkbox]:focus');
  await expect(box).toHaveCount(1);
  await page.keyboard.press('Space');
  await expect(box).toBeChecked();
  await expect(status).toSay(/^\d+ treff på «sykefravær» med filter: /);

  await page.keyboard.press('Escape');
  await expect(refine).not.toHaveAttribute('open');
  await expect(summary).toBeFocused();

  // Again from the group's own summary (the group is open: it has a ticked box).
  await page.keyboard.press('Enter');
  await expect(refine).toHaveAttribute('open');
  await page.keyboard.press('Tab');
  await page.keyboard.press('Tab');
  await expect(group.locator('summary')).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(refine).not.toHaveAttribute('open');
  await expect(summary).toBeFocused();
  // The filter chosen stays chosen.
  await expect(status).toSay(/^\d+ treff på «sykefravær» med filter: /);
});

test('each chosen filter shows under the count, and one press removes it (on a phone the filters are out of sight)', async ({ page }) => {
  await page.setViewportSize({ width: 375, height: 740 });
  await page.goto('/sok/?q=barnehage&tema=Foreldremedvirkning&type=Godt+eksempel');
  const status = page.getByRole('status');
  await expect(status).toSay(/^\d+ treff på «barnehage» med filter: Godt eksempel, Foreldremedvirkning$/);
  const chosen = page.getByRole('list', { name: 'Valgte filtre' });
  await expect(chosen.getByRole('button')).toHaveText(['Innholdstype: Godt eksempel', 'Tema: Foreldremedvirkning']);
  await chosen.getByRole('button', { name: /^Tema: Foreldremedvirkning/ }).click();
  await expect(status).toSay(/^\d+ treff på «barnehage» med filter: Godt eksempel$/);
  await expect(status).toBeFocused();
  await expect(page).toHaveURL(/\/sok\/\?q=barnehage&type=Godt\+eksempel$/);
  await expect(page.getByRole('checkbox', { name: /^Foreldremedvirkning/ })).not.toBeChecked();
  await expect(chosen.getByRole('button')).toHaveText(['Innholdstype: Godt eksempel']);
  // By keyboard, and Back brings the filter back.
  await chosen.getByRole('button').focus();
  await page.keyboard.press('Enter');
  await expect(status).toSay(/^\d+ treff på «barnehage»$/);
  await expect(chosen).toBeHidden();
  await page.goBack();
  await expect(chosen.getByRole('button')).toHaveText(['Innholdstype: Godt eksempel']);
  // A long value wraps inside the screen (it ran off it, and the page scrolled sideways).
  await page.setViewportSize({ width: 320, height: 740 });
  await page.goto('/sok/?niva=Atferd+i+m%C3%B8te+med+brukeren&tema=U%C3%B8nsket+deltid+og+arbeidstid');
  await expect(chosen.getByRole('button')).toHaveCount(2);
  for (const chip of await chosen.getByRole('button').all()) expect((await chip.boundingBox())?.width).toBeLessThanOrEqual(288);
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
});

test('on a wide screen, where the filters sit beside the results, there is no such button', async ({ page }) => {
  await page.goto('/sok/?q=sykefravær');
  await expect(page.getByRole('status')).toSay(/^\d+ treff/);
  await expect(page.locator('#search-show')).toBeHidden();
});

test('a filter lists only the values the hits have, with a ticked value kept so it can be unticked', async ({ page }) => {
  await page.goto('/sok/?q=Vennesla');
  await expect(page.getByRole('status')).toSay(/^\d+ treff/, { timeout: 20_000 });
  const municipalities = page.locator('details[data-filter="kommune"]');
  await municipalities.locator('summary').click();
  await expect(municipalities.getByRole('checkbox', { name: /^Vennesla \(\d+\)$/ })).toBeVisible();
  const shownLabels = await municipalities.locator('label:visible').allTextContents();
  expect(shownLabels.length).toBeLessThan(10);
  expect(shownLabels.filter((label) => label.endsWith('(0)'))).toEqual([]);
  // The other 130-odd municipalities are still there for another search.
  expect(await municipalities.locator('label').count()).toBeGreaterThan(100);

  // A value from a shared link that none of the hits has stays, ticked, with its (0).
  await page.goto('/sok/?q=Vennesla&kommune=Molde');
  await expect(page.getByRole('status')).toSay(/^Ingen treff.*med filter: Molde$/, { timeout: 20_000 });
  // With a filter chosen, the advice to remove one is given.
  await expect(page.locator('#search-no-hits').getByText('Ta bort et filter, eller nullstill søket.')).toBeVisible();
  const molde = page.getByRole('checkbox', { name: 'Molde (0)' });
  await expect(molde).toBeVisible();
  await expect(molde).toBeChecked();
  // A group none of the hits has a value in says so.
  const levels = page.locator('details[data-filter="niva"]');
  await levels.locator('summary').click();
  await expect(levels.getByText('Ingen av treffene har en verdi her.')).toBeVisible();
  await molde.uncheck();
  await expect(page.getByRole('status')).toSay(/^\d+ treff på «Vennesla»$/, { timeout: 20_000 });
});

// Fresh eyes: «Film (0)» stood in the type filter, a choice with no hits. A value none of the hits has is left out,
// unless ticked, or unless it has the focus when the query changes (here by the browser's Forward): then it is
// shown unavailable (aria-disabled), a press does not tick it, and it goes once the focus leaves.
test('a value with no hits is never offered as a choice, also when it has the focus as the query changes', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 900 });
  const status = page.getByRole('status');
  await page.goto('/sok/?q=film');
  await expect(status).toSay(/^\d+ treff/, { timeout: 20_000 });
  const types = page.locator('details[data-filter="type"]');
  await types.locator('summary').click();
  await expect(types.getByRole('checkbox', { name: /^Film \(\d+\)$/ })).toBeVisible();
  await page.locator('#search-q').fill('Hægebostad');
  await page.locator('#search-q').press('Enter');
  await expect(status).toSay(/^\d+ treff på «(hægebostad|Hægebostad)»/, { timeout: 20_000 });
  await expect(types.getByRole('checkbox', { name: /^Film / })).toBeHidden();
  const nothing = async () => (await types.locator('.filter-option:visible label').allTextContents()).filter((t) => / \(0\)$/.test(t));

  await page.goBack();
  await expect(status).toSay(/^\d+ treff på «film»/, { timeout: 20_000 });
  const film = types.getByRole('checkbox', { name: /^Film / });
  await film.focus();
  await page.goForward();
  await expect(status).toSay(/^\d+ treff på «(hægebostad|Hægebostad)»/, { timeout: 20_000 });
  await expect(film).toHaveAccessibleName('Film (0)');
  await expect(film).toHaveAttribute('aria-disabled', 'true');
  await film.press('Space');
  await film.click({ force: true });
  await expect(film).not.toBeChecked();
  expect(new URL(page.url()).searchParams.get('type')).toBeNull();
  await page.keyboard.press('Tab');
  await expect(film).toBeHidden();
  expect(await nothing()).toEqual([]);
  // Every value still shown has hits, or is ticked.
  for (const box of await types.getByRole('checkbox').filter({ visible: true }).all()) {
    expect((await box.getAttribute('aria-disabled')) === 'true', (await box.getAttribute('value')) ?? '').toBe(false);
  }
});
