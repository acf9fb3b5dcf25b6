// The charts drawn at build time: each with its table and a summary, lost
// figures as gaps, never zero, and no JavaScript (checked for every page in
// requests.spec.ts).
import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { parse } from 'node-html-parser';
import { builtFile, builtPages, ownScriptSelector, readable } from './built-site.ts';

const chartedTables = [
  'Deltakere på programmets konferanser',
  'Hva sykefraværsprosjektene omfatter',
  'Kurs for deltakerkommunene',
  'Kvalitetsprosjekter i oppvekstsektoren',
  'Prosjekter i pleie og omsorg',
  'Sykefravær i Innsatskommunene',
  'Tiltak i sykefraværsprosjektene',
  'Typer prosjekter i barnehagene',
  'Utviklingen i sykefraværet',
];

test('every charted table on /tall/ has its chart, a summary and the table', async ({ page }) => {
  await page.goto('/tall/');
  for (const title of chartedTables) {
    const section = page.getByRole('region', { name: title, exact: true });
    await expect(section.getByRole('img').first(), title).toBeVisible();
    await expect(section.getByText('Kort fortalt:'), title).toBeVisible();
    await expect(section.getByRole('table'), title).toBeVisible();
  }
  // A table whose second column is lost has no chart, only the table.
  const size = page.getByRole('region', { name: 'Kommunestørrelse og sykefravær' });
  await expect(size.getByRole('img')).toHaveCount(0);
  await expect(size.getByRole('table')).toBeVisible();
});

// Fresh eyes (a journalist): the sick-leave table was last of ten, 18 000 px down a phone's page.
test('/tall/ opens with the sick leave’s development, first in its list of tables too', () => {
  const main = parse(builtFile('/tall/')).querySelector('main')!;
  expect(main.querySelector('nav.contents li a')?.textContent.trim()).toBe('Utviklingen i sykefraværet');
  expect(main.querySelector('section.figure-table h2')?.textContent.trim()).toBe('Utviklingen i sykefraværet');
});

test('bar charts match the source table, leave totals out and say «over» for lower bounds', async ({ page }) => {
  await page.goto('/tall/');
  const sectors = page.getByRole('region', { name: 'Kvalitetsprosjekter i oppvekstsektoren' });
  const bars = sectors.getByRole('img', { name: 'Diagram: Kvalitetsprosjekter i oppvekstsektoren (antall)' });
  await expect(bars.locator('text.value')).toHaveText(['40', '110', '23']);
  await expect(sectors).toContainText('Størst: Grunnskole (110). Minst: Gjennomgående, 23 (barnehage, skole og SFO).');

  const care = page.getByRole('region', { name: 'Prosjekter i pleie og omsorg' });
  await expect(care.getByRole('img').locator('text.value')).toHaveText(['100', '17', '38']);
  await expect(care).toContainText('Ikke med i diagrammet: I alt (se tabellen).');

  const conferences = page.getByRole('region', { name: 'Deltakere på programmets konferanser' });
  await expect(conferences.getByRole('img').locator('text.value')).toHaveText(['over 500', 'over 800', 'over 900']);

  // Bar lengths are proportional: 110 is 110/40 times 40.
  const widths = await bars.locator('rect.bar').evaluateAll((rects) => rects.map((r) => parseFloat(r.getAttribute('width') ?? '')));
  expect(widths[1]! / widths[0]!).toBeCloseTo(110 / 40, 2);
});

test('the Innsatskommuner chart draws lost cells as gaps, never as zero', async ({ page }) => {
  await page.goto('/tall/');
  const section = page.getByRole('region', { name: 'Sykefravær i Innsatskommunene' });
  // Twelve municipalities, each its own small chart with the average for comparison.
  await expect(section.getByRole('img')).toHaveCount(12);
  const lillehammer = section.getByRole('img', { name: 'Lillehammer', exact: true });
  await expect(lillehammer).toHaveAccessibleDescription(/^4\. kv\. 2005 – 3\. kv\. 2006: tapt i kilden; 4\. kv\. 2006 – 3\. kv\. 2007 \(rekonstruert\): 11,5;/);
  // Five known values: five markers, and the line starts at the second period.
  await expect(lillehammer.locator('.series circle')).toHaveCount(5);
  const nesodden = section.getByRole('img', { name: 'Nesodden', exact: true });
  await expect(nesodden.locator('.series circle')).toHaveCount(1);
  // A lone value is a dot, not a line down to zero: its path never leaves the point.
  const path = await nesodden.locator('.series path').getAttribute('d');
  expect(path).toMatch(/^M[\d.]+,[\d.]+Z$/);
  await expect(section).toContainText('Nesodden og Kristiansund har bare ett tall som kan plasseres i tabellen.');
});

// Each point is a four-quarter period; the panels drew and described it as its last quarter («3. kv. 2006: 13,9», read
// as «13,9 % i 3. kvartal 2006»), and the fifth point (2. kv. 2009) had no label at all.
test('the Innsatskommuner charts name each point by the table\'s period, label every point and give the short names\' key', async ({ page }) => {
  for (const width of [320, 1280]) {
    await page.setViewportSize({ width, height: 800 });
    await page.goto('/tall/');
    const section = page.getByRole('region', { name: 'Sykefravær i Innsatskommunene' });
    const periods = (await section.getByRole('table').locator('thead th').allTextContents()).map((t) => t.replaceAll('\u00AD', '').trim()).filter((t) => t.includes('kv.'));
    expect(periods).toHaveLength(6);
    expect(periods[0]).toBe('4. kv. 2005 – 3. kv. 2006');
    const notodden = section.getByRole('img', { name: 'Notodden', exact: true });
    const description = (await notodden.locator('desc').textContent()) ?? '';
    expect(description.split('; ').map((part) => part.slice(0, part.lastIndexOf(': ')))).toEqual(periods);
    await expect(notodden.locator('.axis-labels text[text-anchor="middle"]')).toHaveCount(periods.length);
    const summary = ((await section.locator('.summary').textContent()) ?? '').replaceAll('\u00AD', '').replace(/\s+/g, ' ');
    expect(summary).toContain('3. kv. 2006 = 4. kv. 2005 – 3. kv. 2006; 3. kv. 2007 = 4. kv. 2006 – 3. kv. 2007 (rekonstruert)');
  }
});

// Ullensaker's «11,0» (so in the table and the source) was «11» in its chart's description: a chart's text writes each
// number as its table's column does.
test('a chart describes each number as its table writes it («11,0», not «11»)', async ({ page }) => {
  await page.goto('/tall/');
  const section = page.getByRole('region', { name: 'Sykefravær i Innsatskommunene' });
  const rows = await section
    .getByRole('table')
    .locator('tbody tr')
    .evaluateAll((trs) => trs.map((tr) => [...tr.children].map((cell) => (cell.textContent ?? '').replaceAll('\u00AD', '').trim())));
  let panels = 0;
  for (const [label = '', ...cells] of rows) {
    const panel = section.getByRole('img', { name: label, exact: true });
    // A row whose every number is lost has no panel.
    if ((await panel.count()) === 0) continue;
    panels++;
    const description = (await panel.locator('desc').textContent()) ?? '';
    const values = description
      .replace(/ \([^)]*\)\.$/, '')
      .split('; ')
      .map((part) => part.slice(part.lastIndexOf(': ') + 2));
    expect(values, label).toEqual(cells);
  }
  expect(panels).toBe(12);
  const average = rows.find(([label]) => label === 'Snitt') ?? [];
  const known = average.slice(1).filter((cell) => /\d/.test(cell));
  await expect(section.locator('.summary')).toContainText(`Snitt gikk fra ${known[0]} til ${known.at(-1)}.`);
});

test('a case story shows its before-and-after series as a small chart with a table and no script', async ({ page }) => {
  await page.goto('/eksempler/vennesla-sykefravaer/');
  // The source gives the three figures without a unit: the chart adds none (it said «(prosent)», the key figure «uten enhet»).
  const series = page.getByRole('region', { name: 'Sykefraværet i hele Vennesla kommune i prosjektet', exact: true });
  await expect(series.getByRole('img', { name: /^Diagram: Sykefraværet i hele Vennesla/ })).toHaveAccessibleDescription(/^Hele kommunen: fra 8,2 \(1\. måling\) til 7,3 \(3\. måling\)\. Merk: Den loddrette aksen starter på 7,2, ikke på null/);
  await expect(series.getByRole('table').locator('tbody').getByRole('cell')).toHaveText(['8,2', '7,9', '7,3']);
  await expect(series).toContainText('uten enhet, og periodene de gjelder, har falt ut av kilden');
  await expect(series).not.toContainText(/prosent/i);
  await expect(page.locator('.key-figures')).not.toContainText(/prosent/i);
  await expect(series).toContainText('Kilde: Sluttrapporten, s. 42');
  await expect(series.getByRole('link', { name: 'Sluttrapporten, s. 42' })).toHaveAttribute('href', '/kilder/sluttrapporten/#s-42');
  expect(await page.locator(ownScriptSelector).count()).toBe(0);

  const axe = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  expect(axe.violations.map((v) => v.id)).toEqual([]);
});

test('charts stay readable in dark mode and at 320 px', async ({ page }) => {
  // axe on the long /tall/ page takes a while on a loaded machine.
  test.setTimeout(120_000);
  await page.emulateMedia({ colorScheme: 'dark' });
  await page.setViewportSize({ width: 320, height: 640 });
  for (const path of ['/tall/', '/eksempler/gjesdal-kompetanseheving/']) {
    await page.goto(path);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow, path).toBeLessThanOrEqual(0);
    const axe = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
    expect(axe.violations.map((v) => v.id), path).toEqual([]);
  }
});

/** Runs in the page: each visible chart's text shown smaller than 11.9 px, and x labels of one chart that overlap. */
function smallOrCollidingText(): string[] {
  const problems: string[] = [];
  for (const svg of document.querySelectorAll<SVGSVGElement>('main svg[role="img"]')) {
    const box = svg.getBoundingClientRect();
    if (box.width === 0) continue;
    const name = svg.querySelector('title')?.textContent ?? '';
    const scale = box.width / svg.viewBox.baseVal.width;
    for (const text of svg.querySelectorAll('text')) {
      const shown = parseFloat(getComputedStyle(text).fontSize) * scale;
      if (shown < 11.9) problems.push(`${name}: «${text.textContent}» ${shown.toFixed(1)} px`);
    }
    const labels = [...svg.querySelectorAll('.axis-labels text[text-anchor="middle"]')].map((t) => t.getBoundingClientRect());
    labels.forEach((a, i) =>
      labels.slice(i + 1).forEach((b) => {
        if (a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom) problems.push(`${name}: x labels overlap`);
      }),
    );
  }
  return problems;
}

// At 320 px «Utviklingen i sykefraværet» (480 units in 288 px) had 7 px text and no label for its middle period.
test('at 320 and 375 px chart text is shown at 12 px or more, every period of a line chart labelled, no labels over each other', async ({ page }) => {
  for (const width of [320, 375]) {
    await page.setViewportSize({ width, height: 800 });
    for (const path of ['/tall/', '/eksempler/vennesla-sykefravaer/', '/eksempler/mandal-modellkommune/']) {
      await page.goto(path);
      expect(await page.evaluate(smallOrCollidingText), `${path} at ${width} px`).toEqual([]);
    }
    await page.goto('/tall/');
    const development = page.getByRole('region', { name: 'Utviklingen i sykefraværet' }).getByRole('img', { name: /^Diagram: Utviklingen i sykefraværet/ });
    await expect(development.locator('.axis-labels text[text-anchor="middle"]')).toHaveText(['4. kv. 2007 –3. kv. 2008', '3. kv. 2008 –2. kv. 2009', '4. kv. 2008 –3. kv. 2009']);
  }
});

test('periods read the Norwegian way: «3. kv. 2006», never «Q3 06»', async ({ page }) => {
  await page.goto('/eksempler/mandal-modellkommune/');
  const series = page.locator('.story-series');
  await expect(series.getByRole('columnheader').first()).toHaveText('fire kvartaler til og med 3. kv. 2006');
  await expect(series.locator('svg[role="img"]:visible .axis-labels')).toContainText('3. kv.2006');
  await page.goto('/tall/');
  await expect(page.getByRole('region', { name: 'Utviklingen i sykefraværet' }).getByRole('columnheader').first()).toHaveText('4. kv. 2007 – 3. kv. 2008');
  await expect(page.locator('main')).not.toContainText(/\bQ[1-4] \d\d/);
});

// Fresh eyes: a story's PAI series, four quarters a point, said «3. kv. 2006» in its table and to a screen reader, as if
// it were that quarter alone; only the note under it said otherwise. The axis keeps the short labels, spaced by time.
test("a story's series of four-quarter periods names each period whole in its table, its words and its CSV", async ({ page, request }) => {
  await page.goto('/eksempler/innsatskommuner-tar-nytt-tak/');
  const series = page.locator('.story-series');
  await expect(series.getByRole('columnheader')).toHaveText(
    ['3. kv. 2006', '3. kv. 2007', '3. kv. 2008', '4. kv. 2008', '2. kv. 2009', '3. kv. 2009'].map((end) => `fire kvartaler til og med ${end}`),
  );
  const words = 'Fredrikstad: fra 11,8 (fire kvartaler til og med 3. kv. 2006) til 12,1 (fire kvartaler til og med 3. kv. 2009).';
  await expect(series.getByRole('img', { name: /^Diagram: Sykefraværet/ })).toHaveAccessibleDescription(new RegExp(`^${words.replace(/[().]/g, '\\$&')}`));
  await expect(series.locator('p.summary')).toContainText(words);
  await expect(series.locator('svg[role="img"] .axis-labels')).toContainText('3. kv.2006');
  const csv = await (await request.get('/tall/eksempler/innsatskommuner-tar-nytt-tak.csv')).text();
  expect(csv.split('\r\n')[0]).toBe('\ufeff(prosent);' + ['3. kv. 2006', '3. kv. 2007', '3. kv. 2008', '4. kv. 2008', '2. kv. 2009', '3. kv. 2009'].map((end) => `fire kvartaler til og med ${end}`).join(';'));
});

test('a line chart whose value axis does not start at zero says so, with a break on the axis', async ({ page }) => {
  await page.goto('/tall/');
  const development = page.getByRole('region', { name: 'Utviklingen i sykefraværet' });
  const chart = development.getByRole('img', { name: /^Diagram: Utviklingen i sykefraværet/ });
  await expect(chart.locator('.axis-break')).toHaveCount(1);
  await expect(development.locator('.axis-note')).toBeVisible();
  await expect(development.locator('.axis-note')).toHaveText(/^Merk: Den loddrette aksen starter på \d+(,\d)?, ikke på null/);
  await expect(chart).toHaveAccessibleDescription(/aksen starter på \d+(,\d)?, ikke på null/);
  // Small multiples share one note, and each panel shows the break.
  const innsats = page.getByRole('region', { name: 'Sykefravær i Innsatskommunene' });
  await expect(innsats.locator('.axis-note')).toHaveCount(1);
  await expect(innsats.locator('.axis-break')).toHaveCount(12);
  // Bar charts start at zero: no break, no note.
  const bars = page.getByRole('region', { name: 'Kvalitetsprosjekter i oppvekstsektoren' });
  await expect(bars.locator('.axis-break, .axis-note')).toHaveCount(0);
});

test('every chart and figure table has a CSV download for Norwegian Excel, from the same numbers', async ({ page, request }) => {
  await page.goto('/tall/');
  const sections = page.locator('section.figure-table');
  const count = await sections.count();
  expect(count).toBeGreaterThan(5);
  let csvWithBounds = 0;
  for (let i = 0; i < count; i++) {
    const section = sections.nth(i);
    const link = section.getByRole('link', { name: /som CSV$/ });
    await expect(link, await section.locator('h2').innerText()).toHaveAttribute('download', '');
    const response = await request.get((await link.getAttribute('href'))!);
    expect(response.ok()).toBe(true);
    expect(response.headers()['content-type']).toContain('text/csv');
    const text = new TextDecoder('utf-8', { ignoreBOM: true }).decode(await response.body());
    expect(text.charCodeAt(0), 'byte order mark').toBe(0xfeff);
    // The table, a blank line, then what the page says about it: its note and source, and the page's address.
    const [table = '', about = ''] = text.slice(1).trimEnd().split('\r\n\r\n');
    const lines = table.split('\r\n').map((l) => l.split(';'));
    const notes = about.split('\r\n');
    const id = await section.getAttribute('id');
    expect(notes.some((l) => l.startsWith('Side;http') && l.endsWith(`/tall/#${id}`)), `${id}: the page it is on`).toBe(true);
    expect(notes.some((l) => /^Kilde;.+, s\. \d/.test(l)), `${id}: its source`).toBe(true);
    // As a reader reads it: the page's no-break spaces («4. kvartal») are spaces in the CSV.
    const note = (await section.locator('p.meta').allTextContents()).map((t) => readable(t).trim()).find((t) => !/^(Kilde:|Last ned)/.test(t));
    if (note) expect(readable(about), `${id}: its note`).toContain(note.slice(0, 60));
    // Same numbers as the table: header cells, then each row's label and values with decimal commas.
    const headers = (await section.getByRole('columnheader').allInnerTexts()).map(readable);
    const rows = await section.locator('tbody tr').evaluateAll((trs) =>
      trs.map((tr) =>
        [...tr.children].map((c) => {
          // As a reader copies it: without the soft hyphens the build adds for line breaks.
          const text = (c.textContent ?? '').replaceAll('\u00AD', '').replaceAll('\u00A0', ' ').trim();
          // A column's numbers show its most precise one's decimals («11,0» among «10,8»); the CSV has the number («11»).
          const number = () => text.replace(/\s/g, '').replace(/(,\d*?)0+$/, '$1').replace(/,$/, '');
          // A lost figure says «tapt i kilden» in the CSV too, not an empty cell that reads as a figure left out.
          return c.classList.contains('number') ? number() : text;
        }),
      ),
    );
    // A lower bound reads «over 500» in its cell; a spreadsheet wants the number alone, so the CSV says «(over)» in the heading.
    const bounded = rows.some((row) => row.some((cell) => /^over\d/.test(cell)));
    if (bounded) csvWithBounds++;
    expect(lines[0]!.slice(1)).toEqual(bounded ? headers.map((heading) => `${heading} (over)`) : headers);
    expect(lines.slice(1)).toEqual(rows.map((row) => row.map((cell) => cell.replace(/^over(?=\d)/, ''))));
  }
  expect(csvWithBounds, 'a table with lower bounds is among them').toBeGreaterThan(0);
  const mandal = await request.get('/tall/eksempler/mandal-modellkommune.csv');
  const csv = new TextDecoder('utf-8', { ignoreBOM: true }).decode(await mandal.body());
  expect(csv).toMatch(/^\ufeff\(prosent\);fire kvartaler til og med 3\. kv\. 2006;/);
  expect(csv).toMatch(/;\d+,\d/);
  expect(csv).toMatch(/\r\n\r\nTabell;[^\r]+\r\n(.+\r\n)*Kilde;[^\r]+, s\. \d+\r\nSide;http[^\r]+\/eksempler\/mandal-modellkommune\/\r\n$/);
});

test('«Tall og tabeller» is linked from every page, and wherever a page names it', async ({ page }) => {
  await page.goto('/eksempler/mandal-modellkommune/');
  await expect(page.getByRole('contentinfo').getByRole('link', { name: 'Tall og tabeller' })).toHaveAttribute('href', '/tall/');
  await expect(page.getByRole('link', { name: /under Tall og tabeller$/ })).toHaveAttribute('href', /^\/tall\/#/);
  // Nowhere is the name left as plain text outside a link (bar /tall/ itself and the search page's filter).
  const { parse } = await import('node-html-parser');
  const { builtFile } = await import('./built-site.ts');
  const plain: string[] = [];
  for (const path of builtPages().filter((p) => p !== '/tall/' && p !== '/sok/')) {
    const main = parse(builtFile(path)).querySelector('main');
    if (!main) continue;
    main.querySelectorAll('a, script, template').forEach((e) => e.remove());
    if (/Tall og tabeller/i.test(main.textContent)) plain.push(path);
  }
  expect(plain).toEqual([]);
});

test('chart headings and table captions name the unit once, before a source in brackets: never «(KS’ PAI-statistikk) (prosent)»', async ({ page }) => {
  // Every page with a chart or a figure table: the figures page and the stories with a series.
  const charted = builtPages().filter((path) => path === '/tall/' || path.startsWith('/eksempler/'));
  const headings: string[] = [];
  for (const path of charted) {
    const html = parse(builtFile(path));
    if (!html.querySelector('svg, .story-series, .figure-table')) continue;
    for (const el of html.querySelectorAll('h2, h3, caption, .caption, svg title')) headings.push(`${path}: ${el.textContent.trim()}`);
  }
  expect(headings.some((h) => h.includes('prosent (KS’ PAI-statistikk)'))).toBe(true);
  expect(headings.filter((h) => /\)\s*\(/.test(h))).toEqual([]);
  await page.goto('/eksempler/mandal-modellkommune/');
  await expect(page.getByRole('heading', { name: 'Sykefraværet i Mandal, egenmeldt og legemeldt, prosent (KS’ PAI-statistikk)' })).toBeVisible();
});
