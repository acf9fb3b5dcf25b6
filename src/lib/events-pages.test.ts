// An event's registration deadline as readers see it, built from a fixture content folder and drawn 375 px wide: on
// the event's page under «Påmeldingsfrist», in the list beside the dates of an event to come, and as passed once its
// day is over. The dates are far from the build's day, so the test does not change with the clock (lib/events.test.ts
// checks the day itself with a given «today»).
import { readFile, rm } from 'node:fs/promises';
import { extname, join } from 'node:path';
import chromium from '@sparticuz/chromium';
import { chromium as playwright, type Browser, type Page } from '@playwright/test';
import { parse } from 'node-html-parser';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { buildFixtureSite, contentFolder } from '../content-check/test-fixtures.ts';

let content: Awaited<ReturnType<typeof contentFolder>>;
let outDir: string;
let browser: Browser;
const built = async (path: string) => parse((await readFile(join(outDir, path, 'index.html'), 'utf8')).replaceAll('\u00AD', ''));
const text = (node: { text: string } | null | undefined) => (node?.text ?? '').replace(/\s+/g, ' ').trim();

const event = (title: string, dates: string, deadline: string) => `---
title: ${title}
summary: Sekretariatet inviterer kommunene til en samling om nærvær og arbeidsmiljø.
kind: kurs
${dates}
registrationDeadline: ${deadline}
newItem: true
---
Tekst.
`;

beforeAll(async () => {
  content = await contentFolder({
    'events/frist-fram-i-tid.mdx': event('Kurs med frist fram i tid', 'date: 2099-03-10\nend: 2099-03-11', '2099-03-01'),
    'events/frist-gatt-ut.mdx': event('Kurs med frist som har gått ut', 'date: 2099-05-20', '2020-11-01'),
    'events/holdt.mdx': event('Kurs som er holdt', 'date: 2020-03-10', '2020-03-01'),
  });
  outDir = await buildFixtureSite(content.root);
  browser = await playwright.launch({ executablePath: await chromium.executablePath(), args: ['--no-sandbox', '--disable-gpu', '--no-zygote'] });
}, 400_000);

afterAll(async () => {
  await browser?.close();
  await content?.cleanup();
  if (outDir) await rm(outDir, { recursive: true, force: true });
});

const site = 'http://arrangementer.test';
const types: Record<string, string> = { '.html': 'text/html', '.css': 'text/css', '.js': 'text/javascript', '.woff2': 'font/woff2', '.svg': 'image/svg+xml' };

/** The built page at `path` in a 375 px wide window, served as a web server would, without one. */
async function atPhoneWidth<T>(path: string, look: (page: Page) => Promise<T>): Promise<T> {
  const context = await browser.newContext({ viewport: { width: 375, height: 800 } });
  await context.route(`${site}/**`, async (route) => {
    const { pathname } = new URL(route.request().url());
    const file = join(outDir, decodeURIComponent(pathname), pathname.endsWith('/') ? 'index.html' : '');
    const body = await readFile(file).catch(() => undefined);
    return body ? route.fulfill({ body, contentType: types[extname(file)] ?? 'application/octet-stream' }) : route.fulfill({ status: 404 });
  });
  try {
    const page = await context.newPage();
    await page.goto(site + path);
    return await look(page);
  } finally {
    await context.close();
  }
}

// The tester's finding: the deadline could only be written into «Når (fritekst)», where nothing said it had passed.
it('shows the deadline on the event’s page, and that it has passed once it has', async () => {
  const facts = async (id: string) =>
    (await built(`arrangementer/${id}`)).querySelectorAll('.event-facts > div').map((row) => [text(row.querySelector('dt')), text(row.querySelector('dd'))]);
  expect(await facts('frist-fram-i-tid')).toContainEqual(['Påmeldingsfrist', '1. mars 2099']);
  expect(await facts('frist-gatt-ut')).toContainEqual(['Påmeldingsfrist', 'Gikk ut 1. november 2020']);
  expect(await facts('holdt')).toContainEqual(['Påmeldingsfrist', 'Gikk ut 1. mars 2020']);
});

it('gives an event to come its deadline in the list, beside its dates; one that has been held, none', async () => {
  const cards = (await built('arrangementer')).querySelectorAll('li').map(text);
  expect(cards.find((card) => card.includes('frist fram i tid'))).toContain('Kurs · 10.–11. mars 2099 · Påmeldingsfrist: 1. mars 2099');
  expect(cards.find((card) => card.includes('frist som har gått ut'))).toContain('Kurs · 20. mai 2099 · Påmeldingsfristen gikk ut 1. november 2020');
  expect(cards.find((card) => card.includes('som er holdt'))).not.toContain('Påmeldingsfrist');
});

it('fits the deadline on a phone (375 px): on screen, without sideways scrolling', async () => {
  for (const [path, says, exact] of [
    ['/arrangementer/frist-fram-i-tid/', '1. mars 2099', true],
    ['/arrangementer/', 'Påmeldingsfrist: 1. mars 2099', false],
    ['/arrangementer/', 'Påmeldingsfristen gikk ut 1. november 2020', false],
  ] as const) {
    const { box, scrollWidth } = await atPhoneWidth(path, async (page) => {
      const deadline = page.getByText(says, { exact }).first();
      await deadline.scrollIntoViewIfNeeded();
      return { box: await deadline.boundingBox(), scrollWidth: await page.evaluate(() => document.documentElement.scrollWidth) };
    });
    expect(box, `${path}: ${says}`).not.toBeNull();
    expect(box!.x, says).toBeGreaterThanOrEqual(0);
    expect(box!.x + box!.width, says).toBeLessThanOrEqual(375);
    expect(scrollWidth, path).toBeLessThanOrEqual(375);
  }
}, 60_000);
