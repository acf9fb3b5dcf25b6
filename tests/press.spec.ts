// What a journalist meets: the press room, the press release feed and pages,
// and the press pack on every story.
import { expect, test } from '@playwright/test';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import yaml from 'js-yaml';
import { parse } from 'node-html-parser';
import { builtFile, builtPages, readable } from './built-site.ts';
import { quoted } from '../src/lib/quoted.ts';
import { archiveLabel } from '../src/lib/archive-note.ts';

const contentDir = join(import.meta.dirname, '..', 'content');
const pressReleaseCount = readdirSync(join(contentDir, 'news')).filter((f) =>
  /^kind: pressemelding$/m.test(readFileSync(join(contentDir, 'news', f), 'utf8')),
).length;
const filmCount = readdirSync(join(contentDir, 'films')).filter((f) => f.endsWith('.yaml')).length;
const address = 'KS – Kvalitetskommuneprogrammet, Postboks 1378 Vika, 0114 Oslo';

/** The frontmatter of each published entry in a content folder, with its id. */
function entries(folder: string): { id: string; data: Record<string, any> }[] {
  return readdirSync(join(contentDir, folder))
    .filter((f) => f.endsWith('.mdx'))
    .map((f) => ({ id: f.replace(/\.mdx$/, ''), data: yaml.load(/^---\n([\s\S]*?)\n---/.exec(readFileSync(join(contentDir, folder, f), 'utf8'))?.[1] ?? '') as Record<string, any> }))
    .filter(({ data }) => data.draft !== true);
}
interface ContentQuote {
  text: string;
  attribution: string;
  source: { doc: string; page?: number };
  story: string;
  themes: string[];
}
/** Every quote in the content, read from the files rather than the site. */
const contentQuotes: ContentQuote[] = entries('stories').flatMap(({ id, data }) =>
  // A quote stands under its own themes where it has them (an empty list: about the programme), else its story's.
  (data.quotes ?? []).map((q: ContentQuote) => ({ ...q, text: q.text.trim(), story: id, themes: q.themes === undefined ? data.themes : q.themes.length > 0 ? q.themes : ['programmet'] })),
);
const contactSetting = (yaml.load(readFileSync(join(contentDir, 'settings', 'pressekontakt.yaml'), 'utf8')) ?? {}) as Record<string, string | null>;
// A personal contact would show as a phone number or an e-mail address.
const phoneOrEmail = /\b\d{2} ?\d{2} ?\d{2} ?\d{2}\b|\b\d{3} ?\d{2} ?\d{3}\b|@/;

test('the press room gives the organisational contact and how press enquiries are handled', async ({ page }) => {
  await page.goto('/presse/');
  await expect(page.getByRole('heading', { level: 1, name: 'Presse' })).toBeVisible();
  const contact = page.getByRole('region', { name: 'Pressekontakt' });
  expect(readable(await contact.locator('address').innerText())).toMatch(/KS – Kvalitetskommuneprogrammet\s*Postboks 1378 Vika\s*0114 Oslo/);
  expect(await contact.innerText()).not.toMatch(phoneOrEmail);
  // Fresh eyes, a journalist on deadline: «Skriv til postadressen over» sent them to the programme's address of 2010.
  await expect(contact).not.toContainText('Skriv til postadressen');
  await expect(contact).toContainText('Adressen over er programmets fra 2007–2010');
  await expect(contact.getByRole('heading', { name: 'Slik behandler vi henvendelser fra pressen' })).toBeVisible();
  await expect(contact.getByRole('link', { name: 'personvernerklæringen' })).toHaveAttribute('href', '/personvern/');
});

test('the press room lists the press releases numbered, dated, newest first; an archive release without a contact', async ({ page }) => {
  await page.goto('/presse/');
  const releases = page.getByRole('region', { name: 'Pressemeldinger' }).getByRole('listitem');
  await expect(releases).toHaveCount(pressReleaseCount);
  const numbers: number[] = [];
  for (const release of await releases.all()) {
    const kicker = readable(await release.locator('p.meta').first().innerText());
    expect(kicker).toMatch(/^Pressemelding nr\. \d+ · \S/);
    numbers.push(Number(/nr\. (\d+)/.exec(kicker)?.[1]));
    await expect(release.locator('time')).toHaveAttribute('datetime', /^\d{4}(-\d{2}){0,2}$/);
    await expect(release.getByRole('heading', { level: 3 }).getByRole('link')).toHaveAttribute('href', /^\/nyheter\/[a-z0-9-]+\/$/);
    // Every release in the content is from the archive: a contact under it read as if KS had issued it (fresh eyes).
    await expect(release).not.toContainText('Kontakt:');
  }
  expect(numbers).toEqual([...numbers].sort((a, b) => b - a));
  const releasesSection = page.getByRole('region', { name: 'Pressemeldinger' });
  await expect(releasesSection.getByRole('link', { name: 'RSS', exact: true })).toHaveAttribute('href', '/presse/rss.xml');
  await expect(releasesSection.getByRole('link', { name: 'Atom', exact: true })).toHaveAttribute('href', '/presse/atom.xml');
});

test('every figure in the fact sheet is the one on «Tall og fakta», with its page, and links to it', async ({ page }) => {
  await page.goto('/presse/');
  const facts = page.getByRole('region', { name: 'Nøkkeltall' }).getByRole('listitem');
  expect(await facts.count()).toBeGreaterThanOrEqual(8);
  const found: { value: string; text: string; page: string; href: string }[] = [];
  for (const fact of await facts.all()) {
    const [value = '', text = '', source = ''] = (await fact.innerText()).split(/\n+/).map((line) => line.trim());
    const href = (await fact.getByRole('link', { name: /^Tall og fakta:/ }).getAttribute('href')) ?? '';
    expect(href).toMatch(/^\/tall-og-fakta\/#.+/);
    // «s. 9»: the space after «s.» is a no-break space (number-units.ts).
    found.push({ value, text, page: /s\.\s([\d og]+)\./.exec(source)?.[1] ?? '', href });
  }
  await page.goto('/tall-og-fakta/');
  for (const { value, text, page: pages, href } of found) {
    const id = decodeURIComponent(href.split('#')[1] ?? '');
    await expect(page.locator(`[id="${id}"]`), href).toHaveCount(1);
    // The row in the table under the linked heading, where the figure is first in its row.
    const table = page.locator(`xpath=//*[@id="${id}"]/following::table[1]`);
    // (A number and its unit are joined by a no-break space on one page or the other: number-units.ts.)
    const row = table.locator('tr', { has: page.locator('td:first-child', { hasText: new RegExp(`^${value.replace(/\s+/g, '\\s')}$`) }) });
    // The page's cell begins with its document, out of sight, for a copy of the row.
    await expect(row.locator('td'), href).toHaveText([value, text, `Sluttrapporten, s. ${pages}`]);
  }
});

test('the press room lists every film with its maker and says how images are credited', async ({ page }) => {
  await page.goto('/presse/');
  const films = page.getByRole('region', { name: 'Filmer' });
  await expect(films.getByRole('listitem')).toHaveCount(filmCount);
  for (const film of await films.getByRole('listitem').all()) {
    await expect(film.getByRole('link')).toHaveAttribute('href', /^\/filmer\/#[a-z0-9-]+$/);
    expect(readable(await film.innerText())).toMatch(/– (Gunhild Asting|Røe Kommunikasjon)/);
  }
  await expect(page.getByRole('region', { name: 'Bilder og kreditering' })).toContainText('Inter');
});

// A journalist could not watch a film nor learn where to get one: the press room and /filmer/ say what the sources say.
test('the press room and the film list say the films cannot be seen here, and where the sources say they were', async ({ page }) => {
  for (const [path, where] of [['/presse/', page.getByRole('region', { name: 'Filmer' })], ['/filmer/', page.getByRole('main')]] as const) {
    await page.goto(path);
    const note = where.locator('.film-availability');
    await expect(note, path).toContainText('Filmene kan ikke ses i Kompetansebanken, og kildene sier ikke hvor de finnes i dag.');
    await expect(note, path).toContainText('på DVD til en rekke kommuner');
    await expect(note, path).toContainText('nevner nettstedet www.kvalitetskommuner.no, men ikke filmene');
    await expect(note.getByRole('link', { name: /51/ }), path).toHaveAttribute('href', '/kilder/sluttrapporten/#s-51');
  }
});

// A journalist read the footer's «Kontakt» as a current address: it is the programme's, 2007–2010, and says so.
test('the footer\'s and the press room\'s postal address say they were the programme\'s in 2007–2010', async ({ page }) => {
  await page.goto('/');
  const footer = page.getByRole('contentinfo').getByRole('region', { name: 'Kontakt' });
  expect(readable(await footer.locator('address').innerText())).toMatch(/^Programmets adresse i 2007–2010:\s*KS – Kvalitetskommuneprogrammet\s*Postboks 1378 Vika/);
  await page.goto('/presse/');
  const contact = page.getByRole('region', { name: 'Pressekontakt' });
  expect(readable(await contact.locator('address').innerText())).toMatch(/^Programmets adresse i 2007–2010:\s*KS – Kvalitetskommuneprogrammet\s*Postboks 1378 Vika/);
});

test('«Presse» is in the main menu and the footer', async ({ page }) => {
  await page.goto('/eksempler/');
  await expect(page.getByRole('navigation', { name: 'Hovedmeny' }).getByRole('link', { name: 'Presse' })).toHaveAttribute('href', '/presse/');
  await expect(page.getByRole('contentinfo').getByRole('link', { name: 'Presse', exact: true })).toHaveAttribute('href', '/presse/');
  await expect(page.getByRole('contentinfo').getByRole('link', { name: 'Pressemeldinger som RSS', exact: true })).toHaveAttribute('href', '/presse/rss.xml');
  await expect(page.getByRole('contentinfo').getByRole('link', { name: 'Pressemeldinger som Atom', exact: true })).toHaveAttribute('href', '/presse/atom.xml');
});

test('the press release feeds have the press releases only, by number, and the news feed keeps them all', async ({ request }) => {
  const feed = await (await request.get('/presse/rss.xml')).text();
  const titles = [...feed.matchAll(/<item>\s*<title>(?:<!\[CDATA\[)?(.*?)(?:\]\]>)?<\/title>/g)].map((m) => m[1] ?? '');
  expect(titles).toHaveLength(pressReleaseCount);
  for (const title of titles) expect(title).toMatch(/^Pressemelding nr\. \d+: /);
  const atom = await (await request.get('/presse/atom.xml')).text();
  expect([...atom.matchAll(/<entry>/g)]).toHaveLength(pressReleaseCount);
  const news = await (await request.get('/nyheter/rss.xml')).text();
  expect([...news.matchAll(/<item>/g)].length).toBeGreaterThan(pressReleaseCount);
});

// Fresh eyes (a journalist skimming): «Pressemelding nr. 4 · juni 2010» was quoted as the programme's own release; that
// it was written afterwards came only after the ingress.
test('an archive press release says at its heading, and wherever it is listed, that it was written for Kompetansebanken', async ({ page }) => {
  const label = archiveLabel('pressemelding');
  await page.goto('/nyheter/sluttrapport-juni-2010/');
  const heading = page.getByRole('heading', { level: 1 });
  const said = page.locator('main header').getByText(label, { exact: true });
  await expect(said).toBeVisible();
  expect((await said.boundingBox())!.y).toBeLessThan((await heading.boundingBox())!.y);
  for (const [path, items] of [
    ['/presse/', page.getByRole('region', { name: 'Pressemeldinger' }).getByRole('listitem')],
    ['/nyheter/', page.locator('main ol.dated-list > li').filter({ hasText: /^\s*Pressemelding nr\./ })],
  ] as const) {
    await page.goto(path);
    expect(await items.count(), path).toBeGreaterThan(0);
    for (const item of await items.all()) expect(readable(await item.locator('p.meta').first().innerText()), path).toMatch(new RegExp(`^Pressemelding nr\\. \\d+ · .+ · ${label}$`));
  }
  // A news item quoted from the list is no original either (fresh eyes: only the note above the list said so), in words
  // for a news item, not a release.
  const newsItems = page.locator('main ol.dated-list > li p.meta').filter({ hasText: /^\s*Nyhet · / });
  expect(await newsItems.count()).toBeGreaterThan(0);
  for (const line of await newsItems.allInnerTexts()) expect(readable(line)).toMatch(new RegExp(`^Nyhet · .+ · ${archiveLabel('nyhet')}$`));
  expect(archiveLabel('nyhet')).not.toMatch(/pressemelding/);
});

// Fresh eyes: a search result read «Pressemelding · 2009» and nothing more, and a journalist quoted it as the programme's.
test('an archive press release and news item in search results say beside their type and date that they were written for Kompetansebanken', async ({ page }) => {
  for (const [query, href, kind] of [
    ['sluttrapport', '/nyheter/sluttrapport-juni-2010/', 'pressemelding'],
    ['Halden kvalitetskommune', '/nyheter/halden-skal-bli-kvalitetskommune/', 'nyhet'],
  ] as const) {
    await page.goto(`/sok/?q=${encodeURIComponent(query)}`);
    const result = page.locator('#search-results li').filter({ has: page.locator(`a[href="${href}"]`) });
    await expect(result.locator('p.meta'), query).toHaveText(new RegExp(`^(Pressemelding nr\\.\\s\\d+|Nyhet) · .+ · ${archiveLabel(kind)}$`));
  }
  // A page that is no archive entry says only its type.
  await page.goto('/sok/?q=sluttrapport');
  await expect(page.locator('#search-results li p.meta').filter({ hasText: /^Film/ }).first()).not.toContainText('Skrevet for Kompetansebanken');
});

test('an archive press release shows its number and date and links to the press room, without the press contact; other news neither', async ({ page }) => {
  // The contact belongs under a release the secretariat issues now (src/components/PressContactAddress.test.ts).
  await page.goto('/nyheter/sluttrapport-juni-2010/');
  await expect(page.getByText('Pressemelding nr. 4 · juni 2010')).toBeVisible();
  await expect(page.getByRole('region', { name: 'Pressekontakt' })).toHaveCount(0);
  await expect(page.getByRole('main').getByRole('link', { name: 'presserommet' })).toHaveAttribute('href', '/presse/');
  await page.goto('/nyheter/nibr-evaluering/');
  await expect(page.getByRole('region', { name: 'Pressekontakt' })).toHaveCount(0);
});

test('a story’s press pack holds the lede, figures, quotes with attribution, municipality, sources and address, ready to copy', async ({ page }) => {
  await page.goto('/eksempler/mandal-modellkommune/');
  const canonical = (await page.locator('link[rel="canonical"]').getAttribute('href')) ?? '';
  const press = page.getByRole('region', { name: 'For pressen' });
  // No press contact is set: none is promised (fresh eyes: «Pressekontakt … finner du i presserommet», which said there was none).
  expect((await press.locator('p.screen-only').first().innerText()).replaceAll('\u00AD', '')).toMatch(
    /samlet som ren tekst du kan kopiere\. Flere tall, sitater og pressemeldinger finner du i presserommet\.$/,
  );
  // Said for a phone too (it said only «Ctrl+A, på Mac Cmd+A»).
  const field = press.getByRole('textbox', { name: /^Pressepakke\. Merk alt .*på mobil holder du fingeren på teksten og velger «Merk alt»\.$/ });
  await expect(field).toBeHidden();
  await press.getByText('Vis pressepakken som ren tekst').click();
  await expect(field).toBeVisible();
  await expect(field).not.toBeEditable();

  const text = await field.inputValue();
  const ingress = readable(await page.locator('.ingress').first().innerText()).trim();
  const title = readable(await page.getByRole('heading', { level: 1 }).innerText());
  expect(text.split('\n')[0]).toBe(title);
  expect(text).toContain(`KORT FORTALT\n${ingress}`);
  expect(text).toContain('Kommune: Mandal (Vest-Agder)');
  for (const value of await page.locator('.key-figures .value').allInnerTexts()) expect(text).toContain(`- ${readable(value)}: `);
  for (const quote of await page.locator('.quotes blockquote').allInnerTexts()) expect(text).toContain(readable(quote).trim());
  // The report's own words name it once, with its page, as the page does.
  expect(text).toContain('– Kvalitetskommuneprogrammet – sekretariatets sluttrapport (juni 2010), s. 3, forordet.\n');
  expect(text).not.toMatch(/Sekretariatets sluttrapport.*Kilde:/);
  expect(text).toContain('KILDER\n- Kvalitetskommuneprogrammet – sekretariatets sluttrapport (juni 2010), s. 3, 5, 10, 17, 36, 38, 39, 40 og 58');
  // The plain pack says what its page numbers are, as the page does (fresh eyes: a citation of «s. 42» is two off in print).
  expect(text).toContain('Sidetallene viser til sidene i PDF-utgaven av dokumentet; i sluttrapporten er det trykte sidetallet to lavere.');
  expect(text).toContain(`LES HELE EKSEMPELET\n${canonical}`);
  // Without a press contact set, the pack says so before the programme's old address (a journalist took it for one).
  expect(text).toContain(`PRESSEKONTAKT\nIngen pressekontakt med telefon eller e-post er satt opp.\n${address}`);
  expect(text).not.toMatch(/\b\d{8}\b|@/);

  // Copying needs no script: select all inside the field takes exactly the pack.
  await field.click();
  await page.keyboard.press('ControlOrMeta+A');
  expect(await field.evaluate((el: HTMLTextAreaElement) => [el.selectionStart, el.selectionEnd])).toEqual([0, text.length]);

  const citation = press.locator('.press-citation');
  await expect(press.getByRole('heading', { name: 'Slik siterer du' })).toBeVisible();
  // Fresh eyes: «s. 42» is the PDF's page; only the source page said so, and the printed page is two lower.
  await expect(press).toContainText('Sidetallene er sidene i PDF-filen; i sluttrapporten er det trykte sidetallet to lavere.');
  await expect(citation).toHaveText(`«${title}». Kompetansebanken – Kvalitetskommuneprogrammet 2007–2010. ${canonical} (lest [dato]).`);
});

// Fresh eyes: a news page said its date twice, in the line above the title («Nyhet · 17. oktober 2007») and again
// below the ingress («Gjelder 17. oktober 2007»). A reader needs it once, with what kind of item it is.
test('a news item, a press release and a newsletter issue say their date once, above the title with what they are, machine-readable', () => {
  const dated = builtPages().filter((path) => /^\/(nyheter|nyhetsbrev)\/[a-z0-9-]+\/$/.test(path));
  expect(dated.filter((path) => path.startsWith('/nyhetsbrev/')).length).toBeGreaterThanOrEqual(2);
  let pressReleases = 0;
  for (const path of dated) {
    const header = parse(builtFile(path)).querySelector('article header');
    const times = header?.querySelectorAll('time[datetime]') ?? [];
    expect(times, path).toHaveLength(1);
    // The date in words stands once in the header's lines about the item (the title and ingress are the text's own).
    const words = times[0]!.textContent;
    const about = header!.querySelectorAll('.meta').map((line) => line.textContent).join(' ');
    expect(about.split(words).length - 1, `${path}: «${words}»`).toBe(1);
    const kicker = header?.querySelector('p.meta[data-pagefind-meta="overlinje"]');
    expect(kicker?.querySelector('time[datetime]'), path).toBeTruthy();
    expect(kicker?.textContent, path).toMatch(/^(Nyhet|Pressemelding nr\. \d+|Nyhetsbrev nr\. \d+) · /);
    if (kicker?.textContent.startsWith('Pressemelding')) pressReleases++;
  }
  expect(pressReleases).toBe(pressReleaseCount);
});

test('every story has a press pack with its own permanent address, kept out of the search index', () => {
  const stories = builtPages().filter((path) => /^\/eksempler\/[a-z0-9-]+\/$/.test(path));
  expect(stories.length).toBeGreaterThanOrEqual(20);
  for (const path of stories) {
    const document = parse(builtFile(path));
    const canonical = document.querySelector('link[rel="canonical"]')?.getAttribute('href') ?? 'missing';
    const press = document.querySelector('section.press-pack');
    expect(press?.getAttribute('data-pagefind-ignore'), path).toBeDefined();
    expect(press?.querySelector('textarea[readonly]')?.textContent, path).toContain(canonical);
    expect(press?.querySelector('.press-citation')?.textContent, path).toContain(canonical);
  }
});

test('the press contact setting ships empty, so the site gives the postal address and no personal details', () => {
  // The setting is the secretariat's to fill in (docs/redaktorveiledning.md, «Pressekontakt»); nothing from the sources goes in it.
  expect(Object.values(contactSetting).filter((value) => value)).toEqual([]);
  for (const [path, section] of [['/presse/', 'kontakt']]) {
    const contact = parse(builtFile(path ?? '')).querySelector(`section[aria-labelledby="${section}"]`);
    expect(readable(contact?.querySelector('address')?.text ?? ''), path).toMatch(/KS – Kvalitetskommuneprogrammet\s*Postboks 1378 Vika\s*0114 Oslo/);
    expect(readable(contact?.text ?? ''), path).toContain('Ingen pressekontakt med telefon eller e-post er satt opp');
    expect(contact?.querySelector('address a'), path).toBeNull();
  }
});

// Chromium copies soft hyphens along, and a journalist's publishing system then holds invisible characters. Every
// page carries them, and every page cleans what is copied with a script (src/scripts/clean-copy.ts, loaded by
// components/SiteScript.astro; lib/pages-with-script.ts). Fresh eyes: a quote copied from a story page or a news item
// held «syke\u00adfra\u00advær», where the same quote from the quote bank was clean.
// (A story page's quotes keep their soft hyphens on the page: without them «Kvalitetskommuneprogrammet,» ran 26 px
// past a 320 px screen.)
for (const { path, what, selector, shape } of [
  { path: '/eksempler/haegebostad-sykefravaer/', what: 'a quote from a story page', selector: 'main blockquote', shape: /^«.{20,}»/s },
  { path: '/nyheter/haegebostad-kommunestyret-fornoyd/', what: 'a quote from a news item', selector: 'main blockquote', shape: /.{20,}/s },
  { path: '/presse/sitater/', what: 'a quote from the quote bank', selector: 'blockquote', shape: /^«.{20,}»$/s },
  { path: '/presse/', what: 'the press contact and address from the press room', selector: 'section:has(#kontakt)', shape: /Postboks 1378/ },
  { path: '/tall/', what: 'a table of figures', selector: 'main table', shape: /\d/ },
  { path: '/tall-og-fakta/', what: 'a table of facts', selector: 'main table', shape: /\d/ },
  // Fresh eyes, second round: «4‑6 kommuner» on a source's page copied its non-breaking hyphen (U+2011), which a
  // search box then did not read as «4-6».
  { path: '/kilder/sluttrapporten/', what: 'a source page with number ranges', selector: '#s-4 p:not(.page-note)', shape: /\d-\d/ },
]) {
  test(`${what} copies without the soft hyphens that break long words on phones (${path})`, async ({ page, context }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await page.goto(path);
    const block = page.locator(selector).first();
    expect(await block.innerHTML()).toContain('\u00AD');
    await block.selectText();
    await page.keyboard.press('ControlOrMeta+C');
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    expect(copied).toMatch(shape);
    expect(copied).not.toMatch(/[\u00AD\u2011]/);
    // Text without a table goes as plain text only: a publishing system gets no page markup with it.
    const types = await page.evaluate(async () => (await navigator.clipboard.read())[0]?.types);
    expect(types?.includes('text/html')).toBe(selector.includes('table'));
  });
}

// Fresh eyes (a journalist): a paragraph with a footnote pasted as «… 297 millioner kroner.3», and a figure's section
// on /tall/ brought its chart's axis labels along («6 8 10 12 14 3. kv.2006»).
test('a copied footnote number stands in brackets, not glued to the figure, and a chart\'s labels are not copied', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto('/nyheter/sluttrapport-juni-2010/');
  const paragraph = page.locator('main p', { has: page.locator('[data-footnote-ref]') }).first();
  const number = (await paragraph.locator('[data-footnote-ref]').first().textContent())!.trim();
  // The word the footnote stands after, as the page has it (without the soft hyphens a copy leaves out).
  const wordBefore = await paragraph.evaluate((p) => {
    const range = document.createRange();
    range.setStart(p, 0);
    range.setEndBefore(p.querySelector('sup')!);
    return range.toString().replaceAll('\u00AD', '').trim().split(/\s+/).pop()!;
  });
  await paragraph.selectText();
  await page.keyboard.press('ControlOrMeta+C');
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  expect(copied).toContain(`${wordBefore}[${number}]`);
  await page.goto('/tall/');
  const section = page.locator('main section.figure-table').filter({ has: page.locator('svg text') }).first();
  const labels = (await section.locator('svg text').allTextContents()).map((label) => label.trim()).filter(Boolean);
  await section.selectText();
  await page.keyboard.press('ControlOrMeta+C');
  const figure = await page.evaluate(() => navigator.clipboard.readText());
  expect(figure).toContain((await section.locator('h2').innerText()).replaceAll('\u00AD', ''));
  expect(figure).not.toContain(labels.slice(0, 3).join(' '));
});

/** What the page put on the clipboard at a copy (Ctrl+C): its plain text and its HTML. */
async function copiedSelection(page: import('@playwright/test').Page): Promise<{ text: string; html: string }> {
  await page.keyboard.press('ControlOrMeta+C');
  return page.evaluate(async () => {
    const [item] = await navigator.clipboard.read();
    const read = async (type: string) => (item?.types.includes(type) ? (await item.getType(type)).text() : '');
    return { text: await read('text/plain'), html: await read('text/html') };
  });
}

// Fresh eyes: a table copied into a spreadsheet had every header one column to the left. Chromium's text leaves out
// an empty cell that starts a row (the corner above the row headers); the copy keeps every cell as a tab-separated
// column and gives the clipboard the HTML too, as a table even when only some of its rows are selected.
for (const path of ['/tall/', '/tall-og-fakta/']) {
  test(`a table copied from ${path} keeps its columns in place, as tab-separated text and as an HTML table`, async ({ page, context }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await page.goto(path);
    const tables = page.locator('main table');
    // Every table whose header starts with an empty corner cell, as the figure tables' do; there is one at least.
    const cornered = [];
    for (const table of await tables.all()) {
      if (await table.locator('tr').first().evaluate((row: HTMLTableRowElement) => row.cells[0]?.textContent?.trim() === '')) cornered.push(table);
    }
    if (path === '/tall/') expect(cornered.length).toBeGreaterThan(0);
    for (const table of path === '/tall/' ? cornered : await tables.all()) {
      const rows = await table.evaluate((t: HTMLTableElement) => [...t.rows].map((row) => [...row.cells].map((cell) => cell.textContent!.replaceAll('\u00AD', '').trim())));
      await table.selectText();
      const { text, html } = await copiedSelection(page);
      expect(text.replace(/\n$/, '').split('\n').map((line) => line.split('\t').map((cell) => cell.trim()))).toEqual(rows);
      const pasted = parse(html).querySelector('table');
      expect(pasted, html).not.toBeNull();
      expect(pasted?.querySelectorAll('tr').map((row) => row.querySelectorAll('th, td').map((cell) => cell.text.trim()))).toEqual(rows);
      expect(html).not.toContain('\u00AD');
      // A link in a cell (the source page) points to the site, not to nothing in the spreadsheet.
      for (const link of pasted?.querySelectorAll('a') ?? []) expect(link.getAttribute('href')).toMatch(/^https?:\/\/[^/]+\//);
    }
  });
}

test('a copy that runs from the caption into a table, or takes some of its rows, keeps the table\'s columns', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto('/tall/');
  const section = page.locator('main section.figure-table').first();
  const header = await section.locator('table tr').first().evaluate((row: HTMLTableRowElement) => [...row.cells].map((cell) => cell.textContent!.replaceAll('\u00AD', '').trim()));
  expect(header[0]).toBe('');

  // As a mouse drags from the caption above the table to the table's last cell.
  await section.evaluate((s) => {
    const range = document.createRange();
    range.setStartBefore(s.querySelector('.caption')!);
    range.setEndAfter(s.querySelector('table')!);
    document.getSelection()!.removeAllRanges();
    document.getSelection()!.addRange(range);
  });
  const fromCaption = await copiedSelection(page);
  const lines = fromCaption.text.split('\n').filter((line) => line.trim());
  expect(lines[1]?.split('\t').map((cell) => cell.trim())).toEqual(header);
  expect(parse(fromCaption.html).querySelector('thead tr')?.querySelectorAll('th, td').length).toBe(header.length);

  // Two of the table's rows: the HTML is still a table, so a spreadsheet makes cells of them.
  const body = await section.evaluate((s) => {
    const rows = s.querySelectorAll('tbody tr');
    const range = document.createRange();
    range.setStartBefore(rows[0]!);
    range.setEndAfter(rows[1]!);
    document.getSelection()!.removeAllRanges();
    document.getSelection()!.addRange(range);
    return [...rows].slice(0, 2).map((row) => [...(row as HTMLTableRowElement).cells].map((cell) => cell.textContent!.replaceAll('\u00AD', '').trim()));
  });
  const twoRows = await copiedSelection(page);
  expect(twoRows.text.replace(/\n$/, '').split('\n').map((line) => line.split('\t').map((cell) => cell.trim()))).toEqual(body);
  expect(twoRows.html).toMatch(/^<table[\s>]/);
  expect(parse(twoRows.html).querySelectorAll('table > tbody > tr').map((row) => row.querySelectorAll('th, td').map((cell) => cell.text.trim()))).toEqual(body);
});

test('the quote bank has every quote in the content once per theme (its own, or else its story\'s), with who, source page and story link', async ({ page }) => {
  expect(contentQuotes.length).toBeGreaterThanOrEqual(15);
  await page.goto('/presse/');
  await page.getByRole('region', { name: 'Sitater' }).getByRole('link', { name: 'Sitatbanken' }).click();
  await expect(page).toHaveURL(/\/presse\/sitater\/$/);
  await expect(page.getByRole('heading', { level: 1, name: 'Sitatbank' })).toBeVisible();

  const document = parse(await page.content());
  const themes = document.querySelectorAll('main section.theme');
  const shown = themes.flatMap((section) =>
    section.querySelectorAll('figure').map((figure) => ({
      theme: section.querySelector('h2')?.getAttribute('id'),
      text: readable(figure.querySelector('blockquote')?.text.trim() ?? ''),
      caption: readable(figure.querySelector('figcaption')?.text ?? '').replace(/\s+/g, ' ').trim(),
      story: figure.querySelector('figcaption a[href^="/eksempler/"]')?.getAttribute('href'),
      links: figure.querySelectorAll('figcaption a').map((a) => `${readable(a.text).trim()} → ${a.getAttribute('href')}`),
    })),
  );
  const expected = contentQuotes.flatMap((q) => q.themes.map((theme) => ({ theme, text: quoted(q.text.replace(/\s+/g, ' ')), story: `/eksempler/${q.story}/`, q })));
  expect(shown.length).toBe(expected.length);
  expect(expected.filter(({ q }) => /gjengitt i sluttrapporten\)$/.test(q.attribution)).length, 'a quote with the note in brackets').toBeGreaterThan(0);
  for (const { theme, text, story, q } of expected) {
    const match = shown.find((s) => s.theme === theme && s.text?.replace(/\s+/g, ' ') === text && s.story === story);
    expect(match, `${q.story}: ${text} under ${theme}`).toBeDefined();
    // A note on where the words were printed stands in the citation's bracket, linked («(gjengitt i
    // sluttrapporten, s. 25)»); the quote from Molde read «(gjengitt i sluttrapporten) (Sluttrapporten, s. 25)».
    // The same for words given in another document: «(gjengitt i Innherred-presentasjonen)», which has no pages.
    const note = /^(.*?\S)(?: \((gjengitt i [^()]+)\)|, (gjengitt i [^,()]+))$/.exec(q.attribution.replace(/\s+/g, ' '));
    // The report's own words name it once, by the attribution's name, with the page: «– Sekretariatets sluttrapport,
    // s. 39, forordet», not «– Sekretariatets sluttrapport, forordet (Sluttrapporten, s. 39)».
    const own = /^Sekretariatets sluttrapport(,.*)?$/.exec(q.attribution.replace(/\s+/g, ' '));
    if (note) {
      const page = q.source.page === undefined ? '' : `, s. ${q.source.page}`;
      expect(match?.caption).toContain(`– ${note[1]} (${note[2] ?? note[3]}${page})`);
      if (q.source.doc === 'S002') expect(match?.links).toContain(`sluttrapporten, s. ${q.source.page} → /kilder/sluttrapporten/#s-${q.source.page}`);
    } else if (own) {
      expect(match?.caption).toContain(`– Sekretariatets sluttrapport, s. ${q.source.page}${own[1] ?? ''}. Fra eksempelet`);
      expect(match?.links).toContain(`Sekretariatets sluttrapport, s. ${q.source.page} → /kilder/sluttrapporten/#s-${q.source.page}`);
    } else expect(match?.caption).toContain(`– ${q.attribution}`);
    expect(match?.caption, 'the report named twice').not.toMatch(/Sekretariatets sluttrapport.*Sluttrapporten/);
    expect(match?.caption, 'two brackets in a row').not.toMatch(/\)\s*\(/);
    // The citation, however it is worded, gives the page where the source has pages, as a link to it.
    if (q.source.page === undefined) expect(match?.caption).not.toMatch(/\bs\. \d/);
    else expect(match?.caption).toMatch(new RegExp(`\\bs\\. ${q.source.page}\\b`));
  }

  // The themes at the top lead to their sections and count their quotes.
  const nav = page.getByRole('navigation', { name: 'Temaer' });
  await expect(nav.getByRole('link')).toHaveCount(themes.length);
  for (const section of themes) {
    const id = section.querySelector('h2')?.getAttribute('id') ?? '';
    const item = nav.getByRole('listitem').filter({ has: page.locator(`a[href="#${id}"]`) });
    await expect(item).toContainText(`(${section.querySelectorAll('figure').length})`);
  }
  // Fresh eyes: the first quote under «Sykefravær» was the final report's thanks to Mandal; it is about the programme.
  const sickLeave = themes.find((section) => section.querySelector('h2')?.getAttribute('id') === 'sykefravaer');
  expect(readable(sickLeave?.text ?? '')).not.toContain('takk til Mandal');
  expect(readable(themes.at(-1)?.querySelector('h2')?.text.trim() ?? '')).toBe('Om programmet');
  expect(readable(themes.at(-1)?.text ?? '')).toContain('takk til Mandal');
  await nav.getByRole('link', { name: 'Sykefravær og nærvær' }).click();
  await expect(page).toHaveURL(/#sykefravaer$/);
  await expect(page.getByRole('region', { name: 'Sykefravær og nærvær' }).getByRole('figure').first()).toBeInViewport();
});

test('a story page gives a quote printed in the final report one bracket: who said it, then «(gjengitt i sluttrapporten, s. 25)», linked', () => {
  const captions = parse(builtFile('/eksempler/molde-ledelse-i-barnehagene/')).querySelectorAll('figure.quote figcaption');
  const children = captions.find((c) => c.text.includes('betydd for barna'));
  expect(children?.text.replace(/\s+/g, ' ').trim()).toBe('– Deltakerne i prosjektet i barnehagene i Molde, om hva det har betydd for barna (gjengitt i sluttrapporten, s. 25)');
  expect(children?.querySelector('a')?.getAttribute('href')).toBe('/kilder/sluttrapporten/#s-25');
  for (const caption of captions) expect(caption.text, 'two brackets in a row').not.toMatch(/\)\s*\(/);
});

// Fresh eyes: «– Sekretariatets sluttrapport (Sluttrapporten, s. 39)» named the report twice.
test('a story page names the report once for a quote in its own words, linked with the page', () => {
  const captions = parse(builtFile('/eksempler/vennesla-brukeropplevd-kvalitet/')).querySelectorAll('figure.quote figcaption');
  expect(captions.length).toBeGreaterThan(0);
  for (const caption of captions) {
    expect(readable(caption.text).replace(/\s+/g, ' ').trim()).toMatch(/^– Sekretariatets sluttrapport, s\. \d+$/);
    expect(caption.querySelector('a')?.getAttribute('href')).toMatch(/^\/kilder\/sluttrapporten\/#s-\d+$/);
  }
  const fyresdal = parse(builtFile('/eksempler/fyresdal-gimle-omdommebygging/')).querySelector('figure.quote figcaption');
  expect(readable(fyresdal?.text ?? '').replace(/\s+/g, ' ').trim()).toMatch(/^– Sekretariatets sluttrapport, s\. \d+, om Fyresdal kommunes egen vurdering$/);
});

// Fresh eyes: Gjerstad's «Vil være et lokalt og regionalt ‘fyrtårn’» was given as the report's own words («–
// Sekretariatets sluttrapport, s. 26, om prosjektet i Gjerstad»); it is the project's aim, as the report gives it.
test('a story page gives Gjerstad\'s «fyrtårn» as the project\'s aim given in the report, not as the report\'s words', () => {
  const gjerstad = parse(builtFile('/eksempler/gjerstad-var-manelanding/')).querySelector('figure.quote figcaption');
  expect(readable(gjerstad?.text ?? '').replace(/\s+/g, ' ').trim()).toBe('– Målet for prosjektet i Gjerstad kommune (gjengitt i sluttrapporten, s. 26)');
});

test('each press release shows the quotes that stand on the pages it cites, and only those', () => {
  const releases = entries('news').filter(({ data }) => data.kind === 'pressemelding');
  let shownInAll = 0;
  for (const { id, data } of releases) {
    const cited = (data.sources as { doc: string; page?: number }[]).map(({ doc, page }) => `${doc} ${page}`);
    const expected = contentQuotes.filter(({ source }) => cited.includes(`${source.doc} ${source.page}`)).map((q) => `«${q.text.replace(/\s+/g, ' ')}»`);
    const section = parse(builtFile(`/nyheter/${id}/`)).querySelector('section.release-quotes');
    const shown = section?.querySelectorAll('blockquote').map((b) => b.text.replace(/\s+/g, ' ').trim()) ?? [];
    expect(shown.sort(), id).toEqual(expected.sort());
    if (expected.length > 0) expect(section?.querySelector('a[href="/presse/sitater/"]'), id).not.toBeNull();
    shownInAll += shown.length;
  }
  expect(shownInAll, 'some press release shows a quote').toBeGreaterThan(0);
  // The final report's press release cites p. 3, where the foreword thanks Mandal.
  expect(parse(builtFile('/nyheter/sluttrapport-juni-2010/')).querySelector('section.release-quotes')?.text).toContain('takk til Mandal kommune');
});
