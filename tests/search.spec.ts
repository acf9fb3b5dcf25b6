// Search as a visitor uses it: the header field opens the search page, results
// show highlighted excerpts, the URL holds the query, and no hits leads on.
import { test } from '@playwright/test';
import { expect, saidBy } from './status-line.ts';
import { searchPrompt } from '../src/search/prompt.ts';

test('the header search field opens the search page with results for the query', async ({ page }) => {
  await page.goto('/eksempler/');
  const field = page.getByRole('search').first().getByLabel('Søk på nettstedet');
  await field.fill('barnehage');
  await field.press('Enter');
  await expect(page).toHaveURL(/\/sok\/\?q=barnehage$/);
  await expect(page.getByRole('heading', { level: 1, name: 'Søk på nettstedet' })).toBeVisible();
  await expect(page.getByRole('status')).toSay(/^\d+ treff på «barnehage»$/);
  // The page's title says the search too (fresh eyes: «Søk – Kompetansebanken» whatever was searched).
  await expect(page).toHaveTitle(/^«barnehage» – \d+ treff – Søk – Kompetansebanken$/);
  const first = page.locator('#search-results li').first();
  await expect(first.getByRole('link')).toBeVisible();
  await expect(first.locator('mark').first()).toHaveText(/barnehage/i);
});

test('a pasted paragraph is cut in the page title, and pasted markup is no part of the query', async ({ page }) => {
  // The words searched, as the status line says them: a question's fewer words, not the question as pasted.
  const paragraph = 'Vi har i flere år arbeidet med å redusere sykefraværet i hjemmetjenesten og lurer på hva andre kommuner har gjort';
  await page.goto(`/sok/?q=${encodeURIComponent(paragraph)}`);
  await expect(page.getByRole('status')).toSay(/færre ord: «[^»]+»/, { timeout: 20_000 });
  const fewer = (await saidBy(page.getByRole('status'))).match(/færre ord: («[^»]+»)/)?.[1];
  expect(fewer).toBeTruthy();
  await expect(page).toHaveTitle(new RegExp(`^${fewer} – \\d+ treff – Søk – Kompetansebanken$`));
  // A paragraph a page has every word of: its words, cut.
  const summary = 'Hægebostad hadde et sykefravær som nærmet seg 11 prosent. Med en HMS-plan vedtatt av kommunestyret, tett oppfølging av arbeidssteder med høyt fravær og ledere som ble målt på oppfølgingen, viser kommunens egne tall nesten en halvering.';
  await page.goto(`/sok/?q=${encodeURIComponent(summary)}`);
  await expect(page).toHaveTitle(/^«[^«»]{40,59}…» – \d+ treff – Søk – Kompetansebanken$/, { timeout: 20_000 });
  await page.goto(`/sok/?q=${encodeURIComponent('<b>sykefravær</b>')}`);
  await expect(page.getByRole('status')).toSay(/^\d+ treff på «sykefravær»$/, { timeout: 20_000 });
  // The tab says what the status line says, not the markup (it was «<b>sykefravær</b>»).
  await expect(page).toHaveTitle(/^«sykefravær» – \d+ treff – Søk – Kompetansebanken$/);
});

// Pagefind cut excerpts by a count of words: they began inside the page's title («for et redusert sykefravær. …»)
// and stopped mid-sentence («og her ble»), with no sign of the cut.
test('each excerpt begins and ends with a whole word, with «…» where the page’s text is cut', async ({ page }) => {
  await page.goto('/sok/?q=sykefravær');
  await expect(page.getByRole('status')).toSay(/^\d+ treff/, { timeout: 20_000 });
  const excerpts = await page.locator('#search-results > li > p:not(.meta)').allTextContents();
  expect(excerpts).toHaveLength(10);
  for (const excerpt of excerpts) expect(excerpt).toMatch(/([.!?»)]|…)$/u);
  const tenPoints = page.locator('#search-results > li').filter({ has: page.getByRole('link', { name: /^Ti punkter for et redusert/ }) });
  await expect(tenPoints.locator('p').last()).toHaveText(/^… for et redusert sykefravær\. .+ …$/);
});

test('a case story is found by a word from its text', async ({ page }) => {
  await page.goto('/sok/?q=opplæringssenter');
  await expect(page.locator('#search-results').getByRole('link', { name: 'Barnehagen og foreldre til fremmedspråklige barn' })).toBeVisible();
});

test('typing updates the results and the address, and Back restores the earlier search', async ({ page }) => {
  await page.goto('/sok/?q=barnehage');
  await expect(page.getByRole('status')).toSay(/treff på «barnehage»/);
  const field = page.locator('#search-q');
  await field.fill('sykefravær');
  await expect(page).toHaveURL(/q=sykefrav%C3%A6r/);
  await expect(page.getByRole('status')).toSay(/treff på «sykefravær»/);
  await expect(page).toHaveTitle(/^«sykefravær» – \d+ treff – /);
  await page.goBack();
  await expect(field).toHaveValue('barnehage');
  await expect(page.getByRole('status')).toSay(/treff på «barnehage»/);
  await expect(page).toHaveTitle(/^«barnehage» – \d+ treff – /);
  await field.fill('');
  await expect(page).toHaveTitle('Søk – Kompetansebanken');
});

test('Enter after typing is no second step: Back goes to the search page as it was before', async ({ page }) => {
  await page.goto('/sok/');
  const field = page.locator('#search-q');
  await field.pressSequentially('barnehage');
  await field.press('Enter');
  await expect(page.getByRole('status')).toSay(/^\d+ treff på «barnehage»$/);
  await page.goBack();
  await expect(page).toHaveURL(/\/sok\/$/);
  await expect(field).toHaveValue('');
  await expect(page.getByRole('status')).toSay(searchPrompt);
});

test('opened with a search in the address, the page says it is searching until the results are in', async ({ page }) => {
  let release = () => {};
  const held = new Promise<void>((resolve) => (release = resolve));
  await page.route('**/pagefind/pagefind.js', async (route) => {
    await held;
    await route.continue();
  });
  await page.goto('/sok/?q=barnehage', { waitUntil: 'domcontentloaded' });
  await expect(page.getByRole('status')).toSay('Søker …');
  release();
  await expect(page.getByRole('status')).toSay(/^\d+ treff på «barnehage»$/);
});

test('a search in the address without a letter or digit («""») says it has no words, and lists nothing', async ({ page }) => {
  await page.goto('/sok/?q=%22%22');
  await expect(page.getByRole('status')).toSay(/^Søket «""» har ingen ord å søke etter/);
  await expect(page.locator('#search-results li')).toHaveCount(0);
});

test('coming back to the results (a reload, or Back where the browser keeps no copy) shows as many as before, as far down', async ({ page }) => {
  await page.setViewportSize({ width: 375, height: 740 });
  await page.goto('/sok/?q=barnehage');
  await expect(page.getByRole('status')).toSay(/^\d+ treff/);
  const results = page.locator('#search-results > li');
  const more = page.getByRole('button', { name: 'Vis flere treff' });
  await more.click();
  await expect(results).toHaveCount(20);
  await more.click();
  await expect(results).toHaveCount(30);
  await results.nth(24).scrollIntoViewIfNeeded();
  const scrolled = await page.evaluate(() => window.scrollY);
  expect(scrolled).toBeGreaterThan(2000);
  // Kept once scrolling stops.
  await expect.poll(() => page.evaluate(() => (window.history.state as { scrollY?: number } | null)?.scrollY)).toBe(scrolled);
  await page.reload();
  await expect(results).toHaveCount(30);
  await expect.poll(async () => Math.abs((await page.evaluate(() => window.scrollY)) - scrolled)).toBeLessThan(10);
});

test('a search without hits says so and suggests where to go', async ({ page }) => {
  await page.goto('/sok/?q=xyzzyqwerty');
  await expect(page.getByRole('status')).toSay('Ingen treff på «xyzzyqwerty»');
  const help = page.locator('#search-no-hits');
  await expect(help).toBeVisible();
  await expect(help.getByRole('link', { name: 'alle gode eksempler' })).toHaveAttribute('href', '/eksempler/');
});

test('the search page speaks Norwegian, not Pagefind’s defaults', async ({ page }) => {
  await page.goto('/sok/');
  await expect(page.getByLabel('Søk på nettstedet').first()).toBeVisible();
  await expect(page.getByText('Søk på denne siden')).toHaveCount(0);
});

test('results come ten at a time, and «Vis flere treff» shows the next ones and moves focus to them', async ({ page }) => {
  await page.goto('/sok/?q=sykefravær');
  await expect(page.getByRole('status')).toSay(/^\d+ treff på «sykefravær»/);
  const count = Number((await page.getByRole('status').textContent())?.split(' ')[0]);
  expect(count, 'the test needs a query with more than ten hits').toBeGreaterThan(10);
  const results = page.locator('#search-results > li');
  await expect(results).toHaveCount(10);
  await page.getByRole('button', { name: 'Vis flere treff' }).click();
  await expect(results).toHaveCount(Math.min(count, 20));
  await expect(results.nth(10).getByRole('link')).toBeFocused();
});

test('a quoted phrase that finds nothing offers its words searched one by one; an unquoted query does not', async ({ page }) => {
  await page.goto(`/sok/?q=${encodeURIComponent('"sykefravær redusert punkter"')}`);
  await expect(page.getByRole('status')).toSay(/^Ingen treff på/);
  const loose = page.getByRole('link', { name: 'Søk etter ordene hver for seg: sykefravær redusert punkter' });
  await expect(loose).toBeVisible();
  await loose.click();
  await expect(page).toHaveURL(/[?&]q=sykefrav%C3%A6r\+redusert\+punkter$/);
  await expect(page.getByRole('status')).toSay(/^\d+ treff på «sykefravær redusert punkter»/);
  // Beside another word the phrase still counts (Pagefind ignores quotes unless the phrase is the whole query).
  await page.goto(`/sok/?q=${encodeURIComponent('"sykefravær redusert punkter" barnehage')}`);
  await expect(page.getByRole('status')).toSay(/^Ingen treff på/);
  await expect(page.getByRole('link', { name: 'Søk etter ordene hver for seg: sykefravær redusert punkter barnehage' })).toBeVisible();
  await page.goto(`/sok/?q=${encodeURIComponent('qwxzvb')}`);
  await expect(page.getByRole('status')).toSay(/^Ingen treff/);
  await expect(page.locator('#search-no-hits')).toBeVisible();
  await expect(page.locator('#search-unquoted')).toBeHidden();
  // Nor when the words one by one find nothing either.
  await page.goto(`/sok/?q=${encodeURIComponent('"qwxzvb plkjhg"')}`);
  await expect(page.getByRole('status')).toSay(/^Ingen treff/);
  await expect(page.locator('#search-no-hits')).toBeVisible();
  await expect(page.locator('#search-unquoted')).toBeHidden();
});

// Fresh eyes: «Ål», a municipality that was not among the participants, said only «Ingen treff».
test('a search for a name no participant has says that none of them has it, with a link to the list', async ({ page }) => {
  for (const name of ['Ål', 'Oppdal', 'Nord-Fron']) {
    await page.goto(`/sok/?q=${encodeURIComponent(name)}`);
    await expect(page.getByRole('status')).toSay(/^Ingen treff/);
    const said = page.locator('#search-no-participant');
    await expect(said, name).toBeVisible();
    expect((await said.innerText()).replaceAll('\u00AD', ''), name).toBe(`Ingen av kommunene og bydelene som var med i Kvalitetskommuneprogrammet, heter «${name}». Se listen over kommunene som var med.`);
    await expect(said.getByRole('link', { name: 'Se listen over kommunene som var med' })).toHaveAttribute('href', '/kommuner/');
  }
  // Not for a word that is no name, nor after a search that finds something, nor for a typo of a word a phone's
  // keyboard capitalised («Barnhage», searched as «Barnehage»: fresh eyes).
  for (const query of ['xyzzyqwerty', 'Hægebostad', 'Barnhage']) {
    await page.goto(`/sok/?q=${encodeURIComponent(query)}`);
    await expect(page.getByRole('status')).toSay(query === 'xyzzyqwerty' ? /^Ingen treff/ : /^\d+ treff/);
    await page.waitForLoadState('networkidle');
    await expect(page.locator('#search-no-participant'), query).toBeHidden();
    await expect(page.locator('#search-not-named'), query).toBeHidden();
  }
});

// Fresh eyes: a phone capitalises a query's first letter, and «Nattevakt», «Langvakter», «Velferdsteknologi» and
// «Omsorgsarbeider» were each said to be no participant's name.
test('a capitalised word that looks like no place is not said to be no participant\'s name; a place the dictionary names is', async ({ page }) => {
  // Nor an organisation the pages name (fresh eyes: «Fagforbundet», a partner, was said to be no participant's name).
  for (const query of ['Nattevakt', 'Langvakter', 'Velferdsteknologi', 'Omsorgsarbeider', 'Fagforbundet', 'Unio', 'Utdanningsforbundet']) {
    await page.goto(`/sok/?q=${encodeURIComponent(query)}`);
    await expect(page.getByRole('status'), query).toSay(/^(Ingen|\d+) treff/);
    await page.waitForLoadState('networkidle');
    await expect(page.locator('#search-no-participant'), query).toBeHidden();
    await expect(page.locator('#search-not-named'), query).toBeHidden();
  }
  // «Kongsvinger» was «3 treff på «Svinger»», SPC's pages (the dictionary lists «kongsvinger» for compounds too);
  // «Kárášjohka», a Sami name, said only «Ingen treff».
  for (const name of ['Larvik', 'Tønsberg', 'Kongsvinger', 'Kárášjohka']) {
    await page.goto(`/sok/?q=${encodeURIComponent(name)}`);
    await expect(page.getByRole('status'), name).toSay(`Ingen treff på «${name}»`);
    await expect(page.locator('#search-no-participant'), name).toContainText(`heter «${name}»`);
  }
  // A name the dictionary has is no typo of a participant's: «Sandnes» was «1 treff på «Sande» (du skrev «Sandnes»)».
  // (Pagefind's stemmer still finds Sande's page; the note says Sandnes took no part.)
  await page.goto('/sok/?q=Sandnes');
  await expect(page.getByRole('status')).toSay(/^(Ingen|\d+) treff på «Sandnes»$/);
  await expect(page.locator('#search-no-participant, #search-not-named').filter({ visible: true })).toContainText('heter «Sandnes»');
});

// Fresh eyes: «tonsberg» and «tønsberg» said only «Ingen treff» (only a capital told the page that a word was a name), and
// «Tonsberg kommune» listed 243 pages, every page with «kommune». Later: «Tonsberg» and «Tonsberg kommune» were said
// «heter «Tonsberg»» (no ø), «TONSBERG» only «Ingen treff».
test('a name no participant has is said so typed in lower case, and with «kommune» after it finds nothing, not every page with «kommune»', async ({ page }) => {
  const said = page.locator('#search-no-participant');
  const text = (name: string) => `Ingen av kommunene og bydelene som var med i Kvalitetskommuneprogrammet, heter «${name}». Se listen over kommunene som var med.`;
  for (const [query, name] of [
    ['tonsberg', 'Tønsberg'],
    ['tønsberg', 'Tønsberg'],
    ['Tonsberg', 'Tønsberg'],
    ['Tonsberg kommune', 'Tønsberg'],
    ['TONSBERG', 'Tønsberg'],
    ['tonsberg kommune', 'Tønsberg'],
    ['Tønsberg kommune', 'Tønsberg'],
  ]) {
    await page.goto(`/sok/?q=${encodeURIComponent(query ?? '')}`);
    await expect(page.getByRole('status'), query).toSay(`Ingen treff på «${query}»`);
    await expect(page.locator('#search-results > li')).toHaveCount(0);
    await expect(said, query).toBeVisible();
    expect((await said.innerText()).replaceAll('\u00AD', ''), query).toBe(text(name ?? ''));
  }
  // A participant with «kommune», a word with «kommune», and a lower-case word that is no name are as they were.
  for (const query of ['Molde kommune', 'sykefravær kommune', 'molde kommune']) {
    await page.goto(`/sok/?q=${encodeURIComponent(query)}`);
    await expect(page.getByRole('status'), query).toSay(new RegExp(`^\\d+ treff på «${query.replace('molde', 'Molde')}»$`));
    await page.waitForLoadState('networkidle');
    await expect(said, query).toBeHidden();
    await expect(page.locator('#search-not-named'), query).toBeHidden();
  }
  await page.goto(`/sok/?q=${encodeURIComponent('xyzzyqwerty')}`);
  await expect(page.getByRole('status')).toSay('Ingen treff på «xyzzyqwerty»');
  await page.waitForLoadState('networkidle');
  await expect(said).toBeHidden();
});

// Fresh eyes: «Bø» (no participant) found 21 pages led by Bømlo and said nothing of Bø; «Bø i Telemark» found Fyresdal,
// whose list of partners has «Bømlo», as if it were Bø.
test('a name no participant has is said to be none of theirs when other places\' names begin like it too', async ({ page }) => {
  const said = page.locator('#search-not-named');
  const text = (name: string, more = '') => `Ingen av kommunene og bydelene som var med i Kvalitetskommuneprogrammet, heter «${name}».${more} Se listen over kommunene som var med.`;
  await page.goto(`/sok/?q=${encodeURIComponent('Bø')}`);
  await expect(page.getByRole('status')).toSay(/^\d+ treff på «Bø»$/);
  await expect(page.locator('#search-results > li').first().getByRole('link')).toHaveText('Bømlo');
  await expect(said).toBeVisible();
  expect((await said.innerText()).replaceAll('\u00AD', '')).toBe(text('Bø', ' Treffene er sider med navn som begynner likt.'));
  await expect(said.getByRole('link', { name: 'Se listen over kommunene som var med' })).toHaveAttribute('href', '/kommuner/');
  await page.goto(`/sok/?q=${encodeURIComponent('Bø i Telemark')}`);
  await expect(page.getByRole('status')).toSay(/^\d+ treff på «Telemark» \(du skrev «Bø i Telemark»\)\..* Ordet «Bø» står ikke på noen side og er utelatt\.$/);
  await expect(page.locator('#search-results > li').first().getByRole('link')).not.toHaveText('Fyresdal');
  await expect(said).toBeVisible();
  expect((await said.innerText()).replaceAll('\u00AD', '')).toBe(text('Bø i Telemark'));
  // Not for a participant, a word of the site, or a word typed (with a capital, as a phone writes it) on the way to another.
  for (const query of ['Bømlo', 'Vestre Toten', 'Sykefravær', 'Omd', 'Os i Østerdalen']) {
    await page.goto(`/sok/?q=${encodeURIComponent(query)}`);
    await expect(page.getByRole('status'), query).toSay(/^\d+ treff/);
    await page.waitForLoadState('networkidle');
    await expect(said, query).toBeHidden();
  }
});

// Fresh eyes: «Øystre Slidre» (no participant) was «1 treff på «Østre»», Østre Toten, one letter from «Øystre»;
// «Søndre Land» listed Nordre Land by «Land», «Vestre Slidre» Vestre Toten by «Vestre». A name of several words is one
// name. «Mo i Rana» listed Rana's page under «… heter «Mo i Rana».», which read as a contradiction.
test('a place of several words is read as one name: its pages if a participant has it, else the note, never another place', async ({ page }) => {
  const text = (name: string, more = '') => `Ingen av kommunene og bydelene som var med i Kvalitetskommuneprogrammet, heter «${name}».${more} Se listen over kommunene som var med.`;
  for (const name of ['Øystre Slidre', 'Søndre Land', 'Vestre Slidre', 'Nordre Follo', 'Indre Fosen']) {
    await page.goto(`/sok/?q=${encodeURIComponent(name)}`);
    await expect(page.getByRole('status'), name).toSay(`Ingen treff på «${name}»`);
    await expect(page.locator('#search-results > li'), name).toHaveCount(0);
    const said = page.locator('#search-no-participant');
    await expect(said, name).toBeVisible();
    expect((await said.innerText()).replaceAll('\u00AD', ''), name).toBe(text(name));
  }
  // Typed as on a phone, in small letters, without ø: «øystre slidre» and «Øystre slidre» still found Østre Toten,
  // «sor odal» Sortland by «sor».
  for (const [query, name] of [
    ['øystre slidre', 'Øystre Slidre'],
    ['Øystre slidre', 'Øystre Slidre'],
    ['søndre land', 'Søndre Land'],
    ['sor odal', 'Sor Odal'],
  ]) {
    await page.goto(`/sok/?q=${encodeURIComponent(query ?? '')}`);
    await expect(page.getByRole('status'), query).toSay(`Ingen treff på «${query}»`);
    await expect(page.locator('#search-results > li'), query).toHaveCount(0);
    const said = page.locator('#search-no-participant');
    await expect(said, query).toBeVisible();
    expect((await said.innerText()).replaceAll('\u00AD', ''), query).toBe(text(name ?? ''));
  }
  for (const [query, first] of [
    ['Nordre Land', 'Nordre Land'],
    ['Vestre Totn', 'Vestre Toten'],
    ['Ostre Toten', 'Østre Toten'],
    ['Nord Aurdal', 'Nord-Aurdal'],
    ['østre toten', 'Østre Toten'],
    ['nord aurdal', 'Nord-Aurdal'],
    ['vestre totn', 'Vestre Toten'],
  ]) {
    await page.goto(`/sok/?q=${encodeURIComponent(query ?? '')}`);
    await expect(page.getByRole('status'), query).toSay(/^\d+ treff/);
    await expect(page.locator('#search-results > li').first().getByRole('link'), query).toHaveText(first ?? '');
    await page.waitForLoadState('networkidle');
    await expect(page.locator('#search-no-participant, #search-not-named').filter({ visible: true }), query).toHaveCount(0);
  }
  await page.goto(`/sok/?q=${encodeURIComponent('Mo i Rana')}`);
  await expect(page.locator('#search-results > li').first().getByRole('link')).toHaveText('Rana');
  const said = page.locator('#search-not-named');
  await expect(said).toBeVisible();
  expect((await said.innerText()).replaceAll('\u00AD', '')).toBe(text('Mo', ' «Rana» var med.'));
});

// Fresh eyes: «Oslo» said its hits only mention the name, though four of its districts took part; «Vik» and «Hol»
// (no participants) listed pages of «viktig» and «holdning» with no note; «Guovdageaidnu» (Kautokeino's Sami name)
// said only «Ingen treff»; «Gunn Marit Helgesen», a person, was said to be no participant's name.
test('notes on names say what the hits are: Oslo\'s districts, words that begin alike, a Sami name; none for a person', async ({ page }) => {
  const text = (name: string, more = '') => `Ingen av kommunene og bydelene som var med i Kvalitetskommuneprogrammet, heter «${name}».${more} Se listen over kommunene som var med.`;
  const said = page.locator('#search-no-participant, #search-not-named').filter({ visible: true });
  await page.goto(`/sok/?q=${encodeURIComponent('Oslo')}`);
  await expect(page.getByRole('status')).toSay(/^\d+ treff på «Oslo»$/);
  await expect(said).toHaveCount(1);
  expect((await said.innerText()).replaceAll('\u00AD', '')).toBe(
    text('Oslo', ' Disse bydelene i Oslo var med: Bydel Alna, Bydel Bjerke, Bydel Nordre Aker og Bydel Nordstrand.'),
  );
  await expect(said.getByRole('link', { name: 'Bydel Alna' })).toHaveAttribute('href', '/kommuner/bydel-alna/');
  for (const name of ['Vik', 'Hol']) {
    await page.goto(`/sok/?q=${encodeURIComponent(name)}`);
    await expect(page.getByRole('status'), name).toSay(new RegExp(`^\\d+ treff på «${name}»$`));
    await expect(said, name).toHaveCount(1);
    expect((await said.innerText()).replaceAll('\u00AD', ''), name).toBe(text(name, ' Treffene er sider med ord som begynner likt.'));
  }
  await page.goto(`/sok/?q=${encodeURIComponent('Guovdageaidnu')}`);
  await expect(page.getByRole('status')).toSay('Ingen treff på «Guovdageaidnu»');
  await expect(said).toHaveCount(1);
  expect((await said.innerText()).replaceAll('\u00AD', '')).toBe(text('Guovdageaidnu'));
  await page.goto(`/sok/?q=${encodeURIComponent('Gunn Marit Helgesen')}`);
  await expect(page.getByRole('status')).toSay(/^(Ingen|\d+) treff/);
  await page.waitForLoadState('networkidle');
  await expect(said).toHaveCount(0);
});

// Fresh eyes: «Stavanger» found four pages about IRIS, a research institute there, «Kristiansand» six about a conference
// held there, and nothing said that the towns had not taken part: an adviser from Stavanger might think it had.
test('a town no participant was, whose hits only mention it, is said not to be among the participants', async ({ page }) => {
  const said = page.locator('#search-not-named');
  for (const query of ['Stavanger', 'Kristiansand', 'Hamar']) {
    await page.goto(`/sok/?q=${encodeURIComponent(query)}`);
    await expect(page.getByRole('status'), query).toSay(new RegExp(`^\\d+ treff på «${query}»$`));
    await expect(said, query).toBeVisible();
    expect((await said.innerText()).replaceAll('\u00AD', ''), query).toBe(
      `Ingen av kommunene og bydelene som var med i Kvalitetskommuneprogrammet, heter «${query}». Treffene er sider som bare nevner navnet. Se listen over kommunene som var med.`,
    );
  }
  // A page that mentions it first, not a participant whose name begins so (fresh eyes: «Hamar» had Hamarøy first).
  await expect(page.locator('#search-results > li').first().getByRole('link')).not.toHaveText(/^Hamar/);
  // Typed in lower case with «kommune» after it, the name as the site writes it (fresh eyes: «Oslo kommune» said so,
  // «oslo kommune» and «bø kommune» nothing; «bø kommune» then said «Bøe», a name the dictionary folds alike).
  for (const [query, name, why] of [
    // «Oslo»'s districts took part: said, not that its hits only mention it (the test of notes on names below).
    ['oslo kommune', 'Oslo', ''],
    // A name the dictionary lacks, whose first hit with «kommune» marked only «kommunene» (fresh eyes: said nothing).
    ['stavanger kommune', 'Stavanger', 'sider som bare nevner navnet'],
    ['Stavanger kommune', 'Stavanger', 'sider som bare nevner navnet'],
    ['bø kommune', 'Bø', 'sider med navn som begynner likt'],
  ] as const) {
    await page.goto(`/sok/?q=${encodeURIComponent(query)}`);
    await expect(said, query).toBeVisible({ timeout: 20_000 });
    expect((await said.innerText()).replaceAll('\u00AD', ''), query).toBe(
      `Ingen av kommunene og bydelene som var med i Kvalitetskommuneprogrammet, heter «${name}». ${why ? `Treffene er ${why}.` : 'Disse bydelene i Oslo var med: Bydel Alna, Bydel Bjerke, Bydel Nordre Aker og Bydel Nordstrand.'} Se listen over kommunene som var med.`,
    );
  }
  // Not for a participant, nor for a word of the site a phone capitalised, nor for the site's own subject, a name on
  // 68 pages (fresh eyes: «Kvalitetskommuneprogrammet» was said to be no participant's name, its pages only mentioning it).
  for (const query of ['Mandal', 'Sykefravær', 'Kvalitetskommuneprogrammet']) {
    await page.goto(`/sok/?q=${encodeURIComponent(query)}`);
    await expect(page.getByRole('status'), query).toSay(/^\d+ treff/);
    await page.waitForLoadState('networkidle');
    await expect(said, query).toBeHidden();
  }
});

// Fresh eyes: «Nottero» (Nøtterøy without its y) said «17 treff på «Nøtterø»», which is no word, in the status line and
// the tab, and below the hits that no participant is called «Nottero», though Nøtterøy took part.
test('a participant\'s name missing its last letter is said as the name, and not as a place that did not take part', async ({ page }) => {
  for (const query of ['Nottero', 'nottero']) {
    await page.goto(`/sok/?q=${encodeURIComponent(query)}`);
    await expect(page.getByRole('status'), query).toSay(new RegExp(`^\\d+ treff på «Nøtterøy» \\(du skrev «${query}»\\)$`));
    await expect(page, query).toHaveTitle(/^«Nøtterøy» – \d+ treff – /);
    await expect(page.locator('#search-results > li').first().getByRole('link'), query).toHaveText('Nøtterøy');
    await page.waitForLoadState('networkidle');
    await expect(page.locator('#search-not-named'), query).toBeHidden();
    await expect(page.locator('#search-no-participant'), query).toBeHidden();
  }
});

// Fresh eyes: the status line and the tab said «4.6 Tabell» for «Tabell 4.6», «7,7 sykefravær Mandal» for «sykefravær Mandal 7,7».
test('the status line and the tab say the words and numbers of a query in the order typed', async ({ page }) => {
  // A table by its number is searched as one phrase, as a section of a law is («uttrykket «§ 2»»).
  for (const query of ['Tabell 4.6', 'sykefravær Mandal 7,7']) {
    const said = `${query.startsWith('Tabell') ? 'uttrykket ' : ''}«${query}»`.replace(/[.]/g, '\\.').replace(' 4', '\\s4');
    await page.goto(`/sok/?q=${encodeURIComponent(query)}`);
    await expect(page.getByRole('status'), query).toSay(new RegExp(`^\\d+ treff på ${said}$`));
    await expect(page, query).toHaveTitle(new RegExp(`^${said} – \\d+ treff – `));
  }
});

// Fresh eyes: «Hegebostad» said «18 treff på «Hægebostad»» and, below the hits, that no participant is called «Hegebostad».
test('a name the search corrected to a participant\'s finds that municipality and says nothing of no participant having it', async ({ page }) => {
  for (const [query, participant] of [['Hegebostad', 'Hægebostad'], ['Hegebostad kommune', 'Hægebostad']] as const) {
    await page.goto(`/sok/?q=${encodeURIComponent(query)}`);
    await expect(page.getByRole('status'), query).toSay(new RegExp(`^\\d+ treff på «${participant}`));
    await page.waitForLoadState('networkidle');
    await expect(page.locator('#search-not-named'), query).toBeHidden();
    await expect(page.locator('#search-no-participant'), query).toBeHidden();
  }
});

test('a word no page has finds nothing, not the pages with its first letter (Pagefind falls back to it)', async ({ page }) => {
  for (const query of ['azzzzq', 'pzzzzq', 'Oppdal', 'sick', '2015', 'Larvik']) {
    await page.goto(`/sok/?q=${encodeURIComponent(query)}`);
    await expect(page.getByRole('status')).toSay(`Ingen treff på «${query}»`);
    await expect(page.locator('#search-results > li')).toHaveCount(0);
    await expect(page.locator('#search-no-hits')).toBeVisible();
  }
  // «Deatnu Tana» (Sami and Norwegian) finds Tana, whose page has its official Sami name (lib/parallel-names.ts).
  await page.goto(`/sok/?q=${encodeURIComponent('Deatnu Tana')}`);
  await expect(page.getByRole('status')).toSay(/^\d+ treff på «Deatnu Tana»$/);
  await expect(page.locator('#search-results > li').first().getByRole('link')).toHaveText('Tana');
  // Nothing was corrected, so no «search for what you typed instead»: it would give the same.
  await expect(page.locator('#search-corrected')).toBeHidden();
  // Words the site has find their pages, though the first result highlights another word («Askim» for «Asker»).
  for (const query of ['Asker', 'fraværet', 'planer', 'hele', 'Asker kommune']) {
    await page.goto(`/sok/?q=${encodeURIComponent(query)}`);
    await expect(page.getByRole('status'), query).toSay(new RegExp(`^\\d+ treff på «${query}»$`));
  }
  // A word longer than any on the site still finds the pages with its beginning: a compound, a longer form.
  await page.goto(`/sok/?q=${encodeURIComponent('sykefraværsoppfølgingsrutinene')}`);
  await expect(page.getByRole('status')).toSay(/^\d+ treff på/);
});

test('a quoted phrase with a part that is no word («"K = O/F"») finds the pages that have it as written', async ({ page }) => {
  await page.goto(`/sok/?q=${encodeURIComponent('"K = O/F"')}`);
  await expect(page.getByRole('status')).toSay(/^\d+ treff på uttrykket «K = O\/F»$/);
  await expect(page.locator('#search-results li h2 a').first()).toHaveText('Kvalitetsformelen – K = L/F');
  // Only pages with the formula as written: fewer than the 26 a search for its letters finds.
  expect(await page.locator('#search-results > li').count()).toBeLessThan(10);
});

// Fresh eyes: «k=o/f» and «K=O/F» found nothing, «k = o / f» 131 pages (every page with a k, an o and an f), the quality
// formula's page not among the first.
test('a formula finds its pages however it is spaced, quoted or not', async ({ page }) => {
  for (const typed of ['k=o/f', 'K=O/F', 'K = O/F', 'k = o / f', 'K = O / F']) {
    await page.goto(`/sok/?q=${encodeURIComponent(typed)}`);
    await expect(page.getByRole('status'), typed).toSay(new RegExp(`^\\d+ treff på uttrykket «${typed.replaceAll('/', '\\/')}»$`));
    await expect(page.locator('#search-results li h2 a').first(), typed).toHaveText('Kvalitetsformelen – K = L/F');
    expect(await page.locator('#search-results > li').count(), typed).toBeLessThan(5);
  }
  // The whole formula is marked, as the page writes it (fresh eyes: only its «K» was).
  for (const typed of ['k=o/f', 'K = O / F']) {
    await page.goto(`/sok/?q=${encodeURIComponent(typed)}`);
    const marks = page.locator('#search-results > li').first().locator('mark');
    await expect(marks, typed).toHaveText([/^K\s=\sO\/F$/]);
  }
  // The programme's own form («K = L/F», the title; «K = O/F» is Innherred's) finds it too; a school year («2008/2009») is a number, no formula.
  await page.goto(`/sok/?q=${encodeURIComponent('K=L/F')}`);
  await expect(page.locator('#search-results li h2 a').first()).toHaveText('Kvalitetsformelen – K = L/F');
  await page.goto(`/sok/?q=${encodeURIComponent('2008 / 2009')}`);
  await expect(page.getByRole('status')).toSay(/^\d+ treff på «2008\/2009»$/);
});

// Fresh eyes: «§ 2» searched «2» (Pagefind reads «§» as no word) and listed every page with a 2. No page in the search
// cites a section of a law (the one «§ 13.10» is on a source's page, which is not searched), so none is found, typed in
// any way, alone or with a word; a page that cites one is found by it (sections.ts, index-site.ts).
test('a section of a law is searched as that section, not as every page with its number', async ({ page }) => {
  for (const typed of ['§ 2', '§2', '§§ 2-3', 'paragraf 2', '§ 13.10']) {
    await page.goto(`/sok/?q=${encodeURIComponent(typed)}`);
    await expect(page.getByRole('status'), typed).toSay(/^Ingen treff på uttrykket «§\u00a0[\d.-]+»$/);
    await expect(page.locator('#search-results > li'), typed).toHaveCount(0);
  }
  await page.goto(`/sok/?q=${encodeURIComponent('§ 2 sykefravær')}`);
  await expect(page.getByRole('status')).toSay(/^Ingen treff på uttrykket «§\u00a02» og «sykefravær»$/);
  // The number alone is still the number.
  await page.goto('/sok/?q=2');
  await expect(page.getByRole('status')).toSay(/^\d{2,} treff på «2»$/);
});

// Fresh eyes: «10-punkt» found nothing (Pagefind reads it as one word, «10punkt»); «10 punkt» found 12 pages.
test('a number joined to a word by a hyphen that no page has so is searched as the two words', async ({ page }) => {
  await page.goto(`/sok/?q=${encodeURIComponent('10-punkt')}`);
  await expect(page.getByRole('status')).toSay(/^\d+ treff på «10 punkt» \(du skrev «10-punkt»\)$/);
  // A hyphenated word a page has is searched as typed.
  await page.goto(`/sok/?q=${encodeURIComponent('IA-avtalen')}`);
  await expect(page.getByRole('status')).toSay(/^\d+ treff på «IA-avtalen»$/);
});

test('a quoted phrase a title begins with puts that page first («"ti punkter"» ranked it sixth)', async ({ page }) => {
  await page.goto(`/sok/?q=${encodeURIComponent('"ti punkter"')}`);
  await expect(page.getByRole('status')).toSay(/^\d+ treff/, { timeout: 30_000 });
  const first = page.locator('#search-results > li h2 a').first();
  await expect(first).toHaveAttribute('href', '/sykefravaer/');
});

test('a search starting with any letter, Sami ones too, asks only for files that exist', async ({ page }) => {
  const failed: string[] = [];
  page.on('response', (response) => {
    if (response.status() >= 400) failed.push(`${response.status()} ${new URL(response.url()).pathname}`);
  });
  for (const query of ['čđŋšŧž', 'Guovdageaidnu', 'xylofon', 'qatar', 'zebra', 'wifi']) {
    await page.goto(`/sok/?q=${encodeURIComponent(query)}`);
    await expect(page.getByRole('status')).toSay(/treff/);
  }
  expect(failed).toEqual([]);
});

test('the example under the front page’s search field finds good examples first', async ({ page }) => {
  await page.goto('/');
  // The example is marked as what to type (<kbd>): tests/search-layout.spec.ts types the hint as shown.
  const example = (await page.locator('#hero-q-hint kbd').textContent())?.trim();
  expect(example).toBeTruthy();
  await page.getByRole('searchbox').first().fill(example!);
  await page.getByRole('searchbox').first().press('Enter');
  await expect(page.getByRole('status')).toSay(/^\d+ treff/, { timeout: 20_000 });
  const kinds = await page.locator('#search-results > li').evaluateAll((items) => items.slice(0, 2).map((li) => li.querySelector('p.meta')?.textContent?.trim()));
  expect(kinds).toEqual(['Godt eksempel', 'Godt eksempel']);
});

test('«nynorsk» finds the pages written in nynorsk (the word is only their language filter), not «norsk»', async ({ page }) => {
  await page.goto('/sok/?q=nynorsk');
  await expect(page.getByRole('status')).toSay(/^\d+ treff på «nynorsk»$/, { timeout: 20_000 });
  await expect(page.locator('#search-results > li').first().getByRole('link')).toHaveText(/^49 nye kommunar/);
});

// /sykefravaer/ and /sykefravaer/saertrykk/ were both «Ti punkter for et redusert sykefravær»: a journalist could not tell them apart.
test('two pages with the same heading have results with different titles: the særtrykk is named as such', async ({ page }) => {
  await page.goto(`/sok/?q=${encodeURIComponent('ti punkter særtrykk')}`);
  await expect(page.getByRole('status')).toSay(/^\d+ treff/, { timeout: 20_000 });
  const titleOf = (href: string) => page.locator(`#search-results > li h2 a[href="${href}"]`);
  await expect(titleOf('/sykefravaer/saertrykk/')).toHaveText(/^Særtrykk: Ti punkter for et redusert syke\u00AD?fravær$/);
  await page.goto(`/sok/?q=${encodeURIComponent('ti punkter')}`);
  // Hyphenated as the page's own heading is («syke-fra-vær»; search-layout.spec.ts).
  await expect(titleOf('/sykefravaer/')).toHaveText(/^Ti punkter for et redusert syke\u00AD?fra\u00AD?vær$/);
});

// Excerpts began inside the kicker above a page's title: «5 · januar 2010.» of «Nyhetsbrev nr. 5 · januar 2010».
test('an excerpt does not begin with a cut kicker that reads as another date', async ({ page }) => {
  for (const query of ['2010', 'januar 2010', 'lederen']) {
    await page.goto(`/sok/?q=${encodeURIComponent(query)}`);
    await expect(page.getByRole('status')).toSay(/^\d+ treff/, { timeout: 20_000 });
    const excerpts = await page.locator('#search-results > li > p:not(.meta)').allTextContents();
    expect(excerpts.length, query).toBeGreaterThan(0);
    for (const excerpt of excerpts) expect(excerpt, query).not.toMatch(/^\d+ · |^\d+ av 10 mot /);
  }
});

// The kicker is no excerpt text (above), but it names the entry: «nyhetsbrev nr 5» found only the press page when it was left out.
test('an entry is found by its kicker: «nyhetsbrev nr 5» and «pressemelding nr 3» put that issue first', async ({ page }) => {
  for (const [query, href] of [
    ['nyhetsbrev nr 5', '/nyhetsbrev/nr-5-januar-2010/'],
    ['nyhetsbrev nr. 5', '/nyhetsbrev/nr-5-januar-2010/'],
    ['pressemelding nr 3', '/nyheter/sykefravaerskonferansene-2010-starter/'],
  ] as const) {
    await page.goto(`/sok/?q=${encodeURIComponent(query)}`);
    await expect(page.getByRole('status')).toSay(/^\d+ treff/, { timeout: 20_000 });
    await expect(page.locator('#search-results > li h2 a').first(), query).toHaveAttribute('href', href);
  }
});

// A journalist read «Pressemelding · juni 2010» in the results, and «Pressemelding nr. 4 · juni 2010» in the press room.
test('a press release or newsletter among the results is named by its number and date, as the press room names it; a news item by its type', async ({ page }) => {
  const href = '/nyheter/sluttrapport-juni-2010/';
  // As read: without soft hyphens, a no-break space («nr. 4» keeps its number on its line) as a space.
  const numberAndDate = (kicker: string) => kicker.replace(/\u00AD/g, '').replace(/\u00A0/g, ' ').split(' · ').slice(0, 2).join(' · ');
  await page.goto('/presse/');
  const listed = numberAndDate((await page.locator('ol.releases > li').filter({ has: page.locator(`a[href="${href}"]`) }).locator('p.meta').first().innerText()).trim());
  expect(listed).toMatch(/^Pressemelding nr\. \d+ · \S/);
  await page.goto(`/sok/?q=${encodeURIComponent('sluttrapport')}`);
  await expect(page.getByRole('status')).toSay(/^\d+ treff/, { timeout: 20_000 });
  const result = page.locator('#search-results > li').filter({ has: page.locator(`a[href="${href}"]`) });
  expect(numberAndDate((await result.locator('p.meta').textContent()) ?? '')).toBe(listed);
  await page.goto(`/sok/?q=${encodeURIComponent('Halden kvalitetskommune')}`);
  const news = page.locator('#search-results > li').filter({ has: page.locator('a[href="/nyheter/halden-skal-bli-kvalitetskommune/"]') });
  await expect(news.locator('p.meta')).toHaveText(/^Nyhet · /, { timeout: 20_000 });
  // A newsletter issue likewise by its number («Nyhetsbrev · januar 2010» before).
  await page.goto(`/sok/?q=${encodeURIComponent('nyhetsbrev januar 2010')}`);
  const letter = page.locator('#search-results > li').filter({ has: page.locator('a[href^="/nyhetsbrev/nr-5-"]') });
  await expect(letter.locator('p.meta')).toHaveText(/^Nyhetsbrev nr\.\s5 · januar 2010/, { timeout: 20_000 });
});

// «Nøtterøy» marked «Nøtterøy,» and «Nøtterøy.»: Pagefind marks the text between two spaces, punctuation and all.
test('a hit is marked without the punctuation beside it, a hyphenated name whole', async ({ page }) => {
  for (const [query, word] of [
    ['Nøtterøy', /^Nøtterøy$/i],
    ['Aurskog-Høland', /^Aurskog-Høland$/i],
  ] as const) {
    await page.goto(`/sok/?q=${encodeURIComponent(query)}`);
    await expect(page.getByRole('status')).toSay(/^\d+ treff/, { timeout: 20_000 });
    const marks = page.locator('#search-results mark');
    await expect(marks.first()).toBeVisible();
    const found = await marks.evaluateAll((all) => all.map((mark) => ({ text: mark.textContent ?? '', next: mark.nextSibling?.textContent?.[0] ?? '' })));
    for (const { text } of found) expect(text, query).toMatch(word);
    // Some of them are before a comma or a full stop, which stays outside the mark.
    expect(found.some(({ next }) => /[,.:]/.test(next)), query).toBe(true);
  }
});

// «hjemmetjeneste turnus» found one page and offered nothing more, though each word is on several.
test('words on few pages together are offered one by one, each with its number of hits', async ({ page }) => {
  await page.goto(`/sok/?q=${encodeURIComponent('hjemmetjeneste turnus')}`);
  await expect(page.getByRole('status')).toSay(/^(1|2) treff på «hjemmetjeneste turnus»$/, { timeout: 20_000 });
  const offer = page.locator('#search-each');
  await expect(offer).toBeVisible();
  await expect(offer).toHaveText(/^Søk etter hvert ord for seg: hjemmetjeneste \(\d+\) · turnus \(\d+\)$/);
  const link = offer.getByRole('link', { name: /^turnus \(\d+\)$/ });
  const hits = /\((\d+)\)/.exec((await link.textContent()) ?? '')?.[1];
  expect(Number(hits)).toBeGreaterThan(2);
  await link.click();
  await expect(page).toHaveURL(/[?&]q=turnus$/);
  await expect(page.getByRole('status')).toSay(`${hits} treff på «turnus»`);
  await expect(offer).toBeHidden();
  // Nor words no page has: «Kautokeino (3)» counted the pages Pagefind falls back to, with «ka».
  await page.goto(`/sok/?q=${encodeURIComponent('Guovdageaidnu Kautokeino')}`);
  await expect(page.getByRole('status')).toSay(/^Ingen treff/, { timeout: 20_000 });
  await expect(offer).toBeHidden();
  // Nor is every word of a pasted sentence: nineteen links filled a phone's screen (one that finds nothing is offered fewer
  // of its words, search-input.spec.ts; one shown by fewer of its words, the words left out first, search-pasted.spec.ts).
  await page.goto(`/sok/?q=${encodeURIComponent('ønsker redusere sykefraværet hjemmetjenesten barnehagene turnusordninger')}`);
  await expect(page.getByRole('status')).toSay(/^(\d+ treff|Ingen sider har alle ordene)/, { timeout: 20_000 });
  if (/færre ord/.test((await page.getByRole('status').textContent()) ?? '')) await expect(offer.getByRole('link').first()).toBeVisible();
  expect(await offer.getByRole('link').count()).toBeLessThanOrEqual(5);
  // Words often together are not taken apart.
  await page.goto(`/sok/?q=${encodeURIComponent('sykefravær barnehage')}`);
  await expect(page.getByRole('status')).toSay(/^\d\d+ treff/, { timeout: 20_000 });
  await expect(offer).toBeHidden();
});

// «Hå» found 201 pages: Hå, then Hasvik, Halden, «handlingsplan», «håndbok» (Pagefind matches starts and folds å to a).
test('a short municipality name lists the pages that have the name, with a link to the words that begin like it', async ({ page, request }) => {
  for (const [query, name] of [
    ['Hå', 'Hå'],
    ['Re', 'Re'],
    ['re', 'Re'],
  ] as const) {
    await page.goto(`/sok/?q=${encodeURIComponent(query)}`);
    await expect(page.getByRole('status')).toSay(/^\d+ treff/, { timeout: 20_000 });
    const titles = page.locator('#search-results > li h2 a');
    await expect(titles.first(), query).toHaveText(name);
    await expect(page.locator('#search-whole-name'), query).toHaveText(new RegExp(`^Viser sider med stedsnavnet «${name}»\\. Vis også \\d+ treff på ord som begynner likt$`));
    const shown = Number(/^(\d+)/.exec((await page.getByRole('status').textContent()) ?? '')?.[1]);
    expect(shown, query).toBeLessThan(30);
    // Every page listed has the name as a word (in its text, or filed under it).
    for (const href of await titles.evaluateAll((links) => links.map((a) => a.getAttribute('href') ?? ''))) {
      const html = (await (await request.get(href)).text()).replace(/\u00AD/g, '');
      expect(html, `${query}: ${href}`).toMatch(new RegExp(`(?<![\\p{L}\\p{N}])${name}(?![\\p{L}\\p{N}])`, 'u'));
    }
    await page.locator('#search-whole-name a').click();
    await expect(page.getByRole('status')).toSay(/^\d+ treff/);
    const all = Number(/^(\d+)/.exec((await page.getByRole('status').textContent()) ?? '')?.[1]);
    expect(all, query).toBeGreaterThan(shown);
    await expect(page.locator('#search-whole-name')).toBeHidden();
  }
  // «Hå kommune» names Hå too: it found 198 pages.
  await page.goto(`/sok/?q=${encodeURIComponent('Hå kommune')}`);
  await expect(page.getByRole('status')).toSay(/^\d+ treff/, { timeout: 20_000 });
  await expect(page.locator('#search-results > li h2 a').first()).toHaveText('Hå');
  await expect(page.locator('#search-whole-name')).toBeVisible();
  expect(Number(/^(\d+)/.exec((await page.getByRole('status').textContent()) ?? '')?.[1])).toBeLessThan(30);
  // Not each word on its own besides: «re kommune» offered «re (238)», the words that begin like it, which the notice offers.
  for (const query of ['re kommune', 'Re kommune']) {
    await page.goto(`/sok/?q=${encodeURIComponent(query)}`);
    await expect(page.locator('#search-whole-name'), query).toBeVisible({ timeout: 20_000 });
    await expect(page.getByRole('status'), query).toSay('1 treff på «Re kommune»');
    await page.waitForLoadState('networkidle');
    await expect(page.locator('#search-each'), query).toBeHidden();
  }
  // With a filter or a date order too: «Hå» filtered to events found 8, the one with the name among them.
  for (const address of ['q=H%C3%A5&type=Arrangement', 'q=H%C3%A5&sortering=nyeste']) {
    await page.goto(`/sok/?${address}`);
    await expect(page.getByRole('status')).toSay(/^\d+ treff/, { timeout: 20_000 });
    await expect(page.locator('#search-whole-name'), address).toBeVisible();
    expect(Number(/^(\d+)/.exec((await page.getByRole('status').textContent()) ?? '')?.[1]), address).toBeLessThan(address.includes('type') ? 3 : 30);
  }
  // A longer name, or a word that only begins like one, is searched as before.
  await page.goto(`/sok/?q=${encodeURIComponent('Hamarøy')}`);
  await expect(page.getByRole('status')).toSay(/^\d+ treff/, { timeout: 20_000 });
  await expect(page.locator('#search-whole-name')).toBeHidden();
});

// Fresh eyes: a hit on /tall/ landed at the top of the page's ten tables, the one with the words a long scroll away.
test('a hit on /tall/ links to the table where the words were found, and the link lands at its heading', async ({ page }) => {
  await page.goto('/sok/?q=kommuner%20utenfor%20programmet');
  const result = page.locator('#search-results li').filter({ has: page.locator('a[href^="/tall/"]') });
  const link = result.getByRole('link');
  await expect(link).toHaveAttribute('href', '/tall/#sykefravaer-utvikling-tittel');
  // Named by the table, with its number in the report, not «Tall og tabeller» (fresh eyes).
  await expect(link).toHaveText('Tabell 4.6: Utviklingen i sykefraværet');
  // The excerpt is that table's, with the words.
  await expect(result.locator('p:not(.meta)')).toContainText(/utenfor/i);
  await link.click();
  const heading = page.getByRole('heading', { level: 2, name: 'Utviklingen i sykefraværet' });
  await expect(heading).toHaveAttribute('id', 'sykefravaer-utvikling-tittel');
  await expect(heading).toBeInViewport();
  // Words in one table only: Pagefind lists that part alone, and the link goes there too (fresh eyes: it went to the top).
  await page.goto('/sok/?q=lederutvikling');
  await expect(page.locator('#search-results a[href^="/tall/"]')).toHaveAttribute('href', '/tall/#tiltak-sykefravaer-tittel', { timeout: 20_000 });
  await expect(page.locator('#search-results a[href^="/tall/"]')).toHaveText('Tabell 4.8: Tiltak i sykefraværsprosjektene');
  // A table the report gives no number is named by its heading alone.
  await page.goto('/sok/?q=Kvalitetskonferansen%202008%20over%20500');
  await expect(page.locator('#search-results a[href^="/tall/"]')).toHaveText('Deltakere på programmets konferanser', { timeout: 20_000 });
});

// Fresh eyes (a journalist): /tall/ is one result, and it showed one table only, often the wrong one: «Tabell 4.6» and
// «10,2» went to Vedlegg 6 (whose rows cite Tabell 4.6), and «vedlegg 6» had that table at hit 115 of 125.
test('a table number or a figure goes to the table of /tall/ that has it, and the others with it are offered under the result', async ({ page }) => {
  await page.goto('/sok/?q=Tabell%204.6');
  const first = page.locator('#search-results > li').first();
  await expect(first.locator('h2 a')).toHaveAttribute('href', '/tall/#sykefravaer-utvikling-tittel', { timeout: 20_000 });
  await expect(first.locator('p.also')).toHaveText('Også i: Vedlegg 6: Sykefravær i Innsatskommunene');
  await expect(first.locator('p.also').getByRole('link')).toHaveAttribute('href', '/tall/#innsatskommuner-sykefravaer-tittel');
  await page.goto('/sok/?q=vedlegg%206');
  const vedlegg = page.locator('#search-results > li').first();
  await expect(vedlegg.locator('h2 a')).toHaveAttribute('href', '/tall/#innsatskommuner-sykefravaer-tittel', { timeout: 20_000 });
  // Only tables with both words: not every table with a «6» (it offered four).
  await expect(vedlegg).not.toContainText('Kurs for deltakerkommunene');
  await expect(vedlegg).not.toContainText('Tabell 4.1');
  // Nor a table with «vedlegg 2» and a «6» elsewhere.
  await page.waitForLoadState('networkidle');
  await expect(vedlegg).not.toContainText('Deltakere på programmets konferanser');
  // A number no table has, but tables are numbered under: said so, and those offered in the order of their numbers.
  await page.goto('/sok/?q=tabell%204');
  const chapter = page.locator('#search-results > li').filter({ has: page.locator('h2 a[href^="/tall/"]') });
  await expect(chapter.locator('p.also')).toHaveText(
    /^Ingen tabell har nummer 4\. Disse har nummer 4\.x: Tabell 4\.1: [^,]+, Tabell 4\.5: [^,]+, Tabell 4\.6: [^,]+, Tabell 4\.7: [^,]+, Tabell 4\.8: [^,]+$/,
    { timeout: 20_000 },
  );
  await expect(chapter.locator('p.also a').first()).toHaveAttribute('href', '/tall/#prosjekttyper-barnehage-tittel');
  for (const figure of ['10,2', '9,3']) {
    await page.goto(`/sok/?q=${encodeURIComponent(figure)}`);
    const tall = page.locator('#search-results > li').filter({ has: page.locator('h2 a[href^="/tall/"]') });
    await expect(tall.locator('h2 a')).toHaveAttribute('href', '/tall/#sykefravaer-utvikling-tittel', { timeout: 20_000 });
    await expect(tall.locator('p.also a')).toHaveAttribute('href', '/tall/#innsatskommuner-sykefravaer-tittel');
  }
});

// A previous round: «vedlegg 2» found 146 pages, «vedlegg 6» 125: Pagefind read the one digit as the start of any
// number, so every municipality's page, which cites «vedlegg 8», was a hit.
test('a table, an appendix or a figure by its number finds the pages that cite it, as a section of a law does', async ({ page }) => {
  await page.goto('/sok/?q=vedlegg%206');
  await expect(page.getByRole('status')).toSay(/^[1-9] treff på uttrykket «vedlegg\s6»$/, { timeout: 20_000 });
  await expect(page.locator('#search-results > li').first().getByRole('link').first()).toHaveText('Vedlegg 6: Sykefravær i Innsatskommunene');
  await page.goto('/sok/?q=vedlegg%202');
  await expect(page.getByRole('status')).toSay(/^[1-9]\d? treff på uttrykket «vedlegg\s2»$/, { timeout: 20_000 });
  // Each hit cites it: its excerpt marks it, or it is in the page's text.
  await expect(page.getByRole('link', { name: 'Lyngdal', exact: true })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Mandal', exact: true })).toHaveCount(0);
  await page.goto('/sok/?q=vedlegg%209');
  await expect(page.getByRole('status')).toSay(/^Ingen treff på uttrykket «vedlegg\s9»$/, { timeout: 20_000 });
});

// Fresh eyes: Vedlegg 6's excerpt for a figure read «2008, startkvartal fra tabell 4.6), 9,2 % (…), 10,2 % (…)», Vaksdal
// not named; Tabell 4.6's for «95 %» began with the table above it.
test('a figure in a table of /tall/ is shown with its row’s label, and with none of the table above', async ({ page }) => {
  await page.goto('/sok/?q=11%2C2');
  const tall = page.locator('#search-results > li').filter({ has: page.locator('h2 a[href^="/tall/"]') });
  await expect(tall.locator('p:not(.meta)')).toHaveText(/^Vaksdal: … .*10,2\s% \(3\.\skv\.\s2008 – 2\.\skv\.\s2009, startkvartal fra tabell 4\.6\), 11,2\s%/, { timeout: 20_000 });
  await page.goto('/sok/?q=95%20%25');
  const table = page.locator('#search-results > li').filter({ has: page.locator('h2 a[href^="/tall/"]') });
  await expect(table.locator('p:not(.meta)')).toContainText('Alle kommuner (95', { timeout: 20_000 });
  await expect(table.locator('p:not(.meta)')).not.toContainText('barnehagene');
});

// Fresh eyes: «kvartal 2006). sykefravær på Nøtterøy …» began mid-sentence (after «3.») with no «…».
test('an excerpt cut after an ordinal begins with «…»', async ({ page }) => {
  await page.goto('/sok/?q=N%C3%B8tter%C3%B8y%20sykefrav%C3%A6r');
  const story = page.locator('#search-results > li').filter({ has: page.getByRole('link', { name: 'Nærværsarbeid i ordinær drift, uten prosjekt' }) });
  await expect(story.locator('p:not(.meta)')).toHaveText(/^… /, { timeout: 20_000 });
  await expect(story.locator('p:not(.meta)')).not.toContainText('. sykefravær');
});

// Fresh eyes (a journalist): a hit in a table of /tall/ read «Nøtterøy. 8,7. 9,3. …», no period and no unit.
test('a hit in a table of /tall/ says what each figure is: its unit and its period', async ({ page }) => {
  await page.goto('/sok/?q=N%C3%B8tter%C3%B8y%208%2C7');
  const result = page.locator('#search-results > li').filter({ has: page.locator('a[href^="/tall/"]') });
  await expect(result.locator('p:not(.meta)')).toContainText(/Nøtterøy: 8,7\s%\s\(4\.\skv\.\s2005 – 3\.\skv\.\s2006\), 9,3\s%\s\(4\.\skv\./, { timeout: 20_000 });
  await expect(result.locator('p:not(.meta)')).not.toContainText(/\d\.\s\d/);
});

// Fresh eyes: «sykefravær på Nøtterøy (…): 8,7 prosent. … 9,1 prosent.», each figure without its period, as if now.
test('a key figure in a result excerpt carries its period, not its source', async ({ page }) => {
  await page.goto('/sok/?q=notteroy');
  const story = page.locator('#search-results > li').filter({ has: page.getByRole('link', { name: 'Nærværsarbeid i ordinær drift, uten prosjekt' }) });
  const excerpt = story.locator('p:not(.meta)');
  // Either figure, with its period after it: «8,7 prosent (4. kvartal 2005 til og med 3. kvartal 2006)» or «9,1
  // prosent (4. kvartal 2008 til og med 3. kvartal 2009, …)» (a unit kept with its number by a no-break space).
  await expect(excerpt).toContainText(/(8,7\sprosent\s\(4\.\skvartal\s2005 til og med 3\.\skvartal\s2006\)|9,1\sprosent\s\(4\.\skvartal\s2008 til og med 3\.\skvartal\s2009)/, { timeout: 20_000 });
  await expect(excerpt).not.toContainText('Kilde');
});
