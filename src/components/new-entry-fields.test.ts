// What the secretariat fills in for a press release, a film and an event, as readers see it: built from a fixture
// content folder. A release's own contact person shows under it and in the press room instead of the setting's
// fallback; a new film links to where it can be seen; an event shows its dates beside «Når (fritekst)».
import { readFile, rm } from 'node:fs/promises';
import { extname, join } from 'node:path';
import chromium from '@sparticuz/chromium';
import { chromium as playwright, type Browser } from '@playwright/test';
import { parse } from 'node-html-parser';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildFixtureSite, contentFolder } from '../content-check/test-fixtures.ts';

let content: Awaited<ReturnType<typeof contentFolder>>;
let outDir: string;
let browser: Browser;
/** A built page as a reader sees it: without the soft hyphens the build adds for line breaks. */
const built = async (path: string) => parse((await readFile(join(outDir, path, 'index.html'), 'utf8')).replaceAll('\u00AD', ''));
const text = (node: { text: string } | null | undefined) => (node?.text ?? '').replace(/\s+/g, ' ').trim();

const release = (title: string, number: number, more = '') => `---
title: ${title}
summary: En ny pressemelding fra sekretariatet i Kompetansebanken.
date: 2026-11-30
kind: pressemelding
number: ${number}
newItem: true
${more}---
Tekst.
`;

beforeAll(async () => {
  content = await contentFolder({
    // No press contact setting: a release without its own contact shows the postal address, as before.
    'news/med-kontakt.mdx': release(
      'Pressemelding med kontaktperson',
      1,
      "contact:\n  name: Kari Nordmann\n  role: Kommunikasjonsrådgiver\n  phone: '22 12 34 56'\n  email: kari.nordmann@ks.no\n",
    ),
    'news/uten-kontakt.mdx': release('Pressemelding uten kontaktperson', 2),
    'films/ny-film.yaml': 'title: Ny film om nærvær\nmaker: KS\nyear: 2026\nnewItem: true\nvideo: https://www.youtube.com/watch?v=abc123\n',
    'events/ny-samling.mdx': `---
title: Nettverkssamling om nærvær
summary: En samling for kommunene om nærvær og sykefravær, med erfaringer fra flere kommuner.
kind: nettverkssamling
date: 2027-01-14
end: 2027-01-15
when: kl. 10.00–15.30 begge dager; påmeldingsfrist 1. desember 2026
newItem: true
---
Tekst.
`,
  });
  outDir = await buildFixtureSite(content.root);
  browser = await playwright.launch({ executablePath: await chromium.executablePath(), args: ['--no-sandbox', '--disable-gpu', '--no-zygote'] });
}, 400_000);

afterAll(async () => {
  await browser?.close();
  await content?.cleanup();
  if (outDir) await rm(outDir, { recursive: true, force: true });
});

describe("a press release's own contact person", () => {
  // The tester's finding: the release said «Kontaktperson: Kari Nordmann …» in its text, and under it «Ingen
  // pressekontakt med telefon eller e-post er satt opp for Kompetansebanken. Skriv til postadressen over.»
  it('shows under the release, with links to call and write, instead of the postal address', async () => {
    const section = (await built('nyheter/med-kontakt')).querySelector('section[aria-labelledby="pressekontakt"]');
    const address = section?.querySelector('address');
    const lines = (address?.innerHTML ?? '').split(/<br\b[^>]*>/).map((line) => parse(line).text.replace(/\s+/g, ' ').trim());
    expect(lines).toEqual(['Kari Nordmann, Kommunikasjonsrådgiver', 'Telefon: 22 12 34 56', 'E-post: kari.nordmann@ks.no']);
    expect(address?.querySelectorAll('a').map((a) => a.getAttribute('href'))).toEqual(['tel:22123456', 'mailto:kari.nordmann@ks.no']);
    expect(text(section)).not.toMatch(/Postboks|Ingen pressekontakt/);
  });

  it('leaves a release without one as before: the setting, here the postal address', async () => {
    const section = (await built('nyheter/uten-kontakt')).querySelector('section[aria-labelledby="pressekontakt"]');
    expect(text(section)).toContain('Postboks 1378 Vika');
    expect(text(section)).toContain('Ingen pressekontakt med telefon eller e-post er satt opp');
  });

  it('is the contact the press room gives for that release', async () => {
    const items = (await built('presse')).querySelectorAll('.releases > li').map(text);
    expect(items.find((item) => item.includes('med kontaktperson'))).toContain(
      'Kontakt: Kari Nordmann, Kommunikasjonsrådgiver, Telefon: 22 12 34 56, E-post: kari.nordmann@ks.no',
    );
    expect(items.find((item) => item.includes('uten kontaktperson'))).toContain('Kontakt: KS – Kvalitetskommuneprogrammet, Postboks 1378 Vika');
  });
});

// The tester's finding: a new film's form had nowhere to say where the film is, and /filmer/ showed no way to see it.
it('links a new film to where it can be seen, by the site’s name, without embedding it', async () => {
  const film = (await built('filmer')).querySelector('#ny-film');
  expect(film?.querySelectorAll('a').map((a) => [text(a), a.getAttribute('href')])).toContainEqual(['Se filmen hos YouTube', 'https://www.youtube.com/watch?v=abc123']);
  expect(film?.querySelectorAll('iframe, video, object, embed')).toHaveLength(0);
});

// The tester's finding: with «Når (fritekst)» filled in, the list and the page showed it alone, and no day.
it('shows an event’s dates with «Når» beside them, in the list and on its page', async () => {
  const when = '14.–15. januar 2027 · kl. 10.00–15.30 begge dager; påmeldingsfrist 1. desember 2026';
  const card = (await built('arrangementer')).querySelectorAll('li').find((li) => text(li).includes('Nettverkssamling om nærvær'));
  expect(text(card)).toContain(`Nettverkssamling · ${when}`);
  const facts = (await built('arrangementer/ny-samling')).querySelectorAll('.event-facts > div').map((row) => [text(row.querySelector('dt')), text(row.querySelector('dd'))]);
  expect(facts).toContainEqual(['Når', when]);
});

const site = 'http://nye-felt.test';
const types: Record<string, string> = { '.html': 'text/html', '.css': 'text/css', '.js': 'text/javascript', '.woff2': 'font/woff2', '.svg': 'image/svg+xml' };

/** The width and height of each link `selector` finds on the built page at `path`, drawn 375 px wide. */
async function linkSizes(path: string, selector: string): Promise<{ text: string; width: number; height: number }[]> {
  const context = await browser.newContext({ viewport: { width: 375, height: 800 } });
  // The built files served as a web server would, without one.
  await context.route(`${site}/**`, async (route) => {
    const { pathname } = new URL(route.request().url());
    const file = join(outDir, decodeURIComponent(pathname), pathname.endsWith('/') ? 'index.html' : '');
    const body = await readFile(file).catch(() => undefined);
    return body ? route.fulfill({ body, contentType: types[extname(file)] ?? 'application/octet-stream' }) : route.fulfill({ status: 404 });
  });
  const page = await context.newPage();
  await page.goto(site + path);
  const sizes = await page.locator(selector).evaluateAll((links) =>
    links.map((link) => ({ text: link.textContent?.trim() ?? '', width: link.getBoundingClientRect().width, height: link.getBoundingClientRect().height })),
  );
  await context.close();
  return sizes;
}

// A phone number or an e-mail address alone on its line was 21 px tall on a phone (WCAG 2.5.8 asks for 24 × 24 px).
it('gives the contact’s phone and e-mail links and the film’s link at least 24 × 24 px to tap', async () => {
  const sizes = [...(await linkSizes('/nyheter/med-kontakt/', '.press-contact-address a')), ...(await linkSizes('/filmer/', '.film-link a'))];
  expect(sizes.map((s) => s.text)).toEqual(['22 12 34 56', 'kari.nordmann@ks.no', 'Se filmen hos YouTube']);
  for (const { text, width, height } of sizes) {
    expect(width, text).toBeGreaterThanOrEqual(24);
    expect(height, text).toBeGreaterThanOrEqual(24);
  }
}, 60_000);
