// The SPC tool as a municipal employee uses it: paste 24 months of sick
// leave, get the right limits and signals, read the table, download the files.
import { readFile } from 'node:fs/promises';
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';

const tool = '/verktoy/spc/lag-diagram/';

// 24 months as pasted from two Excel columns (tab-separated, decimal commas).
// Baseline 2022: mean 8,3, average moving range 0,6, limits 8,3 ± 2,66 × 0,6 = 6,704 and 9,896
// (worked out in src/spc/charts.test.ts). All of 2023 lies below 8,3, and sep 2023 (6,6) below 6,704.
const months = ['jan', 'feb', 'mar', 'apr', 'mai', 'jun', 'jul', 'aug', 'sep', 'okt', 'nov', 'des'];
const values2022 = ['8,4', '7,9', '8,6', '8,1', '8,8', '8,2', '7,8', '8,5', '8,0', '8,7', '8,0', '8,6'];
const values2023 = ['7,9', '7,6', '8,0', '7,4', '7,7', '7,2', '7,5', '7,1', '6,6', '7,3', '7,0', '7,4'];
const pasted = [
  'Måned\tSykefravær %',
  ...values2022.map((v, i) => `${months[i]} 2022\t${v}`),
  ...values2023.map((v, i) => `${months[i]} 2023\t${v}`),
].join('\n');

async function makeChart(page: Page, { type = 'I-diagram (XmR)', data = pasted, baseline = '12' } = {}) {
  await page.goto(tool);
  await page.getByRole('radio', { name: type }).check();
  await page.getByLabel('Tallene dine, i tidsrekkefølge').fill(data);
  await page.getByLabel(/^Grunnlagsperiode/).fill(baseline);
  await page.getByRole('button', { name: 'Lag diagram' }).click();
}

test('24 months of sick leave give the right limits and signals, with a table', async ({ page }) => {
  await makeChart(page);
  await expect(page.getByRole('status')).toHaveText('Diagrammet er laget. 2 signaler.');
  const result = page.getByRole('region', { name: 'Diagrammet', exact: true });
  await expect(result).toContainText('Midtlinjen er 8,3, og kontrollgrensene er 6,7 og 9,9, regnet ut fra de 12 første av 24 punkter');

  const chart = result.getByRole('img', { name: 'Sykefravær per måned' });
  await expect(chart).toBeVisible();
  await expect(chart.locator('.spc-line-label')).toHaveText(['Midtlinje 8,3', 'Øvre grense 9,9', 'Nedre grense 6,7']);
  // Every month of 2023 is part of the shift: 12 red diamonds, plus the one in the legend.
  await expect(chart.locator('path.spc-signal')).toHaveCount(13);

  const signals = result.getByRole('list', { name: 'Signaler' });
  await expect(signals.getByRole('listitem')).toHaveText([
    '«sep 2023» (6,6) ligger under nedre kontrollgrense (6,7). Et punkt utenfor grensene tyder på en spesiell årsak (regel 1).',
    '12 punkter på rad, fra «jan 2023» til «des 2023», ligger under midtlinjen (8,3). Det er et skift: nivået ser ut til å ha endret seg (regel 2: minst 8 på rad).',
  ]);
  await expect(result).toContainText('Provost LP, Murray SK. The Health Care Data Guide');
  await expect(result).toContainText('Wheeler DJ. Understanding Variation');

  const table = result.getByRole('table');
  await expect(table.locator('tbody tr')).toHaveCount(24);
  await expect(table.getByRole('columnheader')).toHaveText(['Nr.', 'Periode', 'Verdi', 'Glidende variasjonsbredde', 'Midtlinje', 'Nedre grense', 'Øvre grense', 'Grunnlag', 'Signal']);
  await expect(table.getByRole('row', { name: /sep 2023/ }).getByRole('cell')).toHaveText(['21', '6,6', '0,5', '8,3', '6,7', '9,9', 'nei', 'utenfor grensene, skift']);

  const axe = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  expect(axe.violations.map((v) => v.id)).toEqual([]);
});

test('the chart downloads as CSV, SVG and PNG, made in the browser', async ({ page }) => {
  await makeChart(page);
  const requests: string[] = [];
  page.on('request', (r) => requests.push(r.url()));

  const [csv] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Last ned CSV (Excel)' }).click()]);
  expect(csv.suggestedFilename()).toBe('sykefravaer-per-maned.csv');
  const csvText = await readFile((await csv.path())!, 'utf8');
  const lines = csvText.replace(/^\ufeff/, '').trim().split('\r\n');
  expect(lines[0]).toBe('Nr.;Periode;Verdi;Glidende variasjonsbredde;Midtlinje;Nedre grense;Øvre grense;Grunnlag;Signal');
  expect(lines[21]).toBe('21;sep 2023;6,6;0,5;8,3;6,704;9,896;nei;utenfor grensene, skift');

  const [svg] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Last ned SVG' }).click()]);
  expect(svg.suggestedFilename()).toBe('sykefravaer-per-maned.svg');
  const svgText = await readFile((await svg.path())!, 'utf8');
  expect(svgText).toMatch(/^<svg xmlns="http:\/\/www.w3.org\/2000\/svg" viewBox="0 0 960 520"/);
  expect(svgText).toContain('Nedre grense 6,7');

  const [png] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Last ned PNG' }).click()]);
  expect(png.suggestedFilename()).toBe('sykefravaer-per-maned.png');
  const pngBytes = await readFile((await png.path())!);
  expect([...pngBytes.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  // Width and height from the IHDR chunk: twice 960 × 520 for sharp print.
  expect(pngBytes.readUInt32BE(16)).toBe(1920);
  expect(pngBytes.readUInt32BE(20)).toBe(1040);

  // Nothing was sent anywhere to make the files.
  expect(requests.filter((url) => !url.startsWith('blob:') && !url.startsWith('data:'))).toEqual([]);
});

test('bad lines are named in Norwegian and nothing is drawn until they are fixed', async ({ page }) => {
  await makeChart(page, { data: 'jan;8,2\nfeb;åtte\nmar;7,9\napr;7.5.1', baseline: '' });
  const errors = page.getByRole('heading', { name: 'Dette må rettes før diagrammet kan lages' }).locator('..');
  await expect(errors).toBeFocused();
  await expect(errors.getByRole('listitem')).toHaveText(['Linje 2: «åtte» er ikke et tall. Skriv for eksempel 8,2.', 'Linje 4: «7.5.1» er ikke et tall. Skriv for eksempel 8,2.']);
  await expect(page.getByLabel('Tallene dine, i tidsrekkefølge')).toHaveAttribute('aria-invalid', 'true');
  await expect(page.getByRole('region', { name: 'Diagrammet', exact: true })).toBeHidden();

  // Each problem is a link to its field, the summary's way (keyboard: the cursor lands where the fix is typed).
  await errors.getByRole('link', { name: /^Linje 4:/ }).press('Enter');
  await expect(page.getByLabel('Tallene dine, i tidsrekkefølge')).toBeFocused();

  await page.getByLabel('Tallene dine, i tidsrekkefølge').fill('jan;8,2\nfeb;8,0\nmar;7,9');
  await page.getByLabel(/^Grunnlagsperiode/).fill('5');
  await page.getByRole('button', { name: 'Lag diagram' }).click();
  await expect(errors.getByRole('listitem')).toHaveText(['Grunnlagsperioden må være et helt antall punkter fra 2 til 3.']);
  // The baseline's problem marks and links the baseline, not the numbers (they were marked for it).
  await expect(page.getByLabel(/^Grunnlagsperiode/)).toHaveAttribute('aria-invalid', 'true');
  await expect(page.getByLabel('Tallene dine, i tidsrekkefølge')).not.toHaveAttribute('aria-invalid');
  await errors.getByRole('link', { name: /^Grunnlagsperioden/ }).click();
  await expect(page.getByLabel(/^Grunnlagsperiode/)).toBeFocused();
  await page.getByLabel(/^Grunnlagsperiode/).fill('x');
  await page.getByRole('button', { name: 'Lag diagram' }).click();
  await expect(errors.getByRole('link')).toHaveText(['Grunnlagsperioden må være et helt tall, ikke «x».']);
  await expect(page.getByLabel(/^Grunnlagsperiode/)).toHaveAttribute('aria-invalid', 'true');
});

// Fresh eyes on a phone: «10 11 12 13⏎9 10 11 12» was drawn as two points labelled «10 11 12» and «9 10 11», and
// «10,3 9,8 11,2» said «du har lagt inn 1».
test('numbers typed with spaces between are one series on one line, and several on lines of their own are named', async ({ page }) => {
  await makeChart(page, { data: '10,3 9,8 11,2', baseline: '' });
  await expect(page.getByRole('table').locator('tbody tr')).toHaveCount(3);
  await makeChart(page, { data: '10 11 12 13\n9 10 11 12', baseline: '' });
  const errors = page.getByRole('heading', { name: 'Dette må rettes før diagrammet kan lages' }).locator('..');
  await expect(errors.getByRole('listitem')).toHaveText([/^Linje 1 har 4 tall, «10 11 12 13»\. Skriv ett tall på hver linje/, /^Linje 2 har 4 tall, «9 10 11 12»/]);
  await expect(page.getByRole('region', { name: 'Diagrammet', exact: true })).toBeHidden();
});

test('numbers pasted with spaces between thousands are read whole', async ({ page }) => {
  await makeChart(page, { data: '1 234\n1 310\n1\u00A0198\n1 250', baseline: '' });
  const table = page.getByRole('table');
  await expect(table.locator('tbody tr')).toHaveCount(4);
  await expect(table.locator('tbody tr').first()).toContainText('1 234');
  await expect(page.locator('#spc-summary')).toContainText(/Midtlinjen er 1\s248/);
});

// Fresh eyes: an empty line, which a copy from Excel often has, was refused («Linje 5 er tom»), and nothing was drawn.
test('an empty line, and a month left without its number, are skipped with a note above the chart, every number kept', async ({ page }) => {
  await makeChart(page, { data: 'Måned\tSykefravær %\r\njan 2024\t8,2\t\r\nfeb 2024\t7,9\t\r\nmar 2024\t\t\r\napr 2024\t8,1\t\r\n\r\nmai 2024\t8,8\t\r\n', baseline: '' });
  await expect(page.locator('#spc-errors')).toBeHidden();
  await expect(page.getByRole('status')).toHaveText(/^Diagrammet er laget\./);
  const result = page.getByRole('region', { name: 'Diagrammet', exact: true });
  const notes = result.locator('#spc-warning-list li');
  await expect(notes.nth(0)).toHaveText('Linje 6 var tom og er hoppet over.');
  await expect(notes.nth(1)).toHaveText('Linje 4 («mar 2024») har ikke tall og er hoppet over.');
  await expect(result.getByRole('table').locator('tbody th')).toHaveText(['jan 2024', 'feb 2024', 'apr 2024', 'mai 2024']);
});

// Fresh eyes: «1 234,5» and «-3» as «Sykefravær (%)» were drawn, with a lower limit of −1 105,88, without a word.
test('values a percentage cannot have are named in a warning above the chart, which is still drawn', async ({ page }) => {
  await makeChart(page, { data: 'jan;6,1\nfeb;1 234,5\nmar;5,9\napr;-3', baseline: '' });
  const warnings = page.locator('#spc-warnings');
  await expect(warnings).toBeVisible();
  await expect(warnings).toContainText('«Sykefravær (%)» er en prosent, som ligger mellom 0 og 100, men linje 2 (1\u00A0234,5) og linje 4 (\u22123) ligger utenfor');
  await expect(page.getByRole('region', { name: 'Diagrammet', exact: true })).toBeVisible();

  await page.getByLabel(/^Hva som måles/).fill('Antall fraværsdager');
  await page.getByRole('button', { name: 'Lag diagram' }).click();
  await expect(warnings).not.toContainText('prosent');
});

test('a run chart uses the Anhøj rules and a p-chart has limits for each denominator', async ({ page }) => {
  await makeChart(page, { type: 'Seriediagram' });
  const result = page.getByRole('region', { name: 'Diagrammet', exact: true });
  await expect(result).toContainText('Medianen er 8,3');
  await expect(result.getByRole('listitem').filter({ hasText: 'lengste serien man kan vente, 8 punkter' })).toHaveCount(1);
  await expect(result).toContainText('Anhøj J, Olesen AV. Run charts revisited. PLOS ONE 2014');

  await makeChart(page, { type: 'p-diagram', data: 'jan;10;100\nfeb;20;200\nmar;15;100\napr;35;200\nmai;5;200', baseline: '4' });
  await expect(result).toContainText('Midtlinjen er 13,33 %');
  const rows = result.getByRole('table').locator('tbody tr');
  // Limits from p̄ = 80/600 (worked out in src/spc/charts.test.ts): narrower for 200 than for 100.
  await expect(rows.nth(0).getByRole('cell').nth(5)).toHaveText('3,14');
  await expect(rows.nth(1).getByRole('cell').nth(5)).toHaveText('6,12');
  await expect(rows.nth(4).getByRole('cell').last()).toHaveText('utenfor grensene');
});

test("an example fills every field it needs, and asks before it replaces the user's own numbers", async ({ page }) => {
  await page.goto(tool);
  const example = page.getByRole('button', { name: 'Fyll inn eksempeltall' });
  const measure = page.getByLabel('Hva som måles (tekst ved den loddrette aksen)');
  await page.getByRole('radio', { name: /^p-diagram/ }).check();
  await example.click();
  await expect(measure).toHaveValue('Andel fraværsdager (%)');
  await page.getByRole('radio', { name: 'I-diagram (XmR)' }).check();
  await example.click();
  await expect(measure).toHaveValue('Sykefravær (%)');
  const numbers = page.getByLabel('Tallene dine, i tidsrekkefølge');
  await numbers.fill('jan;8,2\nfeb;7,9');
  page.once('dialog', (dialog) => void dialog.dismiss());
  await example.click();
  await expect(numbers).toHaveValue('jan;8,2\nfeb;7,9');
  page.once('dialog', (dialog) => void dialog.accept());
  await example.click();
  await expect(numbers).not.toHaveValue('jan;8,2\nfeb;7,9');
});

// Fresh eyes: with the numbers field empty, «Fyll inn eksempeltall» put 12 over a baseline one had typed, without a word.
test('the example asks before it replaces a baseline or a measure the user typed, and keeps them if told not to', async ({ page }) => {
  await page.goto(tool);
  const example = page.getByRole('button', { name: 'Fyll inn eksempeltall' });
  const numbers = page.getByLabel('Tallene dine, i tidsrekkefølge');
  const baseline = page.getByLabel(/^Grunnlagsperiode/);
  const measure = page.getByLabel(/^Hva som måles/);
  await baseline.fill('6');
  await measure.fill('Andel ventetid (%)');
  const asked: string[] = [];
  page.once('dialog', (dialog) => {
    asked.push(dialog.message());
    void dialog.dismiss();
  });
  await example.click();
  expect(asked).toEqual(['Vil du bytte ut det du har skrevet i «Grunnlagsperiode» og «Hva som måles» med eksempelet?']);
  await expect(numbers).toHaveValue('');
  await expect(baseline).toHaveValue('6');
  await expect(measure).toHaveValue('Andel ventetid (%)');

  page.once('dialog', (dialog) => void dialog.accept());
  await example.click();
  await expect(baseline).toHaveValue('12');
  await expect(measure).toHaveValue('Sykefravær (%)');
  // The example's own values are not the user's: filling it in again asks nothing.
  page.once('dialog', () => asked.push('asked again'));
  await example.click();
  await page.waitForTimeout(200);
  expect(asked).toHaveLength(1);
});

// Fresh eyes: after «Fyll inn eksempeltall», three pasted values of one's own got «Grunnlagsperioden må være et helt
// antall punkter fra 2 til 3», about the 12 the example had put in a field they never touched.
test("the example's baseline goes when the user's own numbers replace the example's; one the user typed stays", async ({ page }) => {
  await page.goto(tool);
  const example = page.getByRole('button', { name: 'Fyll inn eksempeltall' });
  const numbers = page.getByLabel('Tallene dine, i tidsrekkefølge');
  const baseline = page.getByLabel(/^Grunnlagsperiode/);
  const result = page.getByRole('region', { name: 'Diagrammet', exact: true });
  await example.click();
  await expect(baseline).toHaveValue('12');
  await numbers.fill('jan;8,2\nfeb;7,9\nmar;8,1');
  await expect(baseline).toHaveValue('');
  await page.getByRole('button', { name: 'Lag diagram' }).click();
  await expect(page.locator('#spc-errors')).toBeHidden();
  await expect(result).toContainText('regnet ut fra alle 3 punktene');

  // A baseline the user types is theirs.
  page.on('dialog', (dialog) => void dialog.accept());
  await example.click();
  await baseline.fill('3');
  await numbers.fill('1\n2\n3\n4');
  await expect(baseline).toHaveValue('3');

  // With some of the example's numbers left, its baseline stays, and an error about it says where it came from.
  await example.click();
  await numbers.fill('jan 2022\t8,4\nfeb 2022\t7,9\nmar 2022\t8,6');
  await expect(baseline).toHaveValue('12');
  await page.getByRole('button', { name: 'Lag diagram' }).click();
  await expect(page.locator('#spc-error-list').getByRole('listitem')).toHaveText([
    'Grunnlagsperioden må være et helt antall punkter fra 2 til 3. Tallet 12 ble fylt inn av eksempelet. Tøm feltet «Grunnlagsperiode» for å bruke alle punktene.',
  ]);
});

// Fresh eyes: sick leave in per cent got «Nedre grense −786,79», and the table said «−786,789» where the summary
// said «-786,79».
test("a percentage's lower limit is 0, not below, and the summary, chart and table write each number alike", async ({ page }) => {
  const data = 'jan;2\nfeb;9\nmar;1\napr;10\nmai;2\njun;8';
  await makeChart(page, { data, baseline: '' });
  const result = page.getByRole('region', { name: 'Diagrammet', exact: true });
  // Mean 5,33, average moving range 7,6: 5,33 ± 2,66 × 7,6 gives −14,88 and 25,55.
  await expect(result).toContainText(
    'Midtlinjen er 5,33, og kontrollgrensene er 0 og 25,55, regnet ut fra alle 6 punktene. Den utregnede nedre grensen, \u221214,88, er satt til 0, fordi en prosent ikke kan være lavere.',
  );
  await expect(result.locator('.spc-line-label')).toHaveText(['Midtlinje 5,33', 'Øvre grense 25,55', 'Nedre grense 0']);
  await expect(result.getByRole('table').locator('tbody tr').first().getByRole('cell')).toHaveText(['1', '2', '', '5,33', '0', '25,55', 'ja', '']);

  // What can be negative keeps its limit, written with a minus sign in the summary, the chart and the table alike.
  await page.getByLabel(/^Hva som måles/).fill('Endring i sykefravær');
  await page.getByRole('button', { name: 'Lag diagram' }).click();
  await expect(result).toContainText('Midtlinjen er 5,33, og kontrollgrensene er \u221214,88 og 25,55, regnet ut fra alle 6 punktene. Reglene');
  await expect(result.locator('.spc-line-label')).toHaveText(['Midtlinje 5,33', 'Øvre grense 25,55', 'Nedre grense \u221214,88']);
  await expect(result.getByRole('table').locator('tbody tr').first().getByRole('cell')).toHaveText(['1', '2', '', '5,33', '\u221214,88', '25,55', 'ja', '']);
});

// Fresh eyes: a share near 100 per cent got «Øvre grense 118,04», which a percentage cannot reach.
test("a percentage's upper limit is 100, not above, and the summary says why as it does for the lower", async ({ page }) => {
  await makeChart(page, { data: 'jan;95\nfeb;99\nmar;88\napr;100\nmai;91\njun;98', baseline: '' });
  const result = page.getByRole('region', { name: 'Diagrammet', exact: true });
  // Mean 95,17, average moving range 8,6: 95,17 ± 2,66 × 8,6 gives 72,29 and 118,04.
  await expect(result).toContainText(
    'Midtlinjen er 95,17, og kontrollgrensene er 72,29 og 100, regnet ut fra alle 6 punktene. Den utregnede øvre grensen, 118,04, er satt til 100, fordi en prosent ikke kan være høyere.',
  );
  await expect(result.locator('.spc-line-label')).toHaveText(['Midtlinje 95,17', 'Øvre grense 100', 'Nedre grense 72,29']);
  await expect(result.getByRole('table').locator('tbody tr').first().getByRole('cell')).toHaveText(['1', '95', '', '95,17', '72,29', '100', 'ja', '']);
});

test('the tool keeps working offline once the page has loaded', async ({ page, context }) => {
  await page.goto(tool);
  await context.setOffline(true);
  await page.getByRole('button', { name: 'Fyll inn eksempeltall' }).click();
  await page.getByRole('button', { name: 'Lag diagram' }).click();
  await expect(page.getByRole('status')).toHaveText('Diagrammet er laget. 2 signaler.');
  await expect(page.getByRole('img', { name: 'Sykefravær per måned' })).toBeVisible();
  await context.setOffline(false);
});

test('the tool can be used with the keyboard alone, and fits 320 px', async ({ page }) => {
  await page.setViewportSize({ width: 320, height: 640 });
  await page.goto(tool);
  await page.getByRole('radio', { name: 'I-diagram (XmR)' }).focus();
  await page.keyboard.press('ArrowUp');
  await expect(page.getByRole('radio', { name: 'Seriediagram' })).toBeChecked();
  await page.getByRole('button', { name: 'Fyll inn eksempeltall' }).press('Enter');
  await expect(page.getByLabel('Tallene dine, i tidsrekkefølge')).toBeFocused();
  await page.getByRole('button', { name: 'Lag diagram' }).press('Enter');
  await expect(page.getByRole('status')).toHaveText('Diagrammet er laget. Ett signal.');
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(overflow).toBeLessThanOrEqual(0);
  // The table's name is read whole, above the table that scrolls sideways, not cut off with it («… tallene i diag»).
  const table = page.getByRole('table', { name: /^Tallene i diagrammet: / });
  await expect(table).toHaveCount(1);
  const heading = page.locator('#spc-table-heading');
  const { right, width } = await heading.evaluate((element) => {
    const range = document.createRange();
    range.selectNodeContents(element);
    return { right: range.getBoundingClientRect().right, width: document.documentElement.clientWidth };
  });
  expect(right).toBeLessThanOrEqual(width);
});

test('without JavaScript there is no form to send the numbers away with, only the note on what to do', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false, baseURL: test.info().project.use.baseURL });
  const page = await context.newPage();
  await page.goto(tool);
  const note = page.locator('p.ds-alert[data-color="warning"]');
  await expect(note).toBeVisible();
  expect((await note.textContent())?.replaceAll('\u00AD', '')).toContain('Verktøyet trenger JavaScript for å regne og tegne.');
  await expect(page.getByRole('button', { name: 'Lag diagram' })).toBeHidden();
  await expect(page.getByLabel('Tallene dine, i tidsrekkefølge')).toBeHidden();
  await context.close();
});

test('if the tool\'s script does not load, the form cannot send the numbers anywhere', async ({ page }) => {
  await page.route(/\/_astro\/.*\.js$/, (route) => route.abort());
  await page.goto(tool);
  await page.getByLabel('Tallene dine, i tidsrekkefølge').fill('jan;8,2\nfeb;7,9');
  await expect(page.getByRole('button', { name: 'Lag diagram' })).toBeDisabled();
  await page.getByLabel(/^Grunnlagsperiode/).press('Enter');
  await page.waitForTimeout(500);
  expect(new URL(page.url()).search).toBe('');
});

test('the SPC method page links to the tool', async ({ page }) => {
  await page.goto('/verktoy/spc/');
  await page.getByRole('link', { name: 'verktøyet for SPC-diagram' }).click();
  await expect(page).toHaveURL(tool);
  await expect(page.getByRole('heading', { level: 1, name: 'Lag et SPC-diagram' })).toBeVisible();
});

// Fresh eyes: on a phone (320 px) «Nedre grense» stood over the last point. Measured with the browser's own font:
// no line label's box covers a point's marker or another label, for each kind of chart.
test('at 320 px no line label covers a point or another label', async ({ page }) => {
  await page.setViewportSize({ width: 320, height: 800 });
  const proportions = Array.from({ length: 16 }, (_, i) => `${i % 2 ? 30 - (i % 5) : 12 + (i % 4)};${i % 2 ? 200 : 100}`).join('\n');
  for (const [type, data, baseline] of [
    ['I-diagram (XmR)', pasted, '12'],
    ['Seriediagram', pasted, '12'],
    ['p-diagram', proportions, '8'],
  ] as const) {
    await makeChart(page, { type, data, baseline });
    const chart = page.getByRole('region', { name: 'Diagrammet', exact: true }).getByRole('img').first();
    await expect(chart.locator('.spc-line-label').first()).toBeVisible();
    const clashes = await chart.evaluate((svg) => {
      const box = (e: Element) => e.getBoundingClientRect();
      const hit = (a: DOMRect, b: DOMRect) => a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
      const labels = [...svg.querySelectorAll('.spc-line-label')];
      const markers = [...svg.querySelectorAll('.spc-data ~ .spc-point, .spc-data ~ .spc-signal')].filter((m) => !m.closest('.spc-legend'));
      return [
        ...labels.flatMap((l) => markers.filter((m) => hit(box(l), box(m))).map(() => `${l.textContent} covers a point`)),
        ...labels.flatMap((a, i) => labels.slice(i + 1).filter((b) => hit(box(a), box(b))).map((b) => `${a.textContent} / ${b.textContent}`)),
      ];
    });
    expect(clashes, type).toEqual([]);
  }
});

/**
 * What is wrong with a chart's line labels, measured with the browser's own font: a label over a point or another
 * label, or standing where it reads as another line's. Inside the plot a label stands within 6 px of its own line and
 * at least 8 px from every other; beside the plot (right of every point) its own line is the nearest.
 */
function lineLabelProblems(svg: SVGElement): string[] {
  const box = (e: Element) => e.getBoundingClientRect();
  const hit = (a: DOMRect, b: DOMRect) => a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
  const labels = [...svg.querySelectorAll('.spc-line-label')];
  const markers = [...svg.querySelectorAll('.spc-data ~ .spc-point, .spc-data ~ .spc-signal')].filter((m) => !m.closest('.spc-legend'));
  const plotRight = Math.max(...markers.map((m) => box(m).right));
  const limits = [...svg.querySelectorAll('path.spc-limit')];
  const lines = {
    centre: [...svg.querySelectorAll('path.spc-centre')],
    upper: limits.slice(0, limits.length / 2),
    lower: limits.slice(limits.length / 2),
  };
  // How far a line is from a label, vertically, where both are (0 through it).
  const distance = (label: DOMRect, paths: Element[]) =>
    Math.min(
      ...paths.map((path) => {
        const line = box(path);
        return line.bottom < label.top ? label.top - line.bottom : line.top > label.bottom ? line.top - label.bottom : 0;
      }),
    );
  return labels.flatMap((label, i) => {
    const text = label.textContent ?? '';
    const own = /^(Midtlinje|Median)/.test(text) ? 'centre' : text.startsWith('Øvre') ? 'upper' : 'lower';
    const at = box(label);
    const margin = at.left >= plotRight - 0.5;
    const others = (['centre', 'upper', 'lower'] as const).filter((line) => line !== own && lines[line].length > 0);
    const ownDistance = distance(at, lines[own]);
    return [
      ...markers.filter((m) => hit(at, box(m))).map(() => `${text} covers a point`),
      ...labels.slice(i + 1).filter((b) => hit(at, box(b))).map((b) => `${text} / ${b.textContent}`),
      ...(margin
        ? others.filter((line) => distance(at, lines[line]) <= ownDistance).map((line) => `${text}, beside the plot, is as near the ${line} line as its own`)
        : [
            ...(ownDistance > 6 ? [`${text} is ${ownDistance} px from its own line`] : []),
            ...others.filter((line) => distance(at, lines[line]) < 8).map((line) => `${text} is near the ${line} line`),
          ]),
    ];
  });
}

// Fresh eyes at 320 px: a percentage's lower limit of 0 lay at the foot of the plot, and «Nedre grense 0» stood above
// it among the points and lines. At a phone's and a computer's width no label covers a point or another label, and
// each stands by its own line.
test('at 320, 375 and 1280 px every line label stands by its own line, clear of the points and the other labels', async ({ page }) => {
  for (const width of [320, 375, 1280]) {
    await page.setViewportSize({ width, height: 900 });
    await makeChart(page, { data: 'jan;2\nfeb;9\nmar;1\napr;10\nmai;2\njun;8', baseline: '' });
    const chart = page.getByRole('region', { name: 'Diagrammet', exact: true }).getByRole('img').first();
    await expect(chart.locator('.spc-line-label')).toHaveText(['Midtlinje 5,33', 'Øvre grense 25,55', 'Nedre grense 0']);
    expect(await chart.evaluate(lineLabelProblems), `${width} px`).toEqual([]);
  }
});

// Fresh eyes with ~200 points at 375 px: «Midtlinje» stood half hidden behind points, «Nedre grense 4,83» far from its
// line, just under the centre line, where it read as that line's, and the x axis counted «1 23 45 67 …».
test('at 375 px, with 200 points, the line labels stand beside the plot at their lines and the x axis counts in round steps', async ({ page }) => {
  await page.setViewportSize({ width: 375, height: 900 });
  let seed = 7;
  const values = Array.from({ length: 200 }, () => {
    seed = (seed * 16807) % 2147483647;
    return (5.12 + (seed / 2147483647 - 0.5) * 0.35).toFixed(2).replace('.', ',');
  });
  await makeChart(page, { data: values.join('\n'), baseline: '' });
  const chart = page.getByRole('region', { name: 'Diagrammet', exact: true }).getByRole('img').first();
  await expect(chart.locator('.spc-line-label')).toHaveCount(3);
  expect(await chart.evaluate(lineLabelProblems)).toEqual([]);
  // Every label beside the plot: none stands among 200 points.
  expect(await chart.locator('.spc-margin-label').count()).toBe(3);

  const ticks = await chart.locator('.spc-x').allTextContents();
  const step = Number(ticks[2]) - Number(ticks[1]);
  expect([10, 20, 25, 50, 100], ticks.join(' ')).toContain(step);
  expect(ticks[0]).toBe('1');
  expect(ticks.slice(1).every((t) => Number(t) % step === 0), ticks.join(' ')).toBe(true);
  const overlapping = await chart.evaluate((svg) => {
    const boxes = [...svg.querySelectorAll('.spc-x')].map((t) => t.getBoundingClientRect());
    const edge = svg.getBoundingClientRect();
    return boxes.flatMap((b, i) => [...(boxes[i + 1] && boxes[i + 1]!.left < b.right + 4 ? [`${i} / ${i + 1}`] : []), ...(b.left < edge.left || b.right > edge.right ? [`${i} past the edge`] : [])]);
  });
  expect(overlapping).toEqual([]);
});

// Fresh eyes: the key showed «Signal» on a chart with none.
// Fresh eyes: in dark mode «Grunnlag» stood in a white halo, and the signals in white outlines.
test('in dark mode every halo and outline in the chart is the chart\'s own background', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'dark' });
  await makeChart(page);
  const chart = page.getByRole('region', { name: 'Diagrammet', exact: true }).getByRole('img', { name: 'Sykefravær per måned' });
  await expect(chart.locator('.spc-mark')).toHaveText('Grunnlag');
  const { background, strokes } = await chart.evaluate((svg) => ({
    background: getComputedStyle(svg.querySelector('.spc-background')!).fill,
    strokes: [...svg.querySelectorAll('text[stroke], .spc-signal')].map((element) => `${element.getAttribute('class')}: ${getComputedStyle(element).stroke}`),
  }));
  expect(background).not.toBe('rgb(255, 255, 255)');
  expect(strokes.length).toBeGreaterThan(3);
  for (const stroke of strokes) expect(stroke).toMatch(new RegExp(`: ${background.replace(/[()]/g, '\\$&')}$`));
});

test('the key names only what the chart shows', async ({ page }) => {
  await makeChart(page, { data: '8,2\n7,9\n8,4\n8,1\n7,8\n8,3\n8,0\n8,2', baseline: '' });
  await expect(page.getByRole('status')).toHaveText('Diagrammet er laget. Ingen signaler.');
  const chart = page.getByRole('region', { name: 'Diagrammet', exact: true }).getByRole('img').first();
  await expect(chart.locator('.spc-legend text')).toHaveText(['Måling', 'Kontrollgrenser']);
  await makeChart(page);
  await expect(chart.locator('.spc-legend text')).toHaveText(['Måling', 'Signal', 'Kontrollgrenser']);
});

// Fresh eyes at 320 px: a long «Hva som måles» along the axis ran into a three-line title and the first x label,
// and the chart, drawn 300 wide in a 288 px column, showed its text below 12 px.
test('at 320 px a long title and measure stand clear of each other and the labels, and the text is 12 px', async ({ page }) => {
  await page.setViewportSize({ width: 320, height: 800 });
  await page.goto(tool);
  await page.getByRole('radio', { name: 'I-diagram (XmR)' }).check();
  await page.getByLabel('Tallene dine, i tidsrekkefølge').fill(pasted);
  await page.getByLabel(/^Grunnlagsperiode/).fill('12');
  await page.getByLabel('Tittel på diagrammet').fill('Legemeldt sykefravær i hjemmetjenesten, sone nord, per måned 2022–2023');
  await page.getByLabel(/^Hva som måles/).fill('Legemeldt sykefravær i prosent av avtalte dagsverk');
  await page.getByRole('button', { name: 'Lag diagram' }).click();
  const chart = page.getByRole('region', { name: 'Diagrammet', exact: true }).getByRole('img').first();
  await expect(chart.locator('.spc-title')).toHaveCount(3);
  const problems = await chart.evaluate((svg) => {
    const box = (e: Element) => e.getBoundingClientRect();
    const hit = (a: DOMRect, b: DOMRect) => a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
    const scale = svg.getBoundingClientRect().width / (svg as SVGSVGElement).viewBox.baseVal.width;
    const texts = [...svg.querySelectorAll('text')];
    const measure = svg.querySelector('.spc-measure')!;
    const others = texts.filter((t) => t !== measure && !t.closest('.spc-legend') && !t.classList.contains('spc-line-label'));
    return [
      ...others.filter((t) => hit(box(measure), box(t))).map((t) => `the measure runs into «${t.textContent}»`),
      ...texts.filter((t) => parseFloat(getComputedStyle(t).fontSize) * scale < 11.9).map((t) => `«${t.textContent}» is under 12 px`),
      ...texts.filter((t) => box(t).right > svg.getBoundingClientRect().right + 1).map((t) => `«${t.textContent}» runs past the edge`),
    ];
  });
  expect(problems).toEqual([]);
});

// At 320 px the warning beside the alert's icon, indented as a list, broke «Grunnlagsperiode|n» mid-word without a hyphen.
test('at 320 px a warning breaks between words, never inside one', async ({ page }) => {
  await page.setViewportSize({ width: 320, height: 640 });
  await page.goto(tool);
  await page.getByLabel('Tallene dine, i tidsrekkefølge').fill(Array.from({ length: 12 }, (_, i) => String(10 + (i % 3))).join('\n'));
  await page.getByRole('button', { name: 'Lag diagram' }).click();
  const warning = page.locator('#spc-warning-list li').first();
  await expect(warning).toContainText('Grunnlagsperioden har 12 punkter');
  // Each word's boxes: a word broken across lines has two.
  const broken = await warning.evaluate((li) => {
    const text = li.firstChild as Text;
    const words: string[] = [];
    for (const match of text.data.matchAll(/\S+/g)) {
      const range = document.createRange();
      range.setStart(text, match.index);
      range.setEnd(text, match.index + match[0].length);
      if (range.getClientRects().length > 1) words.push(match[0]);
    }
    return words;
  });
  expect(broken).toEqual([]);
});

// Fresh eyes: a series copied across a spreadsheet row, or typed with semicolons, was refused («Linje 1 har 7 kolonner»).
test('a series laid across a row («8,5; 9,1; …») makes the chart, one point a number', async ({ page }) => {
  await makeChart(page, { data: '8,5; 9,1; 7,8; 8,0; 7,2; 6,9; 5,1', baseline: '5' });
  await expect(page.getByRole('status')).toHaveText(/^Diagrammet er laget\./);
  await expect(page.getByRole('region', { name: 'Diagrammet', exact: true }).getByRole('table').locator('tbody tr')).toHaveCount(7);
});
