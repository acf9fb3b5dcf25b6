// The search page with the input real people type: on a phone without æ, ø and å, letter by letter; only small
// words; a long pasted sentence; one word in quotes; a short place name; and a browser without JavaScript.
import { test, type Page } from '@playwright/test';
import { expect, saidBy } from './status-line.ts';
import { readable } from './built-site.ts';
import { pagefindQuery, parseQuery } from '../src/search/query.ts';

test.use({ viewport: { width: 375, height: 800 } });

const status = (page: Page) => page.getByRole('status');
const titles = async (page: Page) => (await page.locator('#search-results h2').allTextContents()).map(readable);

async function search(page: Page, query: string) {
  await page.goto(`/sok/?q=${encodeURIComponent(query)}`);
  await expect(status(page)).toSay(/\d+ treff|Ingen treff|Ingen sider|for vanlig/, { timeout: 20_000 });
}

// Every start of four letters or more, typed without æ, ø and å, reaches the place the visitor is typing.
const typedPlaces: [typed: string, place: string][] = [
  ['hagebostad', 'Hægebostad'],
  ['baerum', 'Bærum'],
  ['hoyanger', 'Høyanger'],
  ['ostre', 'Østre Toten'],
  ['tromso', 'Tromsø'],
];
for (const [typed, place] of typedPlaces) {
  test(`typing «${typed}» letter by letter finds ${place} from the fourth letter on`, async ({ page }) => {
    await page.goto('/sok/');
    const field = page.locator('#search-q');
    await field.pressSequentially(typed.slice(0, 3));
    for (const letter of typed.slice(3)) {
      await field.pressSequentially(letter);
      const start = await field.inputValue();
      await expect(status(page)).toSay(/^\d+ treff/, { timeout: 20_000 });
      await expect.poll(async () => (await titles(page)).slice(0, 3), { message: `«${start}»`, timeout: 20_000 }).toContain(place);
    }
  });
}

// Pagefind fell back to «mot», in a hidden topic, for «moteplass» (34 pages, nothing highlighted): the site's «møteplass» was never reached.
test('a word typed without ø that Pagefind matches only by a start of it is read with ø, typed whole or in part', async ({ page }) => {
  for (const typed of ['moteplass', 'motepl']) {
    await search(page, typed);
    await expect(status(page)).toSay(new RegExp(`^\\d+ treff på «møte ?pl(ass)?» \\(du skrev «${typed}»\\)$`));
  }
  // A word the site has inflected is searched as typed: «mote» is «mot», on the site.
  await search(page, 'mote');
  await expect(status(page)).toSay(/treff på «mote»$/);
});

test('a query of only small words searches nothing and says what to do instead', async ({ page }) => {
  for (const [query, said] of [
    ['og i på', 'Ordene «og», «i» og «på» er for vanlige til å søke på alene.'],
    ['hva er det', 'Ordene «hva», «er» og «det» er for vanlige til å søke på alene.'],
    ['det', 'Ordet «det» er for vanlig til å søke på alene.'],
  ]) {
    await search(page, query!);
    await expect(status(page)).toSay(`${said} Skriv et ord som sier hva du leter etter.`);
    await expect(page.locator('#search-results li')).toHaveCount(0);
    await expect(page.locator('#search-dropped')).toBeHidden();
    await expect(page.getByRole('link', { name: 'sykefravær', exact: true })).toBeVisible();
    // The tab says what was searched too (fresh eyes: «Søk – Kompetansebanken» alone).
    await expect(page).toHaveTitle(`«${query}» – Søk – Kompetansebanken`);
  }
});

test('a long pasted sentence that finds nothing is not repeated, offers no phrase, and shows the results for fewer words at once, naming and offering the words left out', async ({ page }) => {
  const sentence = 'Hvordan har kommunene jobbet med rekruttering av sykepleiere til turnus i helgene på sykehjemmet i vinterferien';
  await search(page, sentence);
  await expect(status(page)).toSay(
    /^Ingen sider har alle ordene du søkte etter\. Viser \d+ treff på færre ord: «[^»]+»\. (Ordet|Ordene) «.+ er utelatt\.( Ordene .+ er for vanlige til å søke på og er utelatt\.)?$/,
  );
  await expect(page.locator('#search-results li').first()).toBeVisible();
  await expect(page.locator('#search-dropped')).toBeHidden();
  await expect(page.locator('#search-corrected')).toBeHidden();
  // The words left out, each on its own, as many as fit a phone's screen (search-pasted.spec.ts).
  await expect(page.locator('#search-each')).toHaveText(/^Søk etter hvert ord for seg: \S+ \(\d+\)( · \S+ \(\d+\)){1,4}$/);
  await expect(page.locator('#search-no-hits')).toBeHidden();
  const text = (await page.locator('#search-results').locator('..').textContent()) ?? '';
  expect(text).not.toContain(sentence);
  // The question stays in the field: the reader sees what was asked and what was searched.
  await expect(page.locator('#search-q')).toHaveValue(sentence);
});

test('a long question only one page has all the words of shows that page, then the results for fewer words', async ({ page }) => {
  await search(page, 'Hvordan fikk Hægebostad kommune ned sykefraværet sitt så mye på bare to år, og hva gjorde lederne der konkret?');
  await expect(status(page)).toSay(/^Bare én side har alle ordene du søkte etter\. Viser også treff på færre ord: «[^»]+», \d+ treff i alt\.( Ordene .+ er for vanlige til å søke på og er utelatt\.)?$/);
  await expect(page.locator('#search-results li a[href="/eksempler/haegebostad-sykefravaer/"]')).toBeVisible();
});

// Fresh eyes: the results for fewer words came in Pagefind's order, a page with two of a question's words above one with
// four. Each shown page's words are counted as Pagefind finds each word alone; after the pages with all of them, the
// list must not rise in that count.
for (const question of [
  'Hvordan kan en kommune redusere sykefraværet i barnehagen og skolen gjennom bedre ledelse og medvirkning fra de ansatte',
  'Hvordan fikk Hægebostad kommune ned sykefraværet sitt så mye på bare to år, og hva gjorde lederne der konkret?',
]) {
  test(`the results for fewer words put the pages with more of the question's words first: «${question.slice(0, 40)}…»`, async ({ page }) => {
    await search(page, question);
    const said = await saidBy(status(page));
    expect(said).toContain('treff på færre ord');
    const withAll = said.startsWith('Bare én side') ? 1 : Number(/^Bare (\d+) sider/.exec(said)?.[1] ?? 0);
    const fewer = /færre ord: «([^»]+)»/.exec(said)?.[1] ?? '';
    const shown = await page.locator('#search-results li h2 a').evaluateAll((links) => links.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
    const parsed = parseQuery(question);
    const terms = [...parsed.exact.map((phrase) => pagefindQuery({ exact: [phrase], words: [], dropped: [] })), ...parsed.words];
    const had = await page.evaluate(
      async ({ terms, fewer }) => {
        const pagefind = await import(/* @vite-ignore */ `${location.origin}/pagefind/pagefind.js`);
        const ids = async (term: string) => ((await pagefind.search(term))?.results ?? []).map((r: { id: string }) => r.id);
        const sets = await Promise.all(terms.map(async (term) => new Set(await ids(term))));
        const results = (await pagefind.search(fewer))?.results ?? [];
        const pairs = await Promise.all(
          results.map(async (r: { id: string; data: () => Promise<{ url: string }> }) => [new URL((await r.data()).url, location.origin).pathname, sets.filter((set) => set.has(r.id)).length] as const),
        );
        return Object.fromEntries(pairs);
      },
      { terms, fewer },
    );
    const counts = shown.slice(withAll).map((path) => had[path] ?? 0);
    expect(counts.length, shown.join('\n')).toBeGreaterThan(2);
    expect(counts, shown.slice(withAll).map((path) => `${had[path]} ${path}`).join('\n')).toEqual([...counts].sort((a, b) => b - a));
  });
}

test('a few words that find nothing together are not offered as a phrase either', async ({ page }) => {
  await search(page, 'turnus i vinterferien sykehjemmet kvalitetsformelen');
  await expect(status(page)).toSay(/^Ingen treff/);
  await expect(page.locator('#search-dropped')).toBeHidden();
  // No filter was chosen, so none is to be removed (fresh eyes: the advice sent them looking for one).
  await expect(page.locator('#search-no-hits')).toBeVisible();
  await expect(page.locator('#search-no-hits').getByText('Ta bort et filter')).toBeHidden();
});

test('one word in quotes of any kind is that word', async ({ page }) => {
  await search(page, 'sykefravær');
  const plain = await status(page).textContent();
  expect(plain).toMatch(/^\d+ treff på «sykefravær»$/);
  for (const quoted of ['”sykefravær”', '“sykefravær”', '„sykefravær“', '«sykefravær»', '"sykefravær"', "'sykefravær'"]) {
    await search(page, quoted);
    await expect(status(page), quoted).toSay(plain!);
  }
});

test('«Os» is the municipality Os i Østerdalen, not every word beginning with «os»', async ({ page }) => {
  for (const query of ['Os', 'os', 'Os kommune']) {
    await search(page, query);
    expect((await titles(page))[0]).toBe('Os i Østerdalen');
    await expect(page.locator('#search-whole-name')).toContainText('Viser sider med stedsnavnet «Os».');
    const hits = Number(/^(\d+) treff/.exec((await status(page).textContent()) ?? '')?.[1]);
    expect(hits).toBeLessThan(10);
  }
});

// Pagefind folds å to a: «Ål», a municipality no page names, found 94 pages with «Alta», «alle» and «Alna».
test('a word typed with å that no page has finds nothing, not the words with a', async ({ page }) => {
  for (const query of ['Ål', 'ål']) {
    await search(page, query);
    await expect(status(page), query).toSay(/^Ingen treff/);
  }
  // A place the site has is found, with å or without.
  for (const query of ['Hå', 'ha']) {
    await search(page, query);
    expect((await titles(page))[0], query).toBe('Hå');
  }
});

// Pagefind matches every word as the start of longer ones: «NAV» found 26 pages, most for «navn», the NAV page second;
// «IKT» found 42, with «oversikten» (a part «ikten» in the index). An abbreviation finds the pages that have it as a word.
test('an abbreviation, in capitals or not, finds the pages that have it, not words that begin like it', async ({ page }) => {
  for (const query of ['NAV', 'nav']) {
    await search(page, query);
    expect((await titles(page))[0], query).toBe('Samarbeid med andre aktører');
    const marked = (await page.locator('#search-results > li').first().locator('mark').allTextContents()).map((m) => m.replace(/[^\p{L}]/gu, '').toUpperCase());
    expect([...new Set(marked)], query).toEqual(['NAV']);
    // 26 before, most of them pages with «navn» only.
    expect(Number(/^(\d+) treff/.exec((await status(page).textContent()) ?? '')?.[1]), query).toBeLessThan(15);
    await expect(page.locator('#search-whole-name')).toContainText('Viser sider med forkortelsen «NAV».');
  }
  await search(page, 'IKT');
  expect(Number(/^(\d+) treff/.exec((await status(page).textContent()) ?? '')?.[1])).toBeLessThan(5);
  await page.locator('#search-whole-name a').click();
  await expect(status(page)).toSay(/^\d{2,} treff på «IKT»/, { timeout: 20_000 });
  // «KS», «HMS», «SPC», «NIBR» begin no other word: found as before, the pages with the most of them first.
  await search(page, 'KS');
  expect((await titles(page))[0]).toBe('Staten, KS og arbeidstakerorganisasjonene inngår avtale om kvalitet i kommunene');
  await expect(page.locator('#search-whole-name')).toBeHidden();
});

// «sjukefråvær» whole was read as «sykefravær» (79 pages), but typed letter by letter its starts «sjukef» … «sjukefråv»
// found the one nynorsk page: the start of a nynorsk word is read as the start of its bokmål words.
test('a nynorsk word typed letter by letter is read as bokmål from its first letters: «sjukef» finds the pages on sick leave, the nynorsk page first', async ({ page }) => {
  await page.goto('/sok/');
  const field = page.locator('#search-q');
  await field.pressSequentially('sjuke');
  for (const letter of 'fråvær') {
    await field.pressSequentially(letter);
    const start = await field.inputValue();
    await expect(status(page), start).toSay(new RegExp(`^\\d{2,} treff på «${start}» eller «sykefravær»$`), { timeout: 20_000 });
    expect((await titles(page))[0], start).toBe('49 nye kommunar tekne opp i Kvalitetskommuneprogrammet');
  }
  // A start no page has: «heimeb» was corrected to «hemmer».
  for (const start of ['heimeb', 'heimebas']) {
    await search(page, start);
    await expect(status(page), start).toSay(new RegExp(`^\\d+ treff på «${start}» eller «hjemmebaserte»$`));
  }
});

// Fresh eyes: «<b>» listed all 247 pages without saying why; «***» asked for a word as if none had been typed.
test('a query of only markup or punctuation lists nothing and says it has no words to search for', async ({ page }) => {
  for (const query of ['<b>', '<>', '</p>', '***', '()']) {
    await page.goto(`/sok/?q=${encodeURIComponent(query)}`);
    await expect(status(page), query).toSay(`Søket «${query}» har ingen ord å søke etter, bare tegn eller kode. Skriv ett eller flere ord som sier hva du leter etter.`, { timeout: 20_000 });
    await expect(page.locator('#search-results li'), query).toHaveCount(0);
    await expect(page.getByRole('link', { name: 'sykefravær', exact: true })).toBeVisible();
  }
  // Markup around words is left out, and the words are searched.
  await search(page, '<b>sykefravær</b>');
  await expect(status(page)).toSay(/^\d+ treff på «sykefravær»$/);
});

// Fresh eyes: «alert(1)» was said back as «alert(1».
test('the query is said back as typed, and never read as markup', async ({ page }) => {
  await search(page, 'alert(1)');
  await expect(status(page)).toSay(/ på «alert\(1\)»/);
  const markup = '<img src=x onerror="document.title=1">';
  await page.goto(`/sok/?q=${encodeURIComponent(markup)}`);
  await expect(status(page)).toContainText(`Søket «${markup}» har ingen ord`, { timeout: 20_000 });
  await expect(page.locator('main img')).toHaveCount(0);
  expect(await page.title()).not.toBe('1');
});

// Fresh eyes: «sick leave» was searched as «lave» («27 treff på «lave» (du skrev «sick leave»)»).
test('an English term is not corrected into a Norwegian word, and finds the pages on its Norwegian term', async ({ page }) => {
  await search(page, 'sick leave');
  await expect(status(page)).toSay(/^\d+ treff på «sick leave» eller «sykefravær»$/);
  await expect(page.locator('#search-corrected')).toBeHidden();
  expect((await titles(page))[0]).toMatch(/sykefravær/i);  // The services the stories are about, too (fresh eyes: «kindergarten» and «nursing home» found nothing).
  await search(page, 'kindergarten');
  await expect(status(page)).toSay(/^\d+ treff på «kindergarten» eller «barnehage»$/);
  await search(page, 'nursing home');
  await expect(status(page)).toSay(/^\d+ treff på «nursing home» eller «sykehjem»$/);
});

// Fresh eyes: a report's number and a list of figures were searched as formulas, «uttrykket «2007/094»».
test('numbers joined by «/» are searched as a number, said as typed, not as a formula', async ({ page }) => {
  await search(page, '2007/094');
  await expect(status(page)).toSay(/^2 treff på «2007\/094»$/);
  await expect(page.locator('#search-results mark').first()).toHaveText(/2007\/094/);
  for (const typed of ['8,2/7,9/7,3', '8,2 / 7,9 / 7,3']) {
    await search(page, typed);
    await expect(status(page), typed).toSay(/^\d+ treff på «8,2\/7,9\/7,3»$/);
    expect(await titles(page), typed).toContain('Nærvær som delmål i kvalitetsarbeidet');
  }
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('a search in the address is said not to have run, with ways on', async ({ page }) => {
    await page.goto('/sok/?q=sykefravær');
    await expect(page.locator('#search-no-js')).toContainText('Har du søkt, er søket ikke utført');
    await expect(page.locator('#search-no-js').getByRole('link', { name: 'Register A–Å' })).toBeVisible();
    // A journalist's way to the figures (fresh eyes: the list had none).
    await page.locator('#search-no-js').getByRole('link', { name: 'Tall og fakta' }).click();
    await expect(page.getByRole('heading', { level: 1 })).toContainText('Tall og fakta');
  });
});
