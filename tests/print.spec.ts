// Printing: stories, tools, the særtrykk and newsletters come out on A4 in
// black on white, without the site's header, menu and footer, with the address
// of each link written after it, and tables whole. Every story fits on two A4
// pages: without the press box and the links and cards to other pages.
import { expect, test, type Page } from '@playwright/test';
import { builtPages } from './built-site.ts';

const printed = {
  story: '/eksempler/mandal-modellkommune/',
  tool: '/verktoy/spc/',
  særtrykk: '/sykefravaer/saertrykk/',
  newsletter: '/nyhetsbrev/nr-1-desember-2008/',
  template: '/kommunikasjon/pressemelding/',
};

async function printPreview(page: Page, path: string, colorScheme: 'light' | 'dark' = 'light') {
  await page.emulateMedia({ colorScheme });
  await page.goto(path);
  await page.emulateMedia({ media: 'print', colorScheme });
}

const afterContent = (page: Page, selector: string) =>
  page.locator(selector).first().evaluate((el) => getComputedStyle(el, '::after').content);

for (const [kind, path] of Object.entries(printed)) {
  test(`a ${kind} prints without the site's chrome, black on white, with where it was printed from`, async ({ page }) => {
    await printPreview(page, path, 'dark');
    for (const chrome of ['.ds-skip-link', '.site-header', '.site-footer', 'nav[aria-label="Du er her"]', 'form'])
      await expect(page.locator(chrome).first(), chrome).toBeHidden();
    const canonical = (await page.locator('link[rel="canonical"]').getAttribute('href')) ?? '';
    await expect(page.locator('.print-source')).toBeVisible();
    await expect(page.locator('.print-source')).toContainText(canonical);
    const colours = await page.evaluate(() =>
      [document.body, document.querySelector('h1'), document.querySelector('main p')].map((el) => {
        const style = getComputedStyle(el ?? document.body);
        return [style.color, style.backgroundColor];
      }),
    );
    expect(await page.evaluate(() => getComputedStyle(document.documentElement).backgroundColor)).toBe('rgb(255, 255, 255)');
    for (const [color, background] of colours) {
      expect(color).toBe('rgb(0, 0, 0)');
      expect(['rgb(255, 255, 255)', 'rgba(0, 0, 0, 0)']).toContain(background);
    }
  });
}

test('printed links show where they go: the full address for the site’s own pages, none for anchors', async ({ page }) => {
  await printPreview(page, printed.story);
  const host = new URL((await page.locator('link[rel="canonical"]').getAttribute('href')) ?? '').host;
  expect(await afterContent(page, 'main .prose a[href="/verktoy/nettverkslaering/"]')).toBe(`" (${host}/verktoy/nettverkslaering/)"`);
  expect(await afterContent(page, 'main .facets .tag-list a')).toBe('none');
  // The list of sources is the way back to them from paper (fresh eyes: it printed without an address).
  const listed = page.locator('main .sources cite a').first();
  expect(await afterContent(page, 'main .sources cite a')).toBe(`" (${host}${await listed.getAttribute('href')})"`);

  await printPreview(page, '/presse/');
  expect(await afterContent(page, 'main a[href="#kontakt"]')).toBe('none');

  await page.goto(printed.story);
  await page.emulateMedia({ media: 'screen' });
  expect(await afterContent(page, 'main .prose a[href="/verktoy/nettverkslaering/"]')).toBe('none');
});

// On paper «https://www.ks.no/ (https://www.ks.no/)» said the address twice, and each footnote ended in a «↩»
// that goes nowhere on paper. No entry has a bare address yet: the Markdown pipeline's mark is put on a link here.
test('a printed bare address is written once, and footnotes have no «↩»', async ({ page }) => {
  await printPreview(page, '/nyheter/sluttrapport-juni-2010/');
  await expect(page.locator('main [data-footnote-backref]').first()).toBeHidden();
  await expect(page.locator('main .footnotes li').first()).toBeVisible();
  await page.locator('main .prose p').first().evaluate((p) => {
    p.insertAdjacentHTML('beforeend', ' <a href="https://www.ks.no/" class="bare-link">https://www.ks.no/</a> <a href="https://www.ks.no/">KS</a>');
  });
  expect(await afterContent(page, 'main .prose a.bare-link')).toBe('none');
  expect(await afterContent(page, 'main .prose a[href="https://www.ks.no/"]:not(.bare-link)')).toBe('" (https://www.ks.no/)"');
});

test('printed tables are whole: full width, not scrolled, header rows repeated, rows not split', async ({ page }) => {
  await printPreview(page, '/tall-og-fakta/');
  const table = page.locator('.prose table').first();
  expect(await table.evaluate((el) => [getComputedStyle(el).display, getComputedStyle(el).overflowX])).toEqual(['table', 'visible']);
  expect(await table.locator('thead').evaluate((el) => getComputedStyle(el).display)).toBe('table-header-group');
  expect(await table.locator('tbody tr').first().evaluate((el) => getComputedStyle(el).breakInside)).toBe('avoid');
  const widths = await table.evaluate((el) => [el.getBoundingClientRect().width, el.parentElement?.getBoundingClientRect().width]);
  expect(widths[0]).toBeCloseTo(widths[1] ?? 0, 0);
});

test('page breaks: headings stay with their text, a point\'s heading with its ingress', async ({ page }) => {
  await printPreview(page, printed.særtrykk);
  const points = page.locator('section.point');
  await expect(points).toHaveCount(10);
  expect(await page.locator('section.point > h2').first().evaluate((el) => getComputedStyle(el).breakAfter)).toMatch(/^avoid/);
  expect(await page.locator('section.point > .ingress').first().evaluate((el) => getComputedStyle(el).breakBefore)).toBe('avoid');
  expect(await page.locator('.prose h3').first().evaluate((el) => getComputedStyle(el).breakAfter)).toBe('avoid');
});

test('a printed story keeps title, ingress, key figures, text and sources, and leaves out the press box, related links and cards', async ({ page }) => {
  await printPreview(page, printed.story);
  for (const kept of ['h1', '.ingress', '.key-figures', '.prose', '.sources']) await expect(page.locator(`main ${kept}`).first(), kept).toBeVisible();
  for (const left of ['.press-pack', '.story-list', '.related', '.csv-link']) await expect(page.locator(`main ${left}`).first(), left).toBeHidden();
  // A citation names its document and page; the address after it would only repeat the list of sources.
  expect(await afterContent(page, 'main .key-figures a[href^="/kilder/"]')).toBe('none');
});

test('a printed municipality, tool or point keeps its list of stories: there it is the content', async ({ page }) => {
  for (const path of ['/kommuner/molde/', '/verktoy/kvalitetstrakten/']) {
    await printPreview(page, path);
    const list = page.locator('main .story-list').first();
    await expect(list, path).toBeVisible();
    await expect(list.getByRole('link').first(), path).toBeVisible();
  }
});

test('a printed search has what was searched for and the results, not the search field or the filters', async ({ page }) => {
  await page.goto('/sok/?q=sola');
  await expect(page.getByRole('status')).toHaveText(/^\d+ treff på «Sola»$/);
  await page.emulateMedia({ media: 'print' });
  await expect(page.getByRole('status')).toBeVisible();
  await expect(page.locator('#search-results > li').first().getByRole('link')).toBeVisible();
  for (const control of ['#search-q', '#search-refine', '#search-help']) await expect(page.locator(control), control).toBeHidden();
  // The paper says where the search can be found again, and that it has the first ten of the hits.
  await expect(page.locator('.print-source')).toContainText('/sok/?q=sola');
  const total = Number((await page.getByRole('status').textContent())?.split(' ')[0]);
  if (total > 10) await expect(page.locator('#search-printed')).toHaveText(`Utskriften viser de 10 første av ${total} treff. Trykk «Vis flere treff» før du skriver ut for å få med flere.`);
  // With every hit shown, nothing is said of the rest (the sentence is in the page, hidden: print.css shows .print-only).
  await page.goto('/sok/?q=Gjerstad');
  await expect(page.locator('#search-results > li')).toHaveCount(2);
  await expect(page.locator('#search-printed')).toBeHidden();
  // The results take a text's width, not the filters' 16rem column (a fifth of the page at 1 280 px).
  const [results, main] = await page.evaluate(() => ['#search-results', 'main'].map((selector) => document.querySelector(selector)!.getBoundingClientRect().width));
  expect(results).toBeGreaterThan(main! * 0.4);
});

test('printed tables and charts are kept on one page where they fit', async ({ page }) => {
  await printPreview(page, '/eksempler/molde-ledelse-i-barnehagene/');
  expect(await page.locator('.table-region').first().evaluate((el) => [getComputedStyle(el).breakInside, getComputedStyle(el).overflowX])).toEqual(['avoid', 'visible']);
  await printPreview(page, '/eksempler/fredrikstad-jordmor-og-trekantsamtaler/');
  for (const whole of ['.story-series figure', '.story-series section.scroll'])
    expect(await page.locator(whole).first().evaluate((el) => getComputedStyle(el).breakInside), whole).toBe('avoid');
});

/** A4 pages in a PDF from Chromium. */
function pageCount(pdf: Buffer): number {
  return pdf.toString('latin1').match(/\/Type\s*\/Page(?![s\w])/g)?.length ?? 0;
}

const stories = builtPages().filter((path) => /^\/eksempler\/[^/]+\/$/.test(path));

/**
 * Pages a story may take on A4: two for a story of up to 700 printed words
 * (the press box and links to other pages left out; that is most of them),
 * and one more for each further 450 words, so a long story is not squeezed
 * illegibly.
 */
function pageBudget(words: number): number {
  return 2 + Math.max(0, Math.ceil((words - 700) / 450));
}

test('every story of up to 700 words prints on two A4 pages, a longer one on a page more per 450 words', async ({ page }) => {
  test.setTimeout(30_000 + stories.length * 5_000);
  expect(stories.length).toBeGreaterThan(10);
  const tooLong: string[] = [];
  let onTwoPages = 0;
  for (const path of stories) {
    await printPreview(page, path);
    const words = (await page.locator('main').innerText()).split(/\s+/).filter(Boolean).length;
    const pages = pageCount(await page.pdf({ preferCSSPageSize: true }));
    expect(pages, path).toBeGreaterThan(0);
    if (pages <= 2) onTwoPages++;
    if (pages > pageBudget(words)) tooLong.push(`${path}: ${pages} pages for ${words} words`);
  }
  expect(tooLong).toEqual([]);
  // The typical story fits on two pages: nine in ten of them do.
  expect(onTwoPages).toBeGreaterThanOrEqual(stories.length * 0.9);
});

// «Alle ti punktene på én side, klar til utskrift» printed on 21 A4 pages: each point began a new page, and four
// pages held only 8–9 lines. The points follow each other, on the pages a story of as many words may take.
test('the særtrykk prints its ten points one after the other, not a page each', async ({ page }) => {
  await printPreview(page, '/sykefravaer/saertrykk/');
  const words = (await page.locator('main').innerText()).split(/\s+/).filter(Boolean).length;
  const pages = pageCount(await page.pdf({ preferCSSPageSize: true }));
  expect(words).toBeGreaterThan(5000);
  expect(pages).toBeLessThanOrEqual(pageBudget(words));
  for (const point of await page.locator('main section.point').all()) expect(await point.evaluate((el) => getComputedStyle(el).breakBefore)).not.toBe('page');
});

// A checklist box ticked on screen printed as an empty box: print.css took every background away, the tick with it.
test('a checklist box ticked on screen prints ticked, an unticked one empty', async ({ page }) => {
  await page.goto('/sykefravaer/dialogmoter/');
  const ticked = page.getByRole('checkbox', { name: /^Skriv ned avtalene/ });
  const unticked = page.locator('.task-list-item input').first();
  // On screen a box is a 24 px target (WCAG 2.5.8).
  expect(await unticked.evaluate((el) => el.getBoundingClientRect().width)).toBe(24);
  await ticked.check();
  // print.css takes every other background away (black on white); a ticked box keeps its tick.
  await page.emulateMedia({ media: 'print' });
  expect(await ticked.evaluate((el) => getComputedStyle(el).backgroundImage)).toContain('gradient');
  expect(await unticked.evaluate((el) => getComputedStyle(el).backgroundImage)).toBe('none');
});

test('a printed bar chart shows every bar and its value, also when labels wrap (/tall/)', async ({ page }) => {
  await printPreview(page, '/tall/');
  const charts = page.locator('.figure-chart svg:has(rect.bar)');
  expect(await charts.count()).toBeGreaterThan(3);
  const cut = await charts.evaluateAll((svgs) =>
    svgs.flatMap((svg) => {
      const box = svg.getBoundingClientRect();
      const title = svg.querySelector('title')?.textContent ?? '';
      return [...svg.querySelectorAll('rect.bar, text.value')]
        .filter((mark) => mark.getBoundingClientRect().bottom > box.bottom + 1 || mark.getBoundingClientRect().right > box.right + 1)
        .map((mark) => `${title}: «${mark.textContent || (mark.nextElementSibling?.textContent ?? '')}» outside the chart`);
    }),
  );
  expect(cut).toEqual([]);
});

// Fresh eyes: the SPC tool's chart printed with «Last ned PNG», «Last ned SVG» and «Last ned CSV (Excel)» under it.
test('no button prints: it does nothing on paper', async ({ page }) => {
  await page.goto('/verktoy/spc/lag-diagram/');
  await page.getByRole('button', { name: 'Fyll inn eksempeltall' }).click();
  await page.getByRole('button', { name: 'Lag diagram' }).click();
  await expect(page.getByRole('button', { name: 'Last ned PNG' })).toBeVisible();
  await page.emulateMedia({ media: 'print' });
  const shown = await page.locator('main button').evaluateAll((buttons) => buttons.filter((b) => getComputedStyle(b).display !== 'none').map((b) => b.textContent?.trim()));
  expect(shown).toEqual([]);
});
