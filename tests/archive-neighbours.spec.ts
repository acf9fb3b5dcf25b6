// Fresh eyes: a reader paging the newsletter archive or the news on a phone had to go back to the list for each
// issue or item. Each links to the one before and after it in its archive's order (components/ArchiveNeighbours.astro).
import { expect, test } from '@playwright/test';
import { parse } from 'node-html-parser';
import { builtFile, ownScriptSelector, readable } from './built-site.ts';

/** The archive's items, newest first, as its list page links them. */
const listed = (list: string, prefix: string) =>
  parse(builtFile(list))
    .querySelectorAll('main .dated-list h2 a, main .dated-list h3 a')
    .map((link) => ({ href: link.getAttribute('href') ?? '', title: readable(link.text).trim() }))
    .filter(({ href }) => href.startsWith(prefix));

/** What an item is, as its page's kicker says («Pressemelding nr. 4 · 17. mars 2010», «Nyhet · …»). */
const newsKindOf = (href: string) =>
  readable(parse(builtFile(href)).querySelector('main header [data-pagefind-meta="overlinje"]')?.text ?? '').startsWith('Pressemelding')
    ? 'pressemelding'
    : 'nyhet';

// A news item's neighbour is named by its own kind: a press release beside a news item had been «Eldre nyhet».
for (const { list, prefix, label, older, newer } of [
  { list: '/nyhetsbrev/', prefix: '/nyhetsbrev/', label: 'Andre utgaver', older: () => 'Forrige utgave', newer: () => 'Neste utgave' },
  { list: '/nyheter/', prefix: '/nyheter/', label: 'Andre nyheter', older: (href: string) => `Eldre ${newsKindOf(href)}`, newer: (href: string) => `Nyere ${newsKindOf(href)}` },
]) {
  test(`every item in ${list} links to the older and the newer one, in the list's order, with rel prev and next`, () => {
    const items = listed(list, prefix);
    expect(items.length).toBeGreaterThan(2);
    items.forEach(({ href }, i) => {
      const nav = parse(builtFile(href)).querySelector(`main nav[aria-label="${label}"]`);
      expect(nav, href).not.toBeNull();
      const links = nav!.querySelectorAll('a').map((a) => ({ href: a.getAttribute('href'), rel: a.getAttribute('rel'), text: readable(a.text).replace(/\s+/g, ' ').trim() }));
      const expected = [
        ...(items[i + 1] ? [{ href: items[i + 1]!.href, rel: 'prev', text: `← ${older(items[i + 1]!.href)} ${items[i + 1]!.title}` }] : []),
        ...(i > 0 ? [{ href: items[i - 1]!.href, rel: 'next', text: `${newer(items[i - 1]!.href)} → ${items[i - 1]!.title}` }] : []),
      ];
      expect(links, href).toEqual(expected);
    });
  });
}

test('the news archive pages through press releases too, each named a press release, not a «nyhet»', () => {
  const releases = listed('/nyheter/', '/nyheter/').filter(({ href }) => newsKindOf(href) === 'pressemelding');
  expect(releases.length).toBeGreaterThan(0);
  const linksTo = (href: string) =>
    listed('/nyheter/', '/nyheter/').flatMap((item) =>
      parse(builtFile(item.href))
        .querySelectorAll('main nav[aria-label="Andre nyheter"] a')
        .filter((a) => a.getAttribute('href') === href)
        .map((a) => readable(a.querySelector('.direction')?.text ?? '')),
    );
  for (const { href } of releases) {
    const directions = linksTo(href);
    expect(directions.length, href).toBeGreaterThan(0);
    for (const direction of directions) expect(direction, href).toMatch(/^(← Eldre pressemelding|Nyere pressemelding →)$/);
  }
});

for (const width of [320, 1280]) {
  test(`the links to the issues before and after are targets of 44 px, readable without scrolling sideways, at ${width} px and without script`, async ({ browser }) => {
    const context = await browser.newContext({ viewport: { width, height: 800 }, javaScriptEnabled: false });
    const page = await context.newPage();
    const middle = listed('/nyhetsbrev/', '/nyhetsbrev/')[1]!.href;
    await page.goto(middle);
    const links = page.getByRole('navigation', { name: 'Andre utgaver' }).getByRole('link');
    await expect(links).toHaveCount(2);
    for (const link of await links.all()) {
      const box = await link.boundingBox();
      expect(box!.height).toBeGreaterThanOrEqual(44);
      expect(box!.x + box!.width).toBeLessThanOrEqual(width);
    }
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);
    expect(await page.locator(ownScriptSelector).count()).toBe(0);
    await context.close();
  });
}
