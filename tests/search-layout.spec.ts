// The search page on a phone, by keyboard and without JavaScript.
import { test } from '@playwright/test';
import { expect } from './status-line.ts';

test.describe('on a phone', () => {
  test.use({ viewport: { width: 375, height: 667 } });

  test('the first result is on the first screen, with the filters behind one «Avgrens» control', async ({ page }) => {
    await page.goto('/sok/?q=sykefravær');
    await expect(page.getByRole('status')).toSay(/^\d+ treff/, { timeout: 20_000 });
    const refine = page.locator('#search-refine');
    await expect(refine).not.toHaveAttribute('open');
    await expect(page.locator('#search-refine > summary')).toHaveText(/^Avgrens/);
    const first = page.locator('#search-results > li').first().getByRole('link');
    const box = await first.boundingBox();
    expect(box?.y ?? Infinity).toBeLessThan(667 - (box?.height ?? 0));
  });
});

test.describe('on a narrow phone', () => {
  test.use({ viewport: { width: 320, height: 640 } });

  // Fresh eyes: «11 / prosent» and «s. / 39» parted across lines in the results at 320 px, not on the pages.
  for (const width of [320, 375])
    test(`an excerpt keeps a number with its unit and the word before it on one line, at ${width} px`, async ({ page }) => {
      await page.setViewportSize({ width, height: 640 });
      let pairs = 0;
      for (const query of ['sykefravær', 'prosent', 'sluttrapport', 'Hægebostad']) {
        await page.goto(`/sok/?q=${query}`);
        await expect(page.getByRole('status')).toSay(/^\d+ treff/, { timeout: 20_000 });
        await page.evaluate(() => document.fonts.ready);
        const found = await page.locator('#search-results > li > p:not(.meta)').evaluateAll((excerpts) =>
          excerpts.map((excerpt) => {
            // Each character with the top of the line it is drawn on.
            const chars: { char: string; top: number }[] = [];
            const walker = document.createTreeWalker(excerpt, NodeFilter.SHOW_TEXT);
            for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null)
              for (let i = 0; i < node.length; i++) {
                const range = document.createRange();
                range.setStart(node, i);
                range.setEnd(node, i + 1);
                chars.push({ char: node.data[i]!, top: Math.round(range.getBoundingClientRect().top) });
              }
            const text = chars.map((c) => c.char).join('');
            const split: string[] = [];
            let checked = 0;
            for (const match of text.matchAll(/\d\s(?=%|prosent)|\bs\.\s(?=\d)/g)) {
              checked++;
              const before = chars[match.index]!;
              const after = chars[match.index + match[0].length]!;
              if (before.top !== after.top) split.push(text.slice(Math.max(0, match.index - 20), match.index + match[0].length + 10));
            }
            return { checked, split };
          }),
        );
        pairs += found.reduce((sum, { checked }) => sum + checked, 0);
        expect(found.flatMap(({ split }) => split), query).toEqual([]);
      }
      expect(pairs).toBeGreaterThan(5);
    });

  test('a long word in the query and the results wraps instead of widening the page', async ({ page }) => {
    await page.goto('/sok/?q=Kvalitetskommuneprogrammet');
    await expect(page.getByRole('status')).toSay(/\d+ treff/, { timeout: 20_000 });
    const width = await page.evaluate(() => document.documentElement.scrollWidth);
    expect(width).toBeLessThanOrEqual(320);
  });

  // «67 treff på «Kvalitetskommuneprogrammet»» left the closing «»» alone on a line at 320 px: the word is longer
  // than the line, and a word written in the browser has no soft hyphens. Each quote mark must share its line with
  // the letter beside it, in the count and in the lines offering another search (src/search/quote-joins.ts).
  for (const query of ['Kvalitetskommuneprogrammet', 'kvalitetskommuneprogrammet i']) {
    test(`a quote mark stays on the line of its word, for «${query}»`, async ({ page }) => {
      await page.goto(`/sok/?q=${query}`);
      await expect(page.getByRole('status')).toSay(/^\d+ treff på «/, { timeout: 20_000 });
      await page.evaluate(() => document.fonts.ready);
      const alone = await page.locator('#search-status, #search-corrected:not([hidden]), #search-dropped:not([hidden])').evaluateAll((lines) =>
        lines.flatMap((line) => {
          // Each character with the top of the line it is drawn on.
          const chars: { char: string; top: number }[] = [];
          const walker = document.createTreeWalker(line, NodeFilter.SHOW_TEXT);
          for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
            for (let i = 0; i < node.length; i++) {
              const range = document.createRange();
              range.setStart(node, i);
              range.setEnd(node, i + 1);
              const box = range.getBoundingClientRect();
              if (box.width > 0) chars.push({ char: node.data[i]!, top: Math.round(box.top) });
            }
          }
          return chars.flatMap(({ char, top }, index) => {
            const neighbour = chars[char === '«' ? index + 1 : index - 1];
            return (char === '«' || char === '»') && neighbour?.top !== top ? [`«${char}» on a line of its own in «${line.textContent}»`] : [];
          });
        }),
      );
      expect(alone).toEqual([]);
    });
  }

  // «Om Kvalitetskommuneprogrammet» broke as «…program/met», with no hyphen: the titles now have soft hyphens at
  // the compound joints the index marks. Measured as boxes, not line breaks: no part of a word between two
  // joints (with its hyphen) is wider than the title, so the browser never has to break a word anywhere else.
  test('a long compound in a result title breaks at a joint, with a hyphen, not anywhere', async ({ page }) => {
    await page.goto('/sok/?q=kvalitetskommuneprogrammet');
    await expect(page.getByRole('status')).toSay(/^\d+ treff/, { timeout: 20_000 });
    const titles = page.locator('#search-results > li h2 a');
    // Playwright's text matching leaves soft hyphens out: read as the page has it.
    await expect(titles.first()).toHaveText('Om Kvalitetskommuneprogrammet');
    expect(await titles.first().evaluate((link) => link.textContent)).toBe('Om Kvalitets\u00ADkommune\u00ADprogrammet');
    await page.evaluate(() => document.fonts.ready);
    const tooWide = await titles.evaluateAll((links) =>
      links.flatMap((link) => {
        const room = link.parentElement?.clientWidth ?? 0;
        const pieces = (link.textContent ?? '').split(/\s+/).flatMap((word) => word.split('\u00AD').map((piece, i, all) => (i < all.length - 1 ? `${piece}-` : piece)));
        return pieces.flatMap((piece) => {
          const box = document.createElement('span');
          box.style.whiteSpace = 'nowrap';
          box.textContent = piece;
          link.append(box);
          const width = box.getBoundingClientRect().width;
          box.remove();
          return width > room ? [`«${piece}» is ${Math.round(width)} px, the title ${room} px`] : [];
        });
      }),
    );
    expect(tooWide).toEqual([]);
  });

  // Fresh eyes: the status line broke «Kvalitetskommuneprogramme|t», with no hyphen (Chromium hyphenates no Norwegian).
  // At 200 % text (36 px bold, some 12 letters a line) «sykefraværs-» did not fit, so its one soft hyphen was no use and
  // it broke «sykefravær|soppfølging»; «kvalitetskommunene», 18 letters, had none and broke «kvalitetskom|munene».
  for (const percent of [100, 200])
    test(`a long word in the status line breaks where the pages break it, with a hyphen, not anywhere, at ${percent} % text`, async ({ page }) => {
      const cdp = await page.context().newCDPSession(page);
      await cdp.send('Page.setFontSizes', { fontSizes: { standard: (16 * percent) / 100, fixed: (13 * percent) / 100 } });
      // The last, typed without æ and ø, is quoted as typed: «(du skrev «sykefravaersoppfolging»)» broke «…vaers|oppfolging».
      for (const query of ['Kvalitetskommuneprogrammet', 'sykefraværsoppfølging', 'kvalitetskommunene', 'medarbeiderundersøkelse', 'sykefravaersoppfolging']) {
        await page.goto(`/sok/?q=${query}`);
        const status = page.getByRole('status');
        await expect(status).toSay(/^\d+ treff på/, { timeout: 20_000 });
        const text = (await status.evaluate((line) => line.textContent)) ?? '';
        expect(text.replaceAll('\u00AD', '')).toMatch(new RegExp(`^\\d+ treff på «(?:${query}|.+» \\(du skrev «${query})»\\)?$`));
        expect(text, query).toMatch(new RegExp(`«[^»]*\u00AD[^»]*»${query.includes('ae') ? '\\)$' : '$'}`));
        await page.evaluate(() => document.fonts.ready);
        // Where a line ends, the character before it: a space or a soft hyphen (drawn as «-»), never a letter.
        const breaks = await status.evaluate((line) => {
          const chars: { char: string; top: number }[] = [];
          const walker = document.createTreeWalker(line, NodeFilter.SHOW_TEXT);
          for (let node = walker.nextNode(); node; node = walker.nextNode())
            for (let i = 0; i < (node.textContent ?? '').length; i++) {
              const range = document.createRange();
              range.setStart(node, i);
              range.setEnd(node, i + 1);
              // A character at a line's start may have a box at the previous line's end too: its own is the last.
              const rect = [...range.getClientRects()].at(-1);
              if (rect) chars.push({ char: node.textContent![i]!, top: Math.round(rect.top) });
            }
          return chars.flatMap((c, i) => (i > 0 && c.top > chars[i - 1]!.top ? [`${chars[i - 1]!.char}|${c.char}`] : []));
        });
        if (query === 'Kvalitetskommuneprogrammet') expect(breaks.length, 'the status line wraps at 320 px').toBeGreaterThan(0);
        // A space may start the next line's boxes (Chromium puts a space that ends a full line there): a break at it too.
        for (const at of breaks) expect(at, `${query} at ${percent} %`).toMatch(/^[\s\u00AD]?\||\|\s$/u);
      }
    });
});

// Fresh eyes: result titles broke at the index's compound joints, some false: «Spørre-/unders-/økelse til alle
// delt-/aker-/kommunene». A title breaks where its page's heading does (the build's soft hyphens), and fits.
for (const width of [320, 375]) {
  test(`a result's title breaks where its page's own heading does, and fits, at ${width} px`, async ({ page, request }) => {
    await page.setViewportSize({ width, height: 700 });
    await page.goto('/sok/?q=spørreundersøkelse');
    await expect(page.getByRole('status')).toSay(/^\d+ treff/, { timeout: 20_000 });
    const titles = page.locator('#search-results > li h2 a');
    await expect(titles.first()).toHaveText('Spørreundersøkelse til alle deltakerkommunene');
    const shown = await titles.evaluateAll((links) => links.map((link) => ({ href: link.getAttribute('href') ?? '', text: link.textContent ?? '' })));
    for (const { href, text } of shown) {
      const html = await (await request.get(href)).text();
      const heading = /<h1[^>]*>([^<]*)<\/h1>/.exec(html)?.[1] ?? '';
      // A title that is its page's heading has the heading's soft hyphens and no others.
      if (heading.replaceAll('\u00AD', '') === text.replaceAll('\u00AD', '')) expect(text, href).toBe(heading);
      else expect(text, `${href} is named by another title, with no hyphens of the index`).not.toContain('\u00AD');
    }
    expect(shown[0]?.text).toBe('Spørre\u00ADun\u00ADder\u00ADsø\u00ADkelse til alle deltaker\u00ADkommunene');
    await page.evaluate(() => document.fonts.ready);
    const overflowing = await titles.evaluateAll((links) => links.filter((link) => link.getBoundingClientRect().right > (link.parentElement?.getBoundingClientRect().right ?? 0) + 0.5).map((link) => link.textContent));
    expect(overflowing).toEqual([]);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);
  });
}

test('after a submitted search, focus is on the result count, which is announced', async ({ page }) => {
  await page.goto('/sok/');
  const field = page.locator('#search-q');
  await field.fill('barnehage');
  await field.press('Enter');
  const status = page.getByRole('status');
  await expect(status).toSay(/^\d+ treff på «barnehage»$/, { timeout: 20_000 });
  await expect(status).toBeFocused({ timeout: 20_000 });
  // Shown by a bar before it, not the focus frame, with which it looked like a text field (fresh eyes).
  const style = await status.evaluate((el) => ({ outline: getComputedStyle(el).outlineStyle, shadow: getComputedStyle(el).boxShadow }));
  expect(style.outline).toBe('none');
  expect(style.shadow).toMatch(/-8px 0px 0px/);
});

// Fresh eyes: a search from the header's field left focus at the top of the page, six Tabs from the field.
test('a search opened from the header lands on the result count, not the top of the page', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.goto('/eksempler/');
  const header = page.locator('#site-search-q');
  await header.fill('barnehage');
  await header.press('Enter');
  const status = page.getByRole('status');
  await expect(status).toSay(/^\d+ treff på «barnehage»$/, { timeout: 20_000 });
  await expect(status).toBeFocused();
});

test('opening a search does not take the focus from where the visitor has put it meanwhile', async ({ page }) => {
  // Pagefind comes late, as on a slow phone: the visitor is in the filters before the results are in.
  await page.route('**/pagefind/pagefind.js', async (route) => {
    await new Promise((resolve) => setTimeout(resolve, 1500));
    await route.continue();
  });
  await page.goto('/sok/?q=barnehage');
  const refine = page.locator('#search-refine > summary');
  await refine.focus();
  await expect(page.getByRole('status')).toSay(/^\d+ treff på «barnehage»$/, { timeout: 20_000 });
  await expect(refine).toBeFocused();
});

test('a submitted query with no words lands on the count too, which says why nothing is listed', async ({ page }) => {
  await page.goto('/sok/');
  const field = page.locator('#search-q');
  await field.fill('<b>');
  await field.press('Enter');
  const status = page.getByRole('status');
  await expect(status).toSay(/^Søket «<b>» har ingen ord å søke etter/, { timeout: 20_000 });
  await expect(status).toBeFocused();
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('the page says search needs JavaScript, shows no controls that cannot work, and offers ways on', async ({ page }) => {
    await page.goto('/sok/?q=sykefravær');
    await expect(page.locator('script[type="module"]')).not.toHaveCount(0);
    await expect(page.getByText('Søket trenger JavaScript')).toBeVisible();
    await expect(page.locator('#search-form')).toBeHidden();
    await expect(page.getByLabel('Sortering')).toBeHidden();
    await expect(page.getByRole('button', { name: 'Nullstill søket' })).toBeHidden();
    await expect(page.getByText('oppdateres mens du skriver')).toHaveCount(0);
    await page.getByRole('link', { name: 'Register A–Å' }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('A–Å: temaer og kommuner');
    await expect(page.getByRole('link', { name: 'Nøtterøy' })).toHaveAttribute('href', '/kommuner/notteroy/');
    await expect(page.getByRole('link', { name: 'Sykefravær og nærvær' }).first()).toBeVisible();
  });
});

// Lighthouse counted layout shift on /sok/ when the script filled in the status line and, on wide screens, opened the
// filters and drew their groups: what the script shows before a search must be in the page from the first paint.
for (const viewport of [{ width: 375, height: 667 }, { width: 1280, height: 800 }]) {
  test.describe(`at ${viewport.width} px`, () => {
    test.use({ viewport });

    test('the page looks the same before and after the search script starts', async ({ page }) => {
      const layout = () =>
        page.evaluate(async () => {
          await document.fonts.ready;
          const box = (selector: string) => {
            const rect = document.querySelector(selector)?.getBoundingClientRect();
            return rect && { y: Math.round(rect.y), height: Math.round(rect.height) };
          };
          return { status: box('#search-status'), filters: box('#search-refine'), help: box('#search-help'), footer: box('footer') };
        });
      await page.route('**/*.js', (route) => route.abort());
      await page.goto('/sok/');
      const withoutScript = await layout();
      await page.unroute('**/*.js');
      await page.goto('/sok/');
      await expect(page.getByRole('status')).toSay('Skriv et søkeord, eller velg et filter for å bla.');
      if (viewport.width >= 800) await expect(page.locator('#search-refine')).toHaveAttribute('open');
      expect(await layout()).toEqual(withoutScript);
    });
  });
}

test('the front page search shows its example in full at 320 px, as the field’s description (not a placeholder that is cut off)', async ({ page }) => {
  await page.setViewportSize({ width: 320, height: 700 });
  await page.goto('/');
  const field = page.getByRole('searchbox', { name: 'Hva lurer du på?' });
  await expect(field).toHaveAccessibleDescription('For eksempel: nærvær på sykehjem');
  await expect(field).not.toHaveAttribute('placeholder');
  const hint = page.locator('#hero-q-hint');
  await expect(hint).toBeVisible();
  expect(await hint.evaluate((el) => el.scrollWidth <= el.clientWidth && el.getBoundingClientRect().right <= window.innerWidth)).toBe(true);
});

// The example read «For eksempel «nærvær på sykehjem»»: typed as shown, with the quotation marks, the search took it
// as a phrase and found nothing (fresh eyes). Typed exactly as the hint shows it, the example finds pages.
test('the front page’s search example, typed exactly as shown, finds pages', async ({ page }) => {
  await page.goto('/');
  const example = (await page.locator('#hero-q-hint').innerText()).replace(/^For eksempel:?\s*/, '');
  expect(example.length).toBeGreaterThan(3);
  await page.getByRole('searchbox', { name: 'Hva lurer du på?' }).fill(example);
  await page.locator('form.hero-search').getByRole('button', { name: 'Søk' }).click();
  await expect(page.getByRole('status')).toSay(/^\d+ treff på /, { timeout: 20_000 });
  await expect(page.locator('#search-results > li').first()).toBeVisible();
});

// The other examples the site gives: the words «Prøv et kortere eller mer allment ord, for eksempel …» offers when a
// search finds nothing. Each is a link, and each must find pages.
test('every word the search page suggests after no hits finds pages', async ({ page }) => {
  await page.goto('/sok/?q=xyzzyqq');
  await expect(page.locator('#search-no-hits')).toBeVisible({ timeout: 20_000 });
  const suggestions = await page.locator('#search-no-hits a[href^="/sok/?q="]').evaluateAll((links) => links.map((a) => a.getAttribute('href') ?? ''));
  expect(suggestions.length).toBeGreaterThan(2);
  for (const href of suggestions) {
    await page.goto(href);
    await expect(page.getByRole('status'), href).toSay(/^\d+ treff på /, { timeout: 20_000 });
  }
});
