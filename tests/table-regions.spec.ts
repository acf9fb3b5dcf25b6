// Wide tables on a phone (issue 13): a table wider than the screen scrolls
// sideways inside a labelled region that takes keyboard focus, and while it
// scrolls its first column (the row labels) stays in view, drawn over the
// scrolled cells (an opaque background). Every built page with a table, at 320 px.
import { expect, test } from '@playwright/test';
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
    const count = await page.locator(regions).count();
    for (let i = 0; i < count; i++) {
      const region = page.locator(regions).nth(i);
      await expect(region).toHaveAttribute('tabindex', '0');
      await expect(region).toHaveAccessibleName(/\S/);
      const scrolls = await region.evaluate((el) => el.scrollWidth > el.clientWidth + 1);
      if (!scrolls) continue;
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
