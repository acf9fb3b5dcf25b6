// The charts drawn at build time: each with its table and a summary, lost
// figures as gaps, never zero, and no JavaScript (checked for every page in
// requests.spec.ts).
import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';

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

test('bar charts match the source table, leave totals out and say «over» for lower bounds', async ({ page }) => {
  await page.goto('/tall/');
  const sectors = page.getByRole('region', { name: 'Kvalitetsprosjekter i oppvekstsektoren' });
  const bars = sectors.getByRole('img', { name: 'Diagram: Kvalitetsprosjekter i oppvekstsektoren (antall)' });
  await expect(bars.locator('text.value')).toHaveText(['40', '110', '23']);
  await expect(sectors).toContainText('Størst: Grunnskole (110). Minst: Gjennomgående (barnehage, skole og SFO) (23).');

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
  await expect(lillehammer).toHaveAccessibleDescription(/^Q3 06: tapt i kilden; Q3 07: 11,5;/);
  // Five known values: five markers, and the line starts at the second period.
  await expect(lillehammer.locator('.series circle')).toHaveCount(5);
  const nesodden = section.getByRole('img', { name: 'Nesodden', exact: true });
  await expect(nesodden.locator('.series circle')).toHaveCount(1);
  // A lone value is a dot, not a line down to zero: its path never leaves the point.
  const path = await nesodden.locator('.series path').getAttribute('d');
  expect(path).toMatch(/^M[\d.]+,[\d.]+Z$/);
  await expect(section).toContainText('Nesodden og Kristiansund har bare ett tall som kan plasseres i tabellen.');
});

test('a case story shows its before-and-after series as a small chart with a table and no script', async ({ page }) => {
  await page.goto('/eksempler/vennesla-sykefravaer/');
  const series = page.getByRole('region', { name: 'Sykefraværet i hele Vennesla kommune i prosjektet (prosent)' });
  await expect(series.getByRole('img', { name: /^Diagram: Sykefraværet i hele Vennesla/ })).toHaveAccessibleDescription('Hele kommunen: fra 8,2 (1. måling) til 7,3 (3. måling).');
  await expect(series.getByRole('table').locator('tbody').getByRole('cell')).toHaveText(['8,2', '7,9', '7,3']);
  await expect(series).toContainText('periodene de gjelder, har falt ut av kilden');
  await expect(series).toContainText('Kilde: S002, s. 42');
  expect(await page.locator('script:not([type="application/ld+json"])').count()).toBe(0);

  const axe = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  expect(axe.violations.map((v) => v.id)).toEqual([]);
});

test('charts stay readable in dark mode and at 320 px', async ({ page }) => {
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
