// Text pasted from Word or a PDF searches as the adviser means it: the same
// hits and the same words searched for as typing the meant query, with no
// correction offered for characters nobody typed (src/search/query-text.ts).
import { test, type Page } from '@playwright/test';
import { expect, saidBy } from './status-line.ts';
import { pastedQueries } from './search-queries.ts';

async function status(page: Page) {
  await expect(page.getByRole('status')).toSay(/\d+ treff|Ingen treff/, { timeout: 20_000 });
  return saidBy(page.getByRole('status'));
}

test.use({ viewport: { width: 375, height: 800 }, permissions: ['clipboard-read', 'clipboard-write'] });

for (const { pasted, means } of pastedQueries) {
  test(`pasting ${JSON.stringify(pasted)} searches ${JSON.stringify(means)}`, async ({ page }) => {
    await page.goto(`/sok/?q=${encodeURIComponent(means)}`);
    const typed = await status(page);
    expect(typed).toMatch(/^\d+ treff/);
    await page.goto('/sok/');
    await page.evaluate((text) => navigator.clipboard.writeText(text), pasted);
    await page.locator('#search-q').focus();
    await page.keyboard.press('Control+V');
    await expect(page).toHaveURL(/\?q=/);
    expect(await status(page)).toBe(typed);
    await expect(page.locator('#search-corrected')).toBeHidden();
  });
}

// A pasted sentence with words on no page («velferdsteknologi», «robotstøvsugere») had four words left, too few to be
// read as a sentence, and ended with no hits.
test('a pasted sentence with words on no page shows the results for fewer of its words, and says so', async ({ page }) => {
  await page.goto('/sok/');
  await page.evaluate((text) => navigator.clipboard.writeText(text), 'Vi ønsker å redusere sykefraværet på sykehjemmet med velferdsteknologi og robotstøvsugere.');
  await page.locator('#search-q').focus();
  await page.keyboard.press('Control+V');
  const said = await status(page);
  expect(said).toMatch(/^Ingen sider har alle ordene du søkte etter\. Viser [1-9]\d* treff på færre ord: «[^»]+»\./);
  await expect(page.locator('#search-results > li').first()).toBeVisible();
});

// A pasted sentence shown by fewer of its words did not say which it had left out («sykmeldte», «systematisk»), and
// offered no way to search for them.
test('a pasted sentence shown by fewer of its words names the words left out, each once, and offers each word on its own', async ({ page }) => {
  await page.goto('/sok/');
  const sentence = 'Vi ønsker å redusere sykefraværet blant sykmeldte på sykehjemmet ved systematisk oppfølging av Sykmeldte.';
  await page.evaluate((text) => navigator.clipboard.writeText(text), sentence);
  await page.locator('#search-q').focus();
  await page.keyboard.press('Control+V');
  const said = await status(page);
  expect(said).toMatch(/færre ord: «[^»]+»\. Ordene («[^»]+», )*«[^»]+» og («[^»]+»|\d+ andre ord) er utelatt\./);
  for (const word of ['sykmeldte', 'systematisk']) expect(said.match(new RegExp(`«${word}»`, 'gi')), word).toHaveLength(1);
  const offer = page.locator('#search-each');
  await expect(offer).toHaveText(/^Søk etter hvert ord for seg: /);
  // As many links as fit a phone's screen.
  expect(await offer.getByRole('link').count()).toBeGreaterThan(1);
  expect(await offer.getByRole('link').count()).toBeLessThanOrEqual(5);
  const link = offer.getByRole('link', { name: /^sykmeldte \(\d+\)$/ });
  const hits = /\((\d+)\)/.exec((await link.textContent()) ?? '')?.[1];
  await link.click();
  await expect(page).toHaveURL(/[?&]q=sykmeldte$/);
  await expect(page.getByRole('status')).toSay(`${hits} treff på «sykmeldte»`, { timeout: 20_000 });
});

// Fresh eyes: a pasted nynorsk sentence was said to leave out «ansatte», «turnus» and «planlegging», words not in it.
test('a pasted sentence shown by fewer of its words names the words left out as typed, not as read', async ({ page }) => {
  const sentence = 'Korleis kan kommunen redusere sjukefråværet blant tilsette i heimetenesta med betre leiaroppfølging og turnusplanlegging';
  await page.goto(`/sok/?q=${encodeURIComponent(sentence)}`);
  const said = await status(page);
  expect(said).toMatch(/færre ord: «[^»]+»\. Ordene .* er utelatt\./);
  for (const word of ['turnusplanlegging', 'tilsette']) expect(said, word).toContain(`«${word}»`);
  for (const word of ['turnus', 'planlegging', 'ansatte']) expect(said, word).not.toContain(`«${word}»`);
});
