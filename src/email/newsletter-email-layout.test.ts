// The newsletter e-mail on a phone (375 px), in Chromium: a table of long Norwegian compounds broke them anywhere
// («sykefraværsoppføl-/ging» without a hyphen, since an e-mail carries no soft hyphens) to fit its cells. A word in a
// cell now stays whole, and a table too wide for the screen scrolls inside the mail instead of widening it.
import chromium from '@sparticuz/chromium';
import { chromium as playwright, type Browser } from '@playwright/test';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { archiveNote } from '../lib/archive-note.ts';
import { newsletterEmailHtml } from './newsletter-email.ts';

let browser: Browser;
beforeAll(async () => {
  browser = await playwright.launch({ executablePath: await chromium.executablePath(), args: ['--no-sandbox', '--disable-gpu', '--no-zygote'] });
}, 60_000);
afterAll(async () => browser?.close());

const markdown = `Tekst før tabellen.

| Kommune | Tiltak | Program | Sykefravær 2008 | Endring |
| --- | --- | --- | ---: | :---: |
| Ullensaker | Sykefraværsoppfølging | Kvalitetskommuneprogrammet | 11,0 % | opp |
| Kárášjohka | Arbeidsmiljøutvalgsmøter | Kvalitetskommuneprogrammet | 10,2 % | ned |

Tekst etter tabellen om kvalitetskommuneprogrammet.
`;

it('keeps every word in a table cell whole at 375 px, and the mail no wider than the screen', async () => {
  const html = await newsletterEmailHtml(
    {
      lang: 'nb',
      title: 'Nyhetsbrev mars 2010',
      kicker: 'Nyhetsbrev nr. 9 · mars 2010',
      preheader: 'Kort.',
      summary: 'En ingress.',
      note: archiveNote('nyhetsbrev', 'på nettsiden'),
      webUrl: new URL('https://example.org/nyhetsbrev/nr-9/'),
      unsubscribeInfoUrl: new URL('https://example.org/nyhetsbrev/#avmelding'),
      markdown,
      items: [],
    },
    'web',
  );
  const page = await browser.newPage({ viewport: { width: 375, height: 800 } });
  try {
    await page.setContent(html);
    const layout = await page.evaluate(() => {
      const broken: string[] = [];
      for (const cell of document.querySelectorAll('.content td, .content th')) {
        const walker = document.createTreeWalker(cell, NodeFilter.SHOW_TEXT);
        for (let node = walker.nextNode(); node; node = walker.nextNode()) {
          const text = node.textContent ?? '';
          for (const match of text.matchAll(/\S+/g)) {
            const range = document.createRange();
            range.setStart(node, match.index);
            range.setEnd(node, match.index + match[0].length);
            // A word on two lines has two boxes.
            const lines = new Set([...range.getClientRects()].map((rect) => Math.round(rect.top)));
            if (lines.size > 1) broken.push(match[0]);
          }
        }
      }
      const table = document.querySelector('.content table')!.getBoundingClientRect();
      return { broken, overflow: document.documentElement.scrollWidth - document.documentElement.clientWidth, tableWidth: table.width };
    });
    expect(layout.broken).toEqual([]);
    expect(layout.overflow).toBeLessThanOrEqual(0);
    // The table is wider than the phone's screen: it scrolls within the mail.
    expect(layout.tableWidth).toBeGreaterThan(343);
  } finally {
    await page.close();
  }
}, 60_000);
