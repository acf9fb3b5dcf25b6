// WCAG 2.2 A and AA and axe's best-practice rules (landmarks, headings, unique
// names), checked by axe-core in real Chromium on every built page; a sample of
// page types again in dark mode and at 320 px.
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { builtPages } from './built-site.ts';

const rules = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa', 'best-practice'];

async function violations(page: Page) {
  // Only violations are collected: passes and incomplete results cost time and are never read.
  const results = await new AxeBuilder({ page }).withTags(rules).options({ resultTypes: ['violations'] }).analyze();
  return results.violations.map((v) => ({ rule: v.id, help: v.help, targets: v.nodes.map((n) => n.target.join(' ')) }));
}

for (const path of builtPages()) {
  test(`axe finds no WCAG 2.2 AA or best-practice violations on ${path}`, async ({ page }) => {
    await page.goto(path);
    expect(await violations(page)).toEqual([]);
  });
}

const samples = ['/', '/eksempler/', '/eksempler/gloppen-foreldre-fremmedspraklige-barn/', '/sok/?q=kvalitet', '/kommuner/', '/tall/', '/nyheter/', '/sykefravaer/saertrykk/', '/eksempler/molde-ledelse-i-barnehagene/'];

for (const path of samples) {
  test(`axe finds no violations on ${path} in dark mode`, async ({ page }) => {
    await page.emulateMedia({ colorScheme: 'dark' });
    await page.goto(path);
    expect(await violations(page)).toEqual([]);
  });

  test(`${path} needs no sideways scrolling at 320 px`, async ({ page }) => {
    await page.setViewportSize({ width: 320, height: 640 });
    await page.goto(path);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow).toBeLessThanOrEqual(0);
  });
}
