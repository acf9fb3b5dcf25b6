// Wide tables on a phone (issue 13): a table wider than the screen scrolls
// sideways inside a labelled region that takes keyboard focus, and while it
// scrolls its first column (the row labels) stays in view, drawn over the
// scrolled cells (an opaque background). Every built page with a table, at 320 px; at 320 and 375 px no
// table runs past the screen outside such a region, and a figure table of four columns fits whole.
import { expect, test, type Page } from '@playwright/test';
import sharp from 'sharp';
import { builtFileAsIs, builtPages } from './built-site.ts';

const regions = '.table-region, section.scroll';
const pagesWithTables = builtPages().filter((path) => builtFileAsIs(path).includes('<table'));

test('there are pages with tables to check', () => {
  expect(pagesWithTables.length).toBeGreaterThan(5);
});

for (const path of pagesWithTables) {
  test(`${path}: scrolled tables keep their first column in view at 320 px`, async ({ page }) => {
    await page.setViewportSize({ width: 320, height: 800 });
    await page.goto(path);
    // Measured in the site's font: in the fallback font a table that fits (Vennesla's) seemed to scroll.
    await page.evaluate(() => document.fonts.ready);
    // Those shown: the SPC tool's stays hidden until a chart is made (its own test below).
    const shown = page.locator(regions).filter({ visible: true });
    const count = await shown.count();
    for (let i = 0; i < count; i++) {
      const region = shown.nth(i);
      await expect(region).toHaveAccessibleName(/\S/);
      const scrolls = await region.evaluate((el) => el.scrollWidth > el.clientWidth + 1);
      // A Tab stop only while it scrolls (src/scripts/scroll-regions.ts): one around a table that fits was an empty stop.
      if (!scrolls) {
        await expect(region, `region ${i} fits: no Tab stop`).not.toHaveAttribute('tabindex');
        continue;
      }
      await expect(region).toHaveAttribute('tabindex', '0');
      // Scrolled by keyboard, as a keyboard user would.
      await region.focus();
      for (let k = 0; k < 10; k++) await page.keyboard.press('ArrowRight');
      // Keyboard scrolling is animated: wait for it to move and come to rest.
      await expect.poll(() => region.evaluate((el) => el.scrollLeft), { message: `region ${i} scrolls by keyboard` }).toBeGreaterThan(0);
      await page.waitForTimeout(300);
      const result = await region.evaluate((el) => {
        const box = el.getBoundingClientRect();
        const cells = [...el.querySelectorAll('tr')].map((row) => row.firstElementChild).filter((cell): cell is Element => cell !== null);
        const bad = cells
          .map((cell) => ({ cell, rect: cell.getBoundingClientRect(), background: getComputedStyle(cell).backgroundColor }))
          .filter(({ rect, background }) => rect.left < box.left - 1 || rect.right > box.right + 1 || background === 'rgba(0, 0, 0, 0)' || background === 'transparent')
          .map(({ cell, rect, background }) => `«${(cell.textContent ?? '').trim().slice(0, 30)}» at ${Math.round(rect.left)}–${Math.round(rect.right)} (region ${Math.round(box.left)}–${Math.round(box.right)}), background ${background}`);
        return { bad };
      });
      expect(result.bad, `region ${i}: first-column cells out of view or see-through after scrolling`).toEqual([]);
    }
  });
}

// Keyboard only: Tab went to an empty frame around every table, also one that fits the screen. The built page has
// every region a stop (without JavaScript a wide table can still be scrolled); the site's script keeps the stop only
// while the table is wider than its region, also after the window is made narrower or wider.
test('a table\'s region is a Tab stop only while the table is wider than it, at 320 and 1 280 px', async ({ page }) => {
  const path = '/eksempler/innsatskommuner-tar-nytt-tak/';
  // A story's series of figures (NumberTable.astro's section.scroll).
  expect(builtFileAsIs(path)).toMatch(/<section class="scroll"[^>]*tabindex="0"/);
  const tabStops = async () => {
    await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
    const stops: string[] = [];
    for (let k = 0; k < 80; k++) {
      await page.keyboard.press('Tab');
      const stop = await page.evaluate(() => {
        const el = document.activeElement;
        return !el || el === document.body ? 'body' : el.matches('.table-region, section.scroll') ? 'region' : `${el.tagName}${el.id ? `#${el.id}` : ''}`;
      });
      if (stop === 'body') break;
      stops.push(stop);
    }
    return stops;
  };
  const region = page.locator('main section.scroll');
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.goto(path);
  await page.evaluate(() => document.fonts.ready);
  expect(await region.evaluate((el) => el.scrollWidth > el.clientWidth + 1), 'the table fits at 1 280 px').toBe(false);
  await expect(region).not.toHaveAttribute('tabindex');
  expect(await tabStops()).not.toContain('region');
  await page.setViewportSize({ width: 320, height: 800 });
  await expect(region).toHaveAttribute('tabindex', '0');
  expect(await region.evaluate((el) => el.scrollWidth > el.clientWidth + 1), 'the table scrolls at 320 px').toBe(true);
  expect(await tabStops()).toContain('region');
  await region.focus();
  for (let k = 0; k < 10; k++) await page.keyboard.press('ArrowRight');
  await expect.poll(() => region.evaluate((el) => el.scrollLeft)).toBeGreaterThan(0);
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.keyboard.press('Tab');
  await expect(region).not.toHaveAttribute('tabindex');
});

test('at 320 px a Markdown table of three columns or fewer fits the screen whole, without scrolling sideways', async ({ page }) => {
  await page.setViewportSize({ width: 320, height: 800 });
  const over: string[] = [];
  for (const path of pagesWithTables) {
    await page.goto(path);
    const widths = await page.locator('.table-region:not(.stack) > table').evaluateAll((tables) =>
      tables.filter((table) => (table.querySelector('tr')?.children.length ?? 0) <= 3).map((table) => table.scrollWidth - (table.parentElement?.clientWidth ?? 0)),
    );
    widths.forEach((extra, i) => extra > 1 && over.push(`${path} table ${i + 1}: ${extra} px too wide`));
  }
  expect(over).toEqual([]);
});

/** Runs in the page: each table that goes past the screen without a scrolling region of its own, or whose region does. */
function tablesPastTheEdge(regionSelector: string): string[] {
  const screen = document.documentElement.clientWidth;
  return [...document.querySelectorAll('main table')].flatMap((table, i) => {
    const region = table.parentElement?.matches(regionSelector) ? table.parentElement : null;
    const box = (region ?? table).getBoundingClientRect();
    const cut = region ? false : table.scrollWidth > table.clientWidth + 1;
    return box.right > screen + 1 || cut ? [`table ${i + 1}${region ? ' (its region)' : ' (no region)'}: ${Math.round(box.right - screen)} px past the edge`] : [];
  });
}

/** What `measure` finds on each page with tables at 320 and then 375 px, in the site's font. */
async function atPhoneWidths(page: Page, measure: (path: string, width: number) => Promise<string[]>): Promise<string[]> {
  const found: string[] = [];
  for (const path of pagesWithTables) {
    await page.setViewportSize({ width: 320, height: 800 });
    await page.goto(path);
    await page.evaluate(() => document.fonts.ready);
    for (const width of [320, 375]) {
      await page.setViewportSize({ width, height: 800 });
      found.push(...(await measure(path, width)));
    }
  }
  return found;
}

test('at 320 and 375 px every table fits the screen, or scrolls sideways inside its own region', async ({ page }) => {
  const over = await atPhoneWidths(page, async (path, width) =>
    (await page.evaluate(tablesPastTheEdge, regions)).map((problem) => `${path} at ${width} px: ${problem}`),
  );
  expect(over).toEqual([]);
});

/**
 * Runs in the page: each word of a shown column heading in pieces («(re-/kon-/stru-/ert)», as «(re|kon|stru|ert)»): over
 * more than two lines, or broken at all in a table of four columns or more (which scrolls on a phone anyway).
 */
function brokenHeadingWords(): string[] {
  const broken: string[] = [];
  for (const heading of document.querySelectorAll('main thead th')) {
    if (heading.getBoundingClientRect().width < 2) continue;
    const wide = (heading.parentElement?.children.length ?? 0) >= 4;
    const walker = document.createTreeWalker(heading, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
      for (const word of node.data.matchAll(/\S+/g)) {
        const range = document.createRange();
        range.setStart(node, word.index);
        range.setEnd(node, word.index + word[0].length);
        const lines = new Set([...range.getClientRects()].filter((rect) => rect.width > 0).map((rect) => Math.round(rect.top)));
        if (lines.size > (wide ? 1 : 2)) broken.push(word[0].replaceAll('\u00AD', '|'));
      }
    }
  }
  return broken;
}

// Fresh eyes at 320 px: «Sykefravær i Innsatskommunene»'s headings («4. kv. 2006 – 3. kv. 2007 (rekonstruert)») stood as
// towers of word pieces («(re-/kon-/stru-/ert)»). A wide table's heading breaks between words; its column grows, the
// table scrolls. A table that fits the screen whole may break a long word once («Antall pro-/sjekter»).
test('at 320 and 375 px, and 640 px (200 % zoom), no column heading is a tower of word pieces', async ({ page }) => {
  const found: string[] = [];
  for (const path of pagesWithTables) {
    await page.setViewportSize({ width: 320, height: 800 });
    await page.goto(path);
    await page.evaluate(() => document.fonts.ready);
    for (const width of [320, 375, 640]) {
      await page.setViewportSize({ width, height: 800 });
      found.push(...(await page.evaluate(brokenHeadingWords)).map((word) => `${path} at ${width} px: ${word}`));
    }
  }
  expect(found).toEqual([]);
});

/** Runs in the page: each quarter («3. kv.») and year with its dash («2007 –») of a shown column heading that is split over two lines. */
function splitPeriodParts(): string[] {
  const split: string[] = [];
  for (const heading of document.querySelectorAll('main thead th')) {
    if (heading.getBoundingClientRect().width < 2) continue;
    // The heading's text as one string, each character with its text node, so a part may cross elements.
    const chars: { node: Text; at: number }[] = [];
    const walker = document.createTreeWalker(heading, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) for (let at = 0; at < node.data.length; at++) chars.push({ node, at });
    const text = chars.map(({ node, at }) => node.data[at]).join('').replaceAll('\u00AD', ' ');
    for (const part of text.matchAll(/[1-4]\. kv\.|\d{4}\s+–/g)) {
      const lines = new Set(
        chars.slice(part.index, part.index + part[0].length).flatMap(({ node, at }) => {
          if (/\s/.test(node.data[at] ?? '')) return [];
          const range = document.createRange();
          range.setStart(node, at);
          range.setEnd(node, at + 1);
          return [...range.getClientRects()].filter((rect) => rect.width > 0).map((rect) => Math.round(rect.top));
        }),
      );
      if (lines.size > 1) split.push(`«${part[0].replace(/\s+/g, ' ')}» in «${text.replace(/\s+/g, ' ').trim()}»`);
    }
  }
  return split;
}

// Fresh eyes at 320 px: Tabell 4.6's period headings («4. kv. 2007 – 3. kv. 2008») took five lines, «– 3.» on one and
// «kv.» on the next. A heading breaks between a period's parts only, and the table still fits whole.
test('at 320 and 375 px a period heading keeps each quarter and each year with its dash on one line, in at most four lines', async ({ page }) => {
  const found: string[] = [];
  await page.setViewportSize({ width: 320, height: 800 });
  await page.goto('/tall/');
  await page.evaluate(() => document.fonts.ready);
  const headings = page.locator('#sykefravaer-utvikling thead th');
  await expect(headings).toHaveCount(3);
  for (const width of [320, 375]) {
    await page.setViewportSize({ width, height: 800 });
    found.push(...(await page.evaluate(splitPeriodParts)).map((problem) => `${width} px: ${problem}`));
    const lines = await headings.evaluateAll((cells) =>
      cells.map((cell) => {
        const range = document.createRange();
        range.selectNodeContents(cell);
        return new Set([...range.getClientRects()].filter((rect) => rect.width > 0).map((rect) => Math.round(rect.top))).size;
      }),
    );
    for (const count of lines) expect(count, `Tabell 4.6's headings at ${width} px: ${lines.join(', ')} lines`).toBeLessThanOrEqual(4);
  }
  expect(found).toEqual([]);
});

// A figure table (NumberTable.astro: FigureTable, a story's series) with a row label and three columns of numbers
// scrolled for its last column on a phone: /eksempler/vennesla-sykefravaer/ was 378 px wide at 320 px.
test('at 320 and 375 px a figure table of a row label and up to three columns fits whole, without scrolling sideways', async ({ page }) => {
  const checked = new Set<string>();
  const over = await atPhoneWidths(page, async (path, width) => {
    const extras = await page.locator('section.scroll > table').evaluateAll((tables) =>
      tables.filter((table) => (table.querySelector('tr')?.children.length ?? 0) <= 4).map((table) => table.scrollWidth - (table.parentElement?.clientWidth ?? 0)),
    );
    if (extras.length > 0) checked.add(path);
    return extras.flatMap((extra, i) => (extra > 1 ? [`${path} at ${width} px, table ${i + 1}: ${extra} px too wide`] : []));
  });
  expect(checked).toContain('/eksempler/vennesla-sykefravaer/');
  expect(checked).toContain('/tall/');
  expect(over).toEqual([]);
});

test('the SPC tool\'s table, once made, scrolls at 320 px in a region named after its heading that takes focus', async ({ page }) => {
  await page.setViewportSize({ width: 320, height: 640 });
  await page.goto('/verktoy/spc/lag-diagram/');
  await page.getByRole('button', { name: 'Fyll inn eksempeltall' }).click();
  await page.getByRole('button', { name: 'Lag diagram' }).click();
  const region = page.locator('section.scroll').filter({ has: page.getByRole('table', { name: /^Tallene i diagrammet: / }) });
  await expect(region).toHaveAttribute('tabindex', '0');
  await expect(region).toHaveAccessibleName(/^Tallene i diagrammet: /);
  expect(await region.evaluate((el) => el.scrollWidth > el.clientWidth + 1)).toBe(true);
  await region.focus();
  for (let k = 0; k < 10; k++) await page.keyboard.press('ArrowRight');
  await expect.poll(() => region.evaluate((el) => el.scrollLeft)).toBeGreaterThan(0);
  expect(await page.evaluate(tablesPastTheEdge, regions)).toEqual([]);
});

test('a column of numbers with «over» or «ca.» before some is aligned by its last digit (/tall-og-fakta/)', async ({ page }) => {
  await page.goto('/tall-og-fakta/');
  const firstColumn = page.locator('main table').first().locator('tbody td:first-child');
  await expect(firstColumn.filter({ hasText: 'over 50 prosent' })).toHaveCount(1);
  const alignments = await firstColumn.evaluateAll((cells) => cells.map((cell) => getComputedStyle(cell).textAlign));
  expect(new Set(alignments)).toEqual(new Set(['end']));
});

// The shadow is measured as drawn: the right edge's pixels with the region's
// background and without it, first at the start and then scrolled to the end.
// Markdown tables of three columns fit 320 px whole (test above), so theirs is seen at 280 (320 px with larger text);
// /tall-og-fakta/'s tables are read row by row on a phone now, so the tool's table of measures and counts is the one.
for (const [path, selector, width] of [
  ['/verktoy/iris-tiltakshandbok/', '.table-region:not(.stack)', 280],
  ['/eksempler/mandal-modellkommune/', 'section.scroll', 320],
] as const) {
  test(`${path}: a table that goes on past the right edge shows a shadow there, gone at the end (${selector}, ${width} px)`, async ({ page }) => {
    await page.setViewportSize({ width, height: 800 });
    await page.goto(path);
    await page.evaluate(() => document.fonts.ready);
    const region = page.locator(selector).filter({ has: page.locator('table') });
    const wide = await region.evaluateAll((els) => els.findIndex((el) => el.scrollWidth > el.clientWidth + 16));
    expect(wide, 'a region that scrolls').toBeGreaterThanOrEqual(0);
    const target = region.nth(wide);
    await target.scrollIntoViewIfNeeded();
    const edgeDarkness = async () => {
      const box = await target.boundingBox();
      if (!box) throw new Error('region not shown');
      // The part of the region's right edge that is on screen (a tall table may start above it).
      const top = Math.max(box.y, 0) + 2;
      const png = await page.screenshot({ clip: { x: box.x + box.width - 7, y: top, width: 4, height: Math.min(box.y + box.height, 800) - top - 4 } });
      const { channels } = await sharp(png).stats();
      return 255 - (channels[0]?.mean ?? 255);
    };
    const withoutBackground = async () => {
      await target.evaluate((el) => el.style.setProperty('background', 'none'));
      const darkness = await edgeDarkness();
      await target.evaluate((el) => el.style.removeProperty('background'));
      return darkness;
    };
    // Read until the page has settled (fonts, layout, paint): under a full suite's load the first reading came too early.
    const shadow = async () => (await edgeDarkness()) - (await withoutBackground());
    await expect.poll(shadow, { message: 'shadow at the start' }).toBeGreaterThan(5);
    await target.evaluate((el) => el.scrollTo({ left: el.scrollWidth, behavior: 'instant' }));
    await expect.poll(async () => Math.abs(await shadow()), { message: 'no shadow at the end' }).toBeLessThan(1);
  });
}

test('a table of text with three columns is read row by row on a phone, each cell under its heading, and stays a table', async ({ page }) => {
  await page.setViewportSize({ width: 320, height: 800 });
  await page.goto('/verktoy/kvalitetstrakten/');
  const region = page.locator('.table-region').first();
  // No sideways scrolling: every cell is as wide as the text (the third column was letters, one per line).
  expect(await region.evaluate((el) => el.scrollWidth <= el.clientWidth + 1)).toBe(true);
  const widths = await region.locator('td').evaluateAll((cells) => cells.map((cell) => cell.getBoundingClientRect().width));
  expect(Math.min(...widths)).toBeGreaterThan(250);
  const labels = await region.locator('tbody tr').first().locator('td').evaluateAll((cells) => cells.map((cell) => getComputedStyle(cell, '::before').content));
  expect(labels).toEqual(['"Nivå i trakten" / ""', '"Stikkord" / ""', '"Hva det handler om" / ""']);
  // For a screen reader still a table: three column headings, four rows, cells under their heading.
  const table = page.getByRole('table');
  await expect(table.getByRole('columnheader')).toHaveCount(3);
  await expect(table.getByRole('row')).toHaveCount(4);
  await expect(table.getByRole('cell', { name: 'Systemet', exact: true })).toHaveCount(1);
  // On a wide screen an ordinary table.
  await page.setViewportSize({ width: 1280, height: 800 });
  await expect(region.locator('thead')).toBeVisible();
  expect(await region.locator('tr').first().evaluate((row) => getComputedStyle(row).display)).toBe('table-row');
});

// A scratch story's plan («Tiltak | Ansvarlig | Frist») with blank cells showed «Frist» with nothing under it on a
// phone, which read as if the next heading were its value. A table of text stacked on phones leaves its empty cells out.
test('at 320 px a stacked table of text shows no heading for an empty cell, and every cell with text under its heading', async ({ page }) => {
  await page.setViewportSize({ width: 320, height: 800 });
  await page.goto('/verktoy/evaluering-og-undersokelser/');
  const region = page.locator('.prose .table-region.stack').first();
  await expect(region).toBeVisible();
  // The same table with one cell emptied, as a blank cell in Markdown («| Lage en plan | | Høsten 2008 |») is built.
  await region.evaluate((section) => {
    const cell = section.querySelector('tbody tr td:nth-child(2)')!;
    cell.textContent = '';
  });
  const shown = await region.locator('tbody tr').first().locator('td').evaluateAll((cells) =>
    cells.filter((cell) => cell.getBoundingClientRect().height > 0).map((cell) => cell.getAttribute('data-label')),
  );
  expect(shown).toEqual(['Undersøkelse', 'Hva den kan vise']);
});
