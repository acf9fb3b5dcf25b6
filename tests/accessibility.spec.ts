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

/**
 * What keyboard focus looks like (WCAG 2.4.7, 2.4.13, 1.4.11): each of the
 * first stops a Tab reaches has an outline at least 2 px wide whose colour
 * stands 3:1 against the background it sits on. The main menu's ring was white
 * on its light bar.
 */
async function weakFocusRings(page: Page, stops: number): Promise<string[]> {
  const weak: string[] = [];
  for (let i = 0; i < stops; i++) {
    await page.keyboard.press('Tab');
    const found = await page.evaluate(() => {
      const element = document.activeElement as HTMLElement | null;
      if (!element || element === document.body) return null;
      const rgb = (color: string) => (color.match(/[\d.]+/g) ?? []).map(Number);
      const luminance = ([r = 0, g = 0, b = 0]: number[]) =>
        [r, g, b].map((c) => ((c /= 255) <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4)).reduce((sum, c, j) => sum + c * [0.2126, 0.7152, 0.0722][j]!, 0);
      let background = 'rgb(255, 255, 255)';
      for (let node: HTMLElement | null = element.parentElement; node; node = node.parentElement) {
        const color = getComputedStyle(node).backgroundColor;
        if ((rgb(color)[3] ?? 1) > 0) {
          background = color;
          break;
        }
      }
      const style = getComputedStyle(element);
      // The skip link's focus is its showing up: a block of its own at the top.
      if (element.classList.contains('ds-skip-link')) return '';
      const contrast = (color: string) => {
        const [a, b] = [luminance(rgb(color)), luminance(rgb(background))];
        return (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05);
      };
      // Designsystemet's components ring twice: an inner box-shadow inside the outline; either may carry the contrast.
      const ring = style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 2 ? contrast(style.outlineColor) : 0;
      const shadow = /rgb/.test(style.boxShadow) ? contrast(style.boxShadow.match(/rgba?\([^)]*\)/)?.[0] ?? '') : 0;
      const name = `${element.tagName.toLowerCase()} «${(element.textContent ?? '').trim().slice(0, 30)}»`;
      return Math.max(ring, shadow) < 3 ? `${name}: ${style.outlineWidth} ${style.outlineColor}, shadow ${style.boxShadow} on ${background}` : '';
    });
    if (found) weak.push(found);
  }
  return weak;
}

for (const [width, scheme] of [[1280, 'light'], [1280, 'dark'], [375, 'light'], [375, 'dark']] as const) {
  test(`the first stops of the keyboard show a focus ring that stands out, at ${width} px in ${scheme} mode`, async ({ page }) => {
    await page.setViewportSize({ width, height: 800 });
    await page.emulateMedia({ colorScheme: scheme });
    await page.goto('/eksempler/gloppen-foreldre-fremmedspraklige-barn/');
    expect(await weakFocusRings(page, 20)).toEqual([]);
  });
}
