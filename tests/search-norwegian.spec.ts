// Norwegian-aware search, tried as a visitor would: stemming, parts of
// compounds, synonyms, both language forms, and how æ, ø and å are handled.
import { test, type Page } from '@playwright/test';
import { expect } from './status-line.ts';

async function search(page: Page, query: string, filters = '') {
  await page.goto(`/sok/?q=${encodeURIComponent(query)}${filters}`);
  // «Ingen treff» is a finished search too: a test about what must not match may find nothing.
  await expect(page.getByRole('status')).toSay(/\d+ treff|Ingen treff/, { timeout: 20_000 });
  return page.locator('#search-results');
}

const hit = (results: ReturnType<Page['locator']>, title: string) => results.getByRole('link', { name: title, exact: true });

test('stemming: «sykefraværet» finds a page that says «sykefravær»', async ({ page }) => {
  const results = await search(page, 'sykefraværet', '&type=Godt+eksempel');
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

test('a compound few or no pages have is searched as its two parts: «lederoppfølging» (nothing), «sykefraværsoppfølging» (one page)', async ({ page }) => {
  const leader = await search(page, 'Lederoppfolging');
  await expect(page.getByRole('status')).toSay(/^\d+ treff på «Leder oppfølging»/);
  await expect(hit(leader, 'Nesten halvert sykefravær med plan, ledere og oppfølging')).toBeVisible();
  // The word as typed finds nothing, so it is not offered «i stedet» (a tap that led to no hits).
  await page.waitForLoadState('networkidle');
  await expect(page.locator('#search-corrected')).toBeHidden();
  const sickLeave = await search(page, 'sykefraværsoppfølging');
  expect(await sickLeave.locator('> li').count()).toBeGreaterThanOrEqual(10);
  // The page with the whole word comes first, and the word, on a page as typed, is no misspelling: said as typed.
  await expect(sickLeave.locator('> li').first().getByRole('link')).toHaveText('Lederen og ledelsen');
  // A long word with its soft hyphens, as on the pages (long-words.ts).
  await expect(page.getByRole('status')).toSay(/^\d{2,} treff på «sykefraværs\u00AD?oppfølging»$/);
  await expect(page.locator('#search-corrected')).toBeHidden();
  // In nynorsk too: «sjukefråværsoppfølging» found the one page, «leiaroppfølging» nothing. Nynorsk is no
  // misspelling: both forms are said, and nothing offers the word «instead» («sjukefråværsoppfylging» was
  // «du skrev …», its «oppfylging» read as a typo of «oppfølging»). The bokmål word is said as the site writes it, one
  // word, as typed in bokmål, though its parts are searched (fresh eyes: «omsorgsarbeidar» eller «omsorg arbeidere»).
  for (const [nynorsk, bokmal] of [
    ['sjukefråværsoppfølging', 'sykefraværs\u00AD?oppfølging'],
    ['sjukefråværsoppfylging', 'sykefraværs\u00AD?oppfølging'],
    ['leiaroppfølging', 'leder oppfølging'],
    // One page has «omsorgsarbeidere», and the parts together.
    ['omsorgsarbeidar', 'omsorgsarbeidere'],
  ]) {
    await search(page, nynorsk ?? '');
    await expect(page.getByRole('status')).toSay(new RegExp(`^${nynorsk === 'omsorgsarbeidar' ? 1 : '\\d{2,}'} treff på «${nynorsk}» eller «${bokmal}»$`));
    await expect(page.locator('#search-corrected')).toBeHidden();
  }
  // A compound many pages have is searched as it is.
  await search(page, 'kvalitetsarbeid');
  await expect(page.getByRole('status')).toSay(/^\d+ treff på «kvalitetsarbeid»$/);
});

// Fresh eyes (a journalist): «pressekontakt», a heading on /presse/, said «6 treff på «presse kontakt» (du skrev
// «pressekontakt»)», and «sjukefravaer» «79 treff på «syke fravær»», two words where the site writes one.
test('a compound a page has is said as typed, its pages first, and parts of a word many pages have are that word', async ({ page }) => {
  const status = page.getByRole('status');
  for (const typed of ['pressekontakt', 'Pressekontakt']) {
    const results = await search(page, typed);
    await expect(status).toSay(new RegExp(`^\\d+ treff på «${typed}»$`));
    await expect(page.locator('#search-corrected')).toBeHidden();
    await expect(results.locator('> li').first().getByRole('link')).toHaveText('Presse');
  }
  await search(page, 'sjukefravaer');
  await expect(status).toSay(/^\d{2,} treff på «sykefravær» \(du skrev «sjukefravaer»\)$/);
  // Other compounds, bokmål and nynorsk, each said as one word.
  for (const [typed, said] of [
    ['nærværsarbeid', '«nærværsarbeid»'],
    ['kvalitetskommune', '«kvalitetskommune»'],
    ['sjukeheim', '«sjukeheim» eller «sykehjem»'],
    ['naervaersarbeid', '«nærværsarbeid» \\(du skrev «naervaersarbeid»\\)'],
  ]) {
    await search(page, typed!);
    await expect(status, typed).toSay(new RegExp(`^\\d+ treff på ${said}$`));
  }
});

test('a compound no page has is searched as the site’s words it is made of, and the page says what it searched for', async ({ page }) => {
  const status = page.getByRole('status');
  // Pagefind had matched «arbeidsmiljø» alone: «23 treff på «arbeidsmiljøutvalgsmøte»», no notice. The word, split
  // with no letter changed, is no typo: it is said as typed, and that its parts were searched, not «du skrev» it (fresh
  // eyes: «sykehjemsavdeling», «Lederopplæring»). The parts as written: «utvalg», not «utvalgs» with the compound's
  // linking «s».
  for (const [typed, parts] of [
    ['arbeidsmiljøutvalgsmøte', '«arbeidsmiljø», «utvalg» og «møte»'],
    ['barnehageforeldremøte', '«barnehage», «foreldre» og «møte»'],
    ['Lederopplæring', '«leder» og «opplæring»'],
    ['sykehjemsavdeling', '«sykehjem» og «avdeling»'],
  ]) {
    await search(page, typed!);
    await expect(status, typed).toSay(new RegExp(`^(Ingen|[1-9]\\d*) treff på «${typed}»\\. Ingen side har ordet, så det er søkt etter ${parts}\\.$`));
    // Nothing offers the word «i stedet»: it is what was searched.
    await page.waitForLoadState('networkidle');
    await expect(page.locator('#search-corrected'), typed).toBeHidden();
  }
  // A typo inside a compound: «foreldrmøte» found the one page with «foreldremøter».
  const typo = await search(page, 'foreldrmøte');
  await expect(status).toSay(/^\d{2,} treff på «foreldre møte» \(du skrev «foreldrmøte»\)$/);
  await expect(hit(typo, 'Foreldreskole for bedre samarbeid mellom skole og hjem')).toBeVisible();
  // A part on no page: «blåbærsykefravær» found nothing; the known part is searched and the other named.
  const unknown = await search(page, 'blåbærsykefravær');
  await expect(status).toSay(/^\d{2,} treff på «sykefravær» \(du skrev «blåbærsykefravær»\)\. Ordet «blåbær» står ikke på noen side og er utelatt\.$/);
  await expect(hit(unknown, 'Ti punkter for et redusert sykefravær')).toBeVisible();
  // Matched by Pagefind only by its start (three letters more, which it takes for an inflection, or many): the
  // start is what the page says it searched for.
  for (const typed of ['arbeidsmiljøqqq', 'arbeidsmiljøqqqqqqqqqqqqqqqqq']) {
    await search(page, typed);
    await expect(status).toSay(new RegExp(`^\\d+ treff på «arbeidsmiljø» \\(du skrev «${typed}»\\)$`));
  }
  // One letter from a site word, the word is that word, not parts («kvalitetskommuneprogramet» was searched as
  // «kvalitetskommune», leaving out «programet»).
  await search(page, 'kvalitetskommuneprogramet');
  await expect(status).toSay(/^\d{2,} treff på «kvalitets\u00AD?kommune\u00AD?programmet» \(du skrev «kvalitetskommuneprogramet»\)$/);
  // A part is not corrected in its first letters, which may belong to the part before («sjukeheim|setaten» was read
  // as «sykehjem staten»). Whether its «s» begins the part («setaten») or links it («etaten») the page cannot know, so
  // it names no part.
  await search(page, 'sjukeheimsetaten');
  await expect(status).toSay(/^\d+ treff på «sykehjem» \(du skrev «sjukeheimsetaten»\)\. Ingen side har ordet, så det er søkt etter «sykehjem»\.$/);
  // Fresh eyes: «helsesøster» said «Ordet «øster» står bare inne i lengre ord, som «østerdalen»».
  await search(page, 'helsesøster');
  await expect(status).toSay(/^\d+ treff på «helse» \(du skrev «helsesøster»\)\. Ingen side har ordet, så det er søkt etter «helse»\.$/);
  // A part that is no word of its own but is inside a longer word on a page is not said to be on no page: «søknadsfrist»
  // said «16 treff på «søknads»» and «Ordet «frist» står ikke på noen side», though a page has «tidsfrist».
  await search(page, 'søknadsfrist');
  await expect(status).toSay(/^\d+ treff på «søknad» \(du skrev «søknadsfrist»\)\. Ordet «frist» står bare inne i lengre ord, som «tidsfrist», og er utelatt\.$/);
  // A part the site has only inflected, or too short to be looked up as a part, is a site word all the same: «helsefagarbeider»
  // said «108 treff på «arbeider»» and that «helsefag» stood only inside «helsefaget», «fagarbeidar» that «fag» did (ten
  // pages have it), though both are words of their own. A capital typed first (a phone's) is no name no participant has.
  for (const typed of ['helsefagarbeider', 'helsefagarbeidar', 'Helsefagarbeidarar']) {
    const found = await search(page, typed);
    await expect(status).toSay(new RegExp(`^[1-9] treff på «[Hh]elsefaget arbeider» \\(du skrev «${typed}»\\)$`));
    await expect(hit(found, 'Systematisk kompetanseheving i omsorgstjenestene')).toBeVisible();
    await expect(page.getByText(/Ingen av kommunene og bydelene/).filter({ visible: true })).toHaveCount(0);
  }
  // A word the site has only as the start of a longer one, whose stem is another word: «demens» found 73 pages with
  // «dem» before the two with «Demensomsorgens» (fresh eyes).
  for (const typed of ['demens', 'Demens']) {
    const found = await search(page, typed);
    await expect(status).toSay(new RegExp(`^[1-9] treff på «[Dd]emensomsorgens» \\(du skrev «${typed}»\\)$`));
    await expect(hit(found, 'Systematisk kompetanseheving i omsorgstjenestene')).toBeVisible();
    await expect(page.getByText(/Ingen av kommunene og bydelene/).filter({ visible: true })).toHaveCount(0);
  }
  await search(page, 'fagarbeidar');
  await expect(status).toSay(/^\d+ treff på «fag arbeider» \(du skrev «fagarbeidar»\)$/);
  // A place no page names is not read as other words («Sandefjord» as «Sande fjor»).
  await search(page, 'Sandefjord');
  await expect(status).toSay('Ingen treff på «Sandefjord»');
});

test('synonyms: SPC and «statistisk prosesskontroll», IA and «inkluderende arbeidsliv», nærvær and sykefravær', async ({ page }) => {
  await expect(hit(await search(page, 'statistisk prosesskontroll'), 'SPC – statistisk prosesskontroll')).toBeVisible();
  await expect(hit(await search(page, 'SPC'), 'SPC – statistisk prosesskontroll')).toBeVisible();
  await expect(hit(await search(page, 'inkluderende arbeidsliv'), 'Oppfølgingsrutiner')).toBeVisible();
  await expect(hit(await search(page, 'nærvær'), 'Nesten halvert sykefravær med plan, ledere og oppfølging')).toBeVisible();
});

// Fresh eyes: «sykemelding» (the site writes «sykmeldt» and «sykemeldte») was read as «syke» and «melding» and listed
// the guide to press releases; nynorsk «sjukmelde» was «syk melde», 43 pages.
test('«sykemelding», «sykmelding» and nynorsk «sjukemelding» and «sjukmelde» find the pages about those on sick leave, not «melding»', async ({ page }) => {
  for (const query of ['sykemelding', 'sykmelding', 'sjukemelding', 'sjukmelde']) {
    const results = await search(page, query);
    // Said as one word, or as its bokmål word: not as «syke» and «melding».
    await expect(page.getByRole('status'), query).toSay(new RegExp(`^\\d+ treff på «${query}»(?: eller «sy(?:ke)?k?meld\\p{L}*»)?$`, 'u'));
    await expect(hit(results, 'Hvordan skrive en pressemelding'), query).toHaveCount(0);
  }
  await expect(hit(await search(page, 'sjukmelde'), 'Oppfølgingsrutiner')).toBeVisible();
});

test('bokmål and nynorsk pages are found by one search, and can be told apart by a filter', async ({ page }) => {
  const results = await search(page, 'kommunar');
  await expect(hit(results, '49 nye kommunar tekne opp i Kvalitetskommuneprogrammet')).toBeVisible();
  await expect(results.getByText('Godt eksempel').first()).toBeVisible();
  // The nynorsk page's title and excerpt are marked lang="nn" (a review: they were read as bokmål); a bokmål page's are not.
  const nynorsk = results.locator('> li').filter({ has: page.getByRole('link', { name: '49 nye kommunar tekne opp i Kvalitetskommuneprogrammet', exact: true }) });
  await expect(nynorsk.getByRole('link')).toHaveAttribute('lang', 'nn');
  await expect(nynorsk.locator('p:not(.meta)')).toHaveAttribute('lang', 'nn');
  await expect(results.locator('> li').filter({ hasText: 'Godt eksempel' }).first().locator('[lang]')).toHaveCount(0);
  await page.goto('/sok/?sprak=Nynorsk');
  await expect(page.getByRole('status')).toSay('1 treff med filter: Nynorsk');
});

test('«sykefravaer» typed without æ is read as «sykefravær»', async ({ page }) => {
  await search(page, 'sykefravaer', '&type=Godt+eksempel');
  await expect(page.getByRole('status')).toSay(/treff på «sykefravær» \(du skrev «sykefravaer»\)/);
  await expect(hit(page.locator('#search-results'), 'Nesten halvert sykefravær med plan, ledere og oppfølging')).toBeVisible();
});

test('a plain «o» is never read as «ø»: «mote» is searched as typed', async ({ page }) => {
  await search(page, 'mote');
  await expect(page.getByRole('status')).toSay(/treff på «mote»$/);
});

test('a place name typed without æ, ø and å is read as the place, as the site writes it', async ({ page }) => {
  await search(page, 'notteroy');
  await expect(page.getByRole('status')).toSay(/treff på «Nøtterøy» \(du skrev «notteroy»\)/);
  await expect(hit(page.locator('#search-results'), 'Nøtterøy')).toBeVisible();
});

// A previous round: a participant's name typed on a phone without æ, ø and å and a letter short found nothing
// («manal», «svio», «soum», «strd», «klpp», «sell», «anoy», «baeum», «midtre auldal»), or was read as a word one letter
// from it that sixty pages use («badu» as «både», «skak» as «skal», «dore» as «døre», «loen» as «løn»).
test('a participant\'s name a letter short or slipped is searched as the name; one only begun by the site\'s words is offered', async ({ page }) => {
  for (const [typed, name] of [
    ['manal', 'Mandal'],
    ['svio', 'Sveio'],
    ['soum', 'Sørum'],
    ['strd', 'Stord'],
    ['klpp', 'Klepp'],
    ['sell', 'Sel'],
    ['anoy', 'Andøy'],
    ['baeum', 'Bærum'],
    ['badu', 'Bardu'],
    ['dore', 'Dovre'],
    ['loen', 'Løten'],
    ['skak', 'Skjåk'],
    ['midtre auldal', 'Midtre Gauldal'],
  ] as const) {
    await search(page, typed);
    await expect(page.getByRole('status'), typed).toSay(new RegExp(`^\\d+ treff på «${name}» \\(du skrev «${typed}»\\)$`));
    await expect(page.locator('#search-results > li').first().getByRole('link'), typed).toHaveText(name);
  }
  // A word pages begin («reell», «modell») keeps its hits, and the name is one tap away («ree» put SPC first).
  const note = page.locator('#search-corrected');
  for (const [typed, name] of [
    ['ree', 'Re'],
    ['mode', 'Molde'],
  ] as const) {
    await search(page, typed);
    await expect(page.getByRole('status'), typed).toSay(new RegExp(`^\\d+ treff på «${typed}»$`));
    await expect(note.getByRole('link'), typed).toHaveText(`Mente du «${name}»?`);
  }
  await note.getByRole('link').click();
  await expect(page.locator('#search-results > li').first().getByRole('link')).toHaveText('Molde');
  // A name of its own one letter from a participant's is searched as typed, and the participant offered (fresh eyes:
  // «Oda», a first name in the dictionary, said only that no participant has the name, not «Mente du «Odda»?»).
  for (const [typed, name] of [
    ['Oda', 'Odda'],
    ['oda', 'Odda'],
    ['Sula', 'Sola'],
  ] as const) {
    await search(page, typed);
    await expect(page.getByRole('status'), typed).toSay(new RegExp(`^(Ingen|\\d+) treff på «${typed}»$`));
    await expect(note.getByRole('link'), typed).toHaveText(`Mente du «${name}»?`);
  }
  await note.getByRole('link').click();
  await expect(page.locator('#search-results > li').first().getByRole('link')).toHaveText('Sola');
  // A word of the site is never read as a name one letter from it.
  await search(page, 'både');
  await expect(page.getByRole('status')).toSay(/^\d+ treff på «både»$/);
  await page.waitForLoadState('networkidle');
  await expect(note).toBeHidden();
});

// «Søk etter «sykefravaer» i stedet» led to a page of no hits: a tap wasted on a phone.
test('the query as typed is offered instead only where it finds pages itself: not «sykefravaer», «Baerum» or «born»', async ({ page }) => {
  const note = page.locator('#search-corrected');
  for (const [typed, read] of [
    ['sykefravaer', 'sykefravær'],
    ['Baerum', 'Bærum'],
    ['born', 'barn'],
  ]) {
    await search(page, typed ?? '');
    await expect(page.getByRole('status')).toSay(new RegExp(`treff på «${read}» \\(du skrev «${typed}»\\)`));
    await page.waitForLoadState('networkidle');
    await expect(note).toBeHidden();
  }
  // Pagefind stems and matches word starts, so these «found» pages, but the link led to «troms», «kvalitet» or the
  // hits for «sykefravær»: offered only for a word the site has as typed (fresh eyes).
  for (const typed of ['tromso', 'sykefravar', 'kvalitetskomune']) {
    await search(page, typed);
    await expect(page.getByRole('status')).toSay(new RegExp(`\\(du skrev «${typed}»\\)`));
    await page.waitForLoadState('networkidle');
    await expect(note).toBeHidden();
  }
  // «Hagebostad» is on a page as typed (the accessibility statement quotes it): that page is one tap away.
  await search(page, 'Hagebostad');
  await note.getByRole('link', { name: 'Søk etter «Hagebostad» i stedet' }).click();
  await expect(page.getByRole('status')).toSay(/^[1-9]\d* treff på «Hagebostad»$/, { timeout: 20_000 });
  await expect(note).toBeHidden();
});

// «18 treff på «hægebostad»»: the word lists are in lower case.
test('a place typed in lower case is said as the site writes it: «Hægebostad»', async ({ page }) => {
  await search(page, 'hægebostad');
  await expect(page.getByRole('status')).toSay(/^\d+ treff på «Hægebostad»$/);
  await expect(page).toHaveTitle(/^«Hægebostad» – \d+ treff – /);
  await expect(page.locator('#search-corrected')).toBeHidden();
  await search(page, 'haegebostad');
  await expect(page.getByRole('status')).toSay(/^\d+ treff på «Hægebostad» \(du skrev «haegebostad»\)$/);
  // A name the index splits as a compound («Ring-erike» in its copy of the title) too (fresh eyes: «ringerike», «jevnaker»).
  for (const [typed, name] of [['ringerike', 'Ringerike'], ['jevnaker', 'Jevnaker']] as const) {
    await search(page, typed);
    await expect(page.getByRole('status'), typed).toSay(new RegExp(`^\\d+ treff på «${name}»$`));
  }
});

// «skle» found one page (the SPC tool, by Pagefind's fallback to a start of it, nothing highlighted) and was searched as typed.
test('a typo no page has is corrected though Pagefind matched something for it: «skle» is «skole»', async ({ page }) => {
  await search(page, 'skle');
  await expect(page.getByRole('status')).toSay(/^\d{2,} treff på «skole» \(du skrev «skle»\)$/);
});

// Fresh eyes: «mandla» (Mandal, two letters swapped) said «Ingen treff», and «Mandla» that no participant has the name:
// Pagefind had matched «man» of it, which was taken for the word inflected. A start of a word with other letters than
// an inflection is read as the site's word only for two letters swapped: «Oppdal», one letter and one more from the
// site's «Oppnå», is a place no page names (search.spec.ts), and «arbeidsmiljøqqq» is searched as «arbeidsmiljø» (above).
test('two swapped letters in a place name are corrected though Pagefind matched a start of it: «mandla» is Mandal', async ({ page }) => {
  for (const typed of ['mandla', 'Mandla']) {
    const results = await search(page, typed);
    await expect(page.getByRole('status'), typed).toSay(new RegExp(`^\\d+ treff på «Mandal» \\(du skrev «${typed}»\\)$`));
    await expect(hit(results, 'Mandal')).toBeVisible();
    await page.waitForLoadState('networkidle');
    await expect(page.locator('#search-no-participant'), typed).toBeHidden();
    await expect(page.locator('#search-not-named'), typed).toBeHidden();
  }
  // A word with an inflection is searched as typed, not corrected.
  for (const typed of ['barnehagen', 'sykefraværet', 'kommunene']) {
    await search(page, typed);
    await expect(page.getByRole('status'), typed).toSay(new RegExp(`^\\d+ treff på «${typed}»$`));
  }
});

test('«bomlo» and «haegebostad» find Bømlo and Hægebostad first', async ({ page }) => {
  await search(page, 'bomlo');
  await expect(page.locator('#search-results > li').first().getByRole('link')).toHaveText('Bømlo');
  await search(page, 'haegebostad');
  await expect(page.locator('#search-results > li').first().getByRole('link')).toHaveText('Hægebostad');
});

// «sjukefråvær» said «du skrev «sjukefråvær»» and «Viser treff for «sykefravær»», as for a misspelling, and the one
// page with «sjukefråværet» ranked last (79 of 79).
test('a nynorsk query is no misspelling: it finds the bokmål pages, the page with the word as typed first, then the ten points', async ({ page }) => {
  for (const [nynorsk, bokmal] of [
    ['sjukefråvær', 'sykefravær'],
    ['leiarar', 'ledere'],
  ]) {
    const results = await search(page, nynorsk ?? '');
    await expect(page.getByRole('status')).toSay(new RegExp(`^\\d{2,} treff på «${nynorsk}» eller «${bokmal}»$`));
    await expect(page.locator('#search-corrected')).toBeHidden();
    await expect(results.locator('> li').first().getByRole('link')).toHaveText('49 nye kommunar tekne opp i Kvalitetskommuneprogrammet');
  }
  await search(page, 'sjukefråvær');
  // Its excerpt marks the word as typed (the bokmål search matched the page through metadata and marked nothing).
  await expect(page.locator('#search-results > li').first().locator('mark').first()).toHaveText(/^sjukefråvær/i);
  await expect(page.locator('#search-results > li').nth(1).getByRole('link')).toHaveText('Ti punkter for et redusert sykefravær');
});

test('a quoted phrase keeps every word, «med» included', async ({ page }) => {
  const results = await search(page, '"samarbeid med pårørende"');
  // Said without a quote inside a quote (the page wrote «"samarbeid med pårørende"»).
  await expect(page.getByRole('status')).toSay(/^[1-9]\d* treff på uttrykket «samarbeid med pårørende»$/);
  await expect(results.locator('mark').filter({ hasText: /^med$/ }).first()).toBeVisible();
});

test('a decimal number finds that number, not other numbers with the same digits', async ({ page }) => {
  const results = await search(page, '9,6');
  const excerpts = await results.locator('li > p:not(.meta)').allTextContents();
  expect(excerpts.length).toBeGreaterThan(0);
  for (const excerpt of excerpts) expect(excerpt).toMatch(/9,6/);
  await search(page, '0,5');
  for (const excerpt of await page.locator('#search-results li > p:not(.meta)').allTextContents()) expect(excerpt).not.toMatch(/Q4 05/);
});

// Fresh eyes: «100» said «Ingen treff» (Pagefind put «10,0» and «1000» first), «100 prosent» that «100» is on no
// page, «200» listed 221 pages with 2007–2010, and «6.9» (with a point) found nothing.
test('a whole number finds the pages with that number, not longer numbers it begins; a decimal typed with a point too', async ({ page }) => {
  const results = await search(page, '100');
  await expect(page.getByRole('status')).toSay(/^[1-9]\d? treff på «100»$/);
  await expect(results.getByRole('link', { name: 'Tall og fakta' })).toHaveCount(1);
  for (const excerpt of await results.locator('li > p:not(.meta)').allTextContents()) expect(excerpt).toMatch(/(^|[^\d,.])100(?![\d]|[.,]\d)/);
  await search(page, '100 prosent');
  await expect(page.getByRole('status')).not.toContainText('står ikke');
  await expect(page.getByRole('status')).toSay(/^[1-9]\d* treff/);
  await search(page, '200');
  await expect(page.getByRole('status')).toSay(/^[1-9] treff på «200»$/);
  await search(page, '9.6');
  await expect(page.getByRole('status')).toSay(/^[1-9]\d* treff på «9\.6»$/);
});

// Fresh eyes (a journalist): «95 %» said «Ingen treff på «95»», «95 prosent» that «95» is on no page, though /tall/
// shows «Alle kommuner (95 % av alle kommuner)»: a number of two digits was a word, judged by the first hit's «9,5».
test('a number a page shows is found with its unit, in any spelling, and without it', async ({ page }) => {
  const status = page.getByRole('status');
  for (const [typed, said] of [
    ['95 %', '95\u00a0%'],
    ['95%', '95\u00a0%'],
    ['95 prosent', '95\u00a0prosent'],
    ['95', '95'],
  ]) {
    const results = await search(page, typed!);
    await expect(status, typed).toSay(`${await results.locator('> li').count()} treff på «${said}»`);
    // The table that shows it, by its title: Pagefind lists only the table with «9,5», and the result went to the page's
    // top, titled «Tall og tabeller» (fresh eyes).
    await expect(hit(results, 'Tabell 4.6: Utviklingen i sykefraværet'), typed).toHaveAttribute('href', '/tall/#sykefravaer-utvikling-tittel');
    // Only pages with the number as written: not «9,5», which Pagefind reads as «95».
    for (const excerpt of await results.locator('li > p:not(.meta)').allTextContents()) expect(excerpt, typed).toMatch(/(^|[^\d,.])95(?![\d]|[.,]\d)/);
  }
  // A decimal: in a table whose heading names the unit, and written with the unit as a word.
  await expect(hit(await search(page, '9,9 %'), 'Tabell 4.6: Utviklingen i sykefraværet')).toHaveAttribute('href', '/tall/#sykefravaer-utvikling-tittel');
  await expect(hit(await search(page, '83,4 %'), 'Tall og fakta')).toBeVisible();
  // A number no page has finds nothing, said with its unit, no word of it called absent.
  for (const typed of ['12,5 prosent', '12,5 %']) {
    await search(page, typed);
    await expect(status).toSay(`Ingen treff på «${typed.replace(' ', '\u00a0')}»`);
  }
});

test('synonyms weigh less than the page’s own words and never show in excerpts; no internal codes or labels run together', async ({ page }) => {
  const results = await search(page, 'hjemmesykepleie');
  await expect(results.locator('li').first().getByRole('link')).not.toHaveText('Bodø');
  for (const query of ['hjemmesykepleie', 'pulje', 'sykefravær Mandal', 'Hå']) {
    await search(page, query);
    const text = (await page.locator('#search-results').textContent()) ?? '';
    expect(text).not.toMatch(/Se også:|Pulje(Pulje|Innsats)|Kilde: S\d{3}|TypeKommune|\u2060/);
  }
});

test('bokmål and nynorsk are one language: the nynorsk word finds what the bokmål word finds, pages with the word as typed first', async ({ page }) => {
  test.setTimeout(240_000);
  const hrefs = async (query: string, exact = false) => {
    const results = await search(page, query, exact ? '&eksakt=1' : '');
    return results.locator(':scope > li h2 a').evaluateAll((links) => links.map((a) => a.getAttribute('href') ?? ''));
  };
  const pairs = [
    ['fråvær', 'fravær'],
    ['tilsette', 'ansatte'],
    ['kommunar', 'kommuner'],
    ['leiar', 'leder'],
    ['arbeidsgjevar', 'arbeidsgiver'],
    ['kvalitetsarbeid i barnehagane', 'kvalitetsarbeid i barnehagene'],
    ['brukarmedverknad', 'brukermedvirkning'],
  ];
  for (const [nynorsk = '', bokmal = ''] of pairs) {
    const expected = await hrefs(bokmal);
    expect(expected.length, bokmal).toBeGreaterThan(0);
    // The pages that have the nynorsk word as typed («tilsette» in a quote) come first, then the bokmål word's order.
    const asTyped = new Set(await hrefs(nynorsk, true));
    const found = (await hrefs(nynorsk)).slice(0, 3);
    const first = found.filter((href) => asTyped.has(href));
    expect(found.slice(0, first.length), `«${nynorsk}»: the pages with the word as typed lead`).toEqual(first);
    expect(found.slice(first.length), `«${nynorsk}» against «${bokmal}»`).toEqual(expected.filter((href) => !asTyped.has(href)).slice(0, 3 - first.length));
  }
});

test('a story filed under a theme or a place ranks above news that only mention it', async ({ page }) => {
  const news = new Set(['Nyhet', 'Pressemelding', 'Nyhetsbrev']);
  for (const query of ['sykefravær', 'hægebostad', 'ledelse']) {
    const results = await search(page, query);
    const types = await results.locator(':scope > li .meta').evaluateAll((kickers) => kickers.map((p) => (p.textContent ?? '').split(' · ')[0]?.replace(/\u00AD/g, '').replace(/ nr\. \d+$/, '')));
    const firstStory = types.indexOf('Godt eksempel');
    const firstNews = types.findIndex((type) => news.has(type ?? ''));
    expect(firstStory, `«${query}»: ${types.join(', ')}`).toBeGreaterThanOrEqual(0);
    expect(firstStory, `«${query}»: ${types.join(', ')}`).toBeLessThan(firstNews === -1 ? Infinity : firstNews);
  }
});

test('a Sami name is not corrected to a Norwegian word («Hábmer» was read as «Hemmer»), and a hyphenated name keeps its capitals', async ({ page }) => {
  await search(page, 'Hábmer');
  await expect(page.getByRole('status')).toSay('Ingen treff på «Hábmer»');
  await search(page, 'Aurskog-Holand');
  await expect(page.getByRole('status')).toSay(/^\d+ treff på «Aurskog-Høland»/);
});

test('«aas» is read as Ås even though a name begins with those letters (Aasrud)', async ({ page }) => {
  await search(page, 'AAS');
  await expect(page.getByRole('status')).toSay(/treff på «ÅS» \(du skrev «AAS»\)/);
  await expect(page.locator('#search-results > li').first().getByRole('link')).toHaveText('Ås');
  // «AAS» as typed finds nothing: not offered.
  await page.waitForLoadState('networkidle');
  await expect(page.locator('#search-corrected')).toBeHidden();
});

test('a quoted phrase typed without æ, ø and å finds the phrase, as the help text promises', async ({ page }) => {
  await search(page, '"uonsket deltid"');
  await expect(page.getByRole('status')).toSay(/^\d+ treff på uttrykket «uønsket deltid» \(du skrev uttrykket «uonsket deltid»\)/);
  await expect(page.locator('#search-results mark').first()).toHaveText(/uønsket/i);
  // Typed in capitals, read in capitals.
  await search(page, '"UONSKET DELTID"');
  await expect(page.getByRole('status')).toSay(/^\d+ treff på uttrykket «UØNSKET DELTID» \(du skrev/);
});

test('the correction keeps a capital letter, and «du skrev» quotes the query as typed, small words and all', async ({ page }) => {
  await search(page, 'Hagebostad');
  await expect(page.getByRole('status')).toSay(/treff på «Hægebostad» \(du skrev «Hagebostad»\)/);
  await search(page, 'sykefravaer i hjemmetjenesten');
  await expect(page.getByRole('status')).toSay(/treff på «sykefravær hjemmetjenesten» \(du skrev «sykefravaer i hjemmetjenesten»\)/);
  // As typed, «sykefravaer» is on no page: the query as typed is not offered.
  await page.waitForLoadState('networkidle');
  await expect(page.locator('#search-corrected')).toBeHidden();
});

// «kvalitetskommunar» was read as «kvalitet kommuner» (104 pages, a tool about quality first), though Pagefind's
// stemmer finds the site's «kvalitetskommune» for it.
test('a nynorsk ending on a word the site has with another ending finds that word’s pages: «kvalitetskommunar»', async ({ page }) => {
  const status = page.getByRole('status');
  await search(page, 'kvalitetskommune');
  const bokmal = (await status.textContent())?.match(/^(\d+) treff/)?.[1];
  const first = await page.locator('#search-results > li h2 a').first().getAttribute('href');
  await search(page, 'kvalitetskommunar');
  await expect(status).toSay(`${bokmal} treff på «kvalitetskommunar»`);
  await expect(page.locator('#search-results > li h2 a').first()).toHaveAttribute('href', first ?? '');
  await expect(page.locator('#search-corrected')).toBeHidden();
});

// «vår» was searched as «var» (Pagefind folds å to a, and «var» is more used), «du skrev «vår»».
test('a word typed with æ, ø or å that a page has is searched as typed: «vår»', async ({ page }) => {
  await search(page, 'vår');
  await expect(page.getByRole('status')).toSay(/^\d+ treff på «vår»$/);
  await expect(page.locator('#search-corrected')).toBeHidden();
});

// «arbeidsmiljøutval» searched «arbeidsmiljø» alone and said «utval» was only inside longer words, as «utvalg».
test('nynorsk «utval» is read as bokmål «utvalg», in a compound too: «arbeidsmiljøutval»', async ({ page }) => {
  await search(page, 'arbeidsmiljøutval');
  await expect(page.getByRole('status')).toSay(/^\d+ treff på «arbeidsmiljøutval» eller «arbeidsmiljø utvalg»$/);
  await expect(page.locator('#search-corrected')).toBeHidden();
});

// «Tromso» was searched as the county «Troms» (as if «o» were an ending), «ostre toten» left «ostre» out as on no page.
test('a place typed without ø is the place: «Tromso» is Tromsø, «ostre toten» Østre Toten', async ({ page }) => {
  await search(page, 'Tromso');
  await expect(page.getByRole('status')).toSay(/^\d+ treff på «Tromsø» \(du skrev «Tromso»\)$/);
  await search(page, 'ostre toten');
  // Said as the site writes the place (it said «østre toten»).
  await expect(page.getByRole('status')).toSay(/^\d+ treff på «Østre Toten» \(du skrev «ostre toten»\)$/);
  await expect(page.locator('#search-results > li h2 a').first()).toHaveText('Østre Toten');
});

// Fresh eyes: «4-6 kommuner» said «4-6» was on no page, though /tall-og-fakta/ has «4–6» (an en dash); «2007-2010»
// and «2007–2010» found different pages.
test('a range of numbers is found whatever dash is typed between them, and whatever dash the page has', async ({ page }) => {
  const status = page.getByRole('status');
  for (const typed of ['4-6 kommuner', '4–6 kommuner', '4\u20116 kommuner', '4 − 6 kommuner']) {
    const results = await search(page, typed);
    await expect(status, typed).not.toContainText('står ikke');
    await expect(hit(results, 'Tall og fakta'), typed).toBeVisible();
    await expect(results.locator('> li').filter({ has: page.getByRole('link', { name: 'Tall og fakta', exact: true }) }).locator('mark').first(), typed).toHaveText('4–6');
  }
  const found: string[][] = [];
  for (const typed of ['2007-2010', '2007–2010', '2007 – 2010']) {
    const results = await search(page, typed);
    await expect(status, typed).toSay(/^[1-9]\d* treff/);
    for (const excerpt of await results.locator('li > p:not(.meta)').allTextContents()) expect(excerpt, typed).toMatch(/2007\s*[-–‑−]\s*2010/);
    found.push(await results.locator('li h2 a').evaluateAll((links) => links.map((a) => a.getAttribute('href') ?? '')));
  }
  expect(found[1]).toEqual(found[0]);
  expect(found[2]).toEqual(found[0]);
});

// Fresh eyes: «Lag et SPC-diagram» showed «Kilde: Anhøj J, Olesen AV.», a rule's source line, as the page's excerpt
// (so did «medianen», «kryssinger» and «kontrollgrensene», words of the rules the sources follow).
test('an excerpt is the page’s text, not its source lines or footnotes, which still find the page', async ({ page }) => {
  for (const query of ['Lag et SPC-diagram', 'medianen', 'kryssinger', 'kontrollgrensene']) {
    const results = await search(page, query);
    const tool = results.locator('> li').filter({ has: page.getByRole('link', { name: 'Lag et SPC-diagram', exact: true }) });
    await expect(tool, query).toHaveCount(1);
    await expect(tool.locator('p:not(.meta)'), query).not.toContainText('Kilde');
    await expect(tool.locator('p:not(.meta)'), query).not.toContainText('Anhøj');
  }
  for (const query of ['sluttrapport', 'sykefravær Mandal']) {
    await search(page, query);
    for (const excerpt of await page.locator('#search-results li > p:not(.meta)').allTextContents()) expect(excerpt, query).not.toMatch(/Kilder?:|Fotnoter/);
  }
  await expect(hit(await search(page, 'Anhøj'), 'Lag et SPC-diagram')).toBeVisible();
});

// Fresh eyes: «10 punkter» put «Ti punkter for et redusert sykefravær» third.
test('a number in digits finds its page written in words first, and the other way round', async ({ page }) => {
  for (const typed of ['10 punkter', 'ti punkter', 'Ti punkter']) {
    const results = await search(page, typed);
    await expect(results.locator('> li h2 a').first(), typed).toHaveAttribute('href', '/sykefravaer/');
  }
});

// Fresh eyes (a journalist): «Kleppa», the minister, was searched as its stem and found the municipality Klepp and
// its network partners first; «Haga» found 29 pages with «hage» before the one that names her.
test('a name typed with its capital finds the pages that have it as typed first: «Kleppa», «Haga»', async ({ page }) => {
  for (const name of ['Kleppa', 'Haga']) {
    await search(page, name);
    await expect(page.getByRole('status')).toSay(new RegExp(`^\\d+ treff på «${name}»`));
    await expect(page.locator('#search-results > li h2 a').first(), name).toHaveAttribute('href', '/om-programmet/');
  }
});

// Fresh eyes: «heimesjukepleie» was searched as «hjemme syke pleie», though «hjemmesykepleie» finds five pages (a
// synonym of «hjemmetjenesten»); «Heiltidskultur» was said to be a typo of «Heltid kultur».
test('a nynorsk compound is read as the bokmål word the site is searched by', async ({ page }) => {
  const status = page.getByRole('status');
  await search(page, 'heimesjukepleie');
  await expect(status).toSay(/^[1-9] treff på «heimesjukepleie» eller «hjemmesykepleie»$/);
  await search(page, 'Heiltidskultur');
  await expect(status).toSay(/^[1-9] treff på «Heiltidskultur» eller «[Hh]eltid kultur»$/);
});

// Fresh eyes: «avviksmelding» found nothing, though two pages have «avviksmeldinger»: it was searched as «avvik melding», which no page has.
test('a word a few pages have inflected is not searched as parts fewer pages have together', async ({ page }) => {
  const avvik = await search(page, 'avviksmelding');
  await expect(page.getByRole('status')).toSay('2 treff på «avviksmelding»');
  await expect(hit(avvik, 'Evaluering og undersøkelser')).toBeVisible();
});

// Fresh eyes (an adviser on a phone): «omsorgsarbeidere», on Gjesdal's page alone as «hjelpepleiere/omsorgsarbeidere»,
// found 37 pages with «omsorg», Gjesdal's 25th; «Eldreomsorg», Gjesdal's word, 38, the rest by its synonyms.
test('a word a page has joined to another by a slash finds that page first, inflected too', async ({ page }) => {
  const status = page.getByRole('status');
  const gjesdal = 'Systematisk kompetanseheving i omsorgstjenestene';
  for (const typed of ['omsorgsarbeidere', 'Omsorgsarbeider', 'Eldreomsorg']) {
    const results = await search(page, typed);
    await expect(results.locator('> li').first().getByRole('link', { name: gjesdal }), typed).toBeVisible();
  }
  const results = await search(page, 'omsorgsarbeidere');
  await expect(status).toSay('1 treff på «omsorgsarbeidere»');
  // The excerpt has the words as the page has them, the index's break after the slash taken out, the mark on the word.
  const excerpt = results.locator('> li').first().locator('p').last();
  await expect(excerpt.locator('mark')).toHaveText(['omsorgsarbeidere']);
  await expect(excerpt).toContainText('hjelpepleiere/omsorgsarbeidere');
});
