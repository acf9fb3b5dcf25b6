// dist/ served through the shipped nginx configuration (deploy/nginx), checked
// in Chromium: security headers, compression, caching, MIME types, the 404 page,
// and that pages and search work under the header CSP. public/_headers must say
// the same as the nginx configuration.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test, type Page, type Response } from '@playwright/test';
import { builtFile, cmsPage, distDir } from './built-site.ts';
import { findNginx, installHint, serveWithNginx, type RunningServer } from './nginx.ts';

const nginx = findNginx();
const immutable = 'public, max-age=31536000, immutable';
const shortLived = 'public, max-age=300, must-revalidate';
const story = '/eksempler/gloppen-foreldre-fremmedspraklige-barn/';

/** The headers public/_headers sets for every path. */
function headersFileRules(): Map<string, Map<string, string>> {
  const rules = new Map<string, Map<string, string>>();
  let current: Map<string, string> | undefined;
  for (const line of readFileSync(join(import.meta.dirname, '..', 'public', '_headers'), 'utf8').split('\n')) {
    if (line.trim() === '' || line.trim().startsWith('#')) continue;
    if (!line.startsWith(' ')) rules.set(line.trim(), (current = new Map()));
    else {
      const [name = '', ...value] = line.trim().split(':');
      current?.set(name.toLowerCase(), value.join(':').trim());
    }
  }
  return rules;
}
const securityHeaders = headersFileRules().get('/*') ?? new Map<string, string>();

const metaCsp = (path: string) => /<meta http-equiv="content-security-policy" content="([^"]+)"/.exec(builtFile(path))?.[1] ?? '';

/** A header CSP has every directive of the page's own CSP (without its hashes), and frame-ancestors, which only a header can set. */
function expectSamePolicy(header: string, meta: string) {
  const directives = (csp: string) =>
    new Map(
      csp
        .split(';')
        .map((d) => d.trim().split(/\s+/))
        .filter(([name]) => name)
        .map(([name = '', ...values]) => [name, values.filter((v) => !v.startsWith("'sha256-")).join(' ')]),
    );
  const fromHeader = directives(header);
  const fromMeta = directives(meta);
  expect(fromMeta.size).toBeGreaterThan(5);
  for (const [name, values] of fromMeta) expect(fromHeader.get(name), name).toBe(values);
  expect(fromHeader.get('frame-ancestors')).toBe("'none'");
}

test.describe('served by nginx with deploy/nginx', () => {
  test.describe.configure({ mode: 'serial' });
  // Locally a missing nginx is reported as a skip with how to install it; in CI it is a failure.
  test.skip(!nginx && !process.env.CI, installHint);

  let server: RunningServer;
  test.beforeAll(async () => {
    if (!nginx) throw new Error(`CI must run these tests: ${installHint}`);
    server = await serveWithNginx(distDir, nginx);
  });
  test.afterAll(async () => server?.stop());

  async function visit(page: Page, path: string): Promise<{ document: Response | null; responses: Response[]; cspViolations: string[] }> {
    const responses: Response[] = [];
    const cspViolations: string[] = [];
    page.on('response', (r) => responses.push(r));
    page.on('console', (m) => {
      if (m.text().includes('Content Security Policy')) cspViolations.push(m.text());
    });
    const document = await page.goto(server.url + path, { waitUntil: 'networkidle' });
    return { document, responses, cspViolations };
  }
  const find = (responses: Response[], pattern: RegExp) => {
    const response = responses.find((r) => pattern.test(new URL(r.url()).pathname));
    if (!response) throw new Error(`no response for ${pattern}`);
    return response;
  };

  test('pages come gzipped, briefly cached and with every security header of public/_headers', async ({ page }) => {
    const { document } = await visit(page, story);
    expect(document?.status()).toBe(200);
    const headers = document?.headers() ?? {};
    expect(headers['content-type']).toBe('text/html; charset=utf-8');
    expect(headers['content-encoding']).toBe('gzip');
    expect(headers['vary']).toContain('Accept-Encoding');
    expect(headers['cache-control']).toBe(shortLived);
    expect(securityHeaders.size).toBeGreaterThanOrEqual(5);
    for (const name of ['content-security-policy', 'strict-transport-security', 'x-content-type-options', 'referrer-policy', 'permissions-policy'])
      expect(securityHeaders.has(name), `public/_headers sets ${name}`).toBe(true);
    for (const [name, value] of securityHeaders) expect(headers[name], name).toBe(value);
  });

  test('the header CSP says what the page’s own CSP says, without the hashes', async ({ page }) => {
    const { document } = await visit(page, '/');
    expectSamePolicy(document?.headers()['content-security-policy'] ?? '', metaCsp('/'));
  });

  test('the editing tool (/admin/) gets its own CSP, the same as in public/_headers, and starts without violations', async ({ page }) => {
    const { document, cspViolations } = await visit(page, cmsPage);
    const header = document?.headers()['content-security-policy'] ?? '';
    expectSamePolicy(header, metaCsp(cmsPage));
    expect(headersFileRules().get('/admin/*')?.get('content-security-policy')).toBe(header);
    // Built without a hosted backend, the page says how to set one up (tests/cms.spec.ts).
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible({ timeout: 30_000 });
    expect(cspViolations).toEqual([]);
  });

  test('a newsletter\'s e-mail preview gets a CSP that allows its inline styles and nothing else, as public/_headers says', async ({ page }) => {
    await page.setViewportSize({ width: 375, height: 800 });
    const { document: response, cspViolations } = await visit(page, '/nyhetsbrev/nr-1-desember-2008/epost.html');
    const header = response?.headers()['content-security-policy'] ?? '';
    expect(header).toContain("style-src 'unsafe-inline'");
    expect(header).toContain("default-src 'none'");
    expect(headersFileRules().get('/nyhetsbrev/:issue/epost.html')?.get('content-security-policy')).toBe(header);
    // Styled as sent: the preheader hidden, the e-mail as wide as the phone (under the site's CSP it ran 608 px wide).
    expect(cspViolations).toEqual([]);
    await expect(page.locator('.preheader')).toBeHidden();
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
  });

  // Fresh eyes: a feed opened in the browser was one run-on block of text, since the site's CSP blocked the inline
  // styles of the browser's own view of XML.
  test('a feed opened in the browser is shown as the browser shows XML: its CSP allows inline styles and data: images and nothing else, as public/_headers says', async ({ page }) => {
    for (const path of ['/nyhetsbrev/rss.xml', '/nyheter/atom.xml']) {
      const { document: response, cspViolations } = await visit(page, path);
      const header = response?.headers()['content-security-policy'] ?? '';
      expect(header, path).toContain("style-src 'unsafe-inline'");
      expect(header, path).toContain("default-src 'none'");
      expect(headersFileRules().get(`/:section/${path.split('/')[2]}`)?.get('content-security-policy'), path).toBe(header);
      expect(cspViolations, path).toEqual([]);
    }
  });

  test('hashed assets are cached for a year; styles are gzipped, fonts are not', async ({ page }) => {
    const { responses } = await visit(page, story);
    const css = find(responses, /^\/_astro\/.+\.css$/);
    expect(css.headers()['cache-control']).toBe(immutable);
    expect(css.headers()['content-type']).toBe('text/css; charset=utf-8');
    expect(css.headers()['content-encoding']).toBe('gzip');
    const font = find(responses, /^\/_astro\/.+\.woff2$/);
    expect(font.headers()['cache-control']).toBe(immutable);
    expect(font.headers()['content-type']).toBe('font/woff2');
    expect(font.headers()['content-encoding']).toBeUndefined();
    expect(headersFileRules().get('/_astro/*')?.get('cache-control')).toBe(immutable);
  });

  test('search works under the header CSP; Pagefind’s hashed files are cached for a year and never gzipped twice', async ({ page }) => {
    const { responses, cspViolations } = await visit(page, '/sok/?q=barnehage');
    await expect(page.locator('#search-results li').first()).toBeVisible();
    expect(cspViolations).toEqual([]);
    const script = find(responses, /^\/pagefind\/pagefind\.js$/);
    expect(script.headers()['content-encoding']).toBe('gzip');
    expect(script.headers()['cache-control']).toBe(shortLived);
    const wasm = find(responses, /^\/pagefind\/wasm\.[a-z]+\.pagefind$/);
    expect(wasm.headers()['content-type']).toBe('application/octet-stream');
    expect(wasm.headers()['content-encoding']).toBeUndefined();
    expect(wasm.headers()['cache-control']).toBe(shortLived);
    for (const pattern of [/^\/pagefind\/index\/.+\.pf_index$/, /^\/pagefind\/fragment\/.+\.pf_fragment$/, /^\/pagefind\/pagefind\..+\.pf_meta$/]) {
      const response = find(responses, pattern);
      expect(response.headers()['cache-control'], String(pattern)).toBe(immutable);
      expect(response.headers()['content-type'], String(pattern)).toBe('application/octet-stream');
      expect(response.headers()['content-encoding'], String(pattern)).toBeUndefined();
    }
    for (const path of ['/pagefind/fragment/*', '/pagefind/index/*'])
      expect(headersFileRules().get(path)?.get('cache-control'), path).toBe(immutable);
  });

  test('an unknown address gets status 404 and the site’s own 404 page, with the security headers', async ({ page }) => {
    const { document, cspViolations } = await visit(page, '/finnes-ikke/');
    expect(document?.status()).toBe(404);
    expect(document?.headers()['x-content-type-options']).toBe('nosniff');
    await expect(page.getByRole('heading', { level: 1, name: 'Fant ikke siden' })).toBeVisible();
    await expect(page.getByRole('link', { name: 'Gå til forsiden' })).toBeVisible();
    expect(cspViolations).toEqual([]);
  });

  // Fresh eyes: /kommuner/hægebostad/, typed or pasted as the name is spelled, was a plain 404 (the page is at
  // /kommuner/haegebostad/). Percent-encoded as a browser sends it, NFC and NFD, and a section too.
  test('an address spelled as the name is (æ, ø, å, percent-encoded, NFC or NFD), or with punctuation glued to it, reaches the page', async ({ page }) => {
    for (const [typed, target] of [
      ['/kommuner/h%C3%A6gebostad/', '/kommuner/haegebostad/'],
      ['/kommuner/%C3%A5s/', '/kommuner/as/'],
      ['/kommuner/a%CC%8As/', '/kommuner/as/'],
      ['/sykefrav%C3%A6r/dialogm%C3%B8ter/', '/sykefravaer/dialogmoter/'],
      ['/eksempler/fylke/m%C3%B8re-og-romsdal/', '/eksempler/fylke/more-og-romsdal/'],
      // Fresh eyes: a link in parentheses in an e-mail, as mail apps make it.
      ['/nyhetsbrev/nr-7-juni-2010/)', '/nyhetsbrev/nr-7-juni-2010/'],
      ['/nyheter/sluttrapport-juni-2010).', '/nyheter/sluttrapport-juni-2010/'],
    ] as const) {
      await page.goto(server.url + typed);
      await page.waitForURL((url) => url.pathname === target);
      expect(new URL(page.url()).pathname, typed).toBe(target);
    }
  });

  // A phone without æ, ø, å: the reader types the name as the keyboard allows.
  test('an address typed without æ, ø, å (aa, ae, oe, o, a) reaches the page', async ({ page }) => {
    for (const [typed, target] of [
      ['/kommuner/hagebostad/', '/kommuner/haegebostad/'],
      ['/kommuner/bodoe/', '/kommuner/bodo/'],
      ['/kommuner/aamot/', '/kommuner/amot/'],
      ['/kommuner/barum', '/kommuner/baerum/'],
      ['/verktoey/kvalitetstrakten/', '/verktoy/kvalitetstrakten/'],
      ['/verktoy/kvalitetstrakten', '/verktoy/kvalitetstrakten/'],
    ] as const) {
      await page.goto(server.url + typed);
      await page.waitForURL((url) => url.pathname === target);
      expect(new URL(page.url()).pathname, typed).toBe(target);
    }
  });

  // Fresh eyes: /kommuner/os/, an address a reader guesses, offered a search for «os» (the page is Os i Østerdalen's);
  // and /kommune/molde/, the section in the singular, guessed nothing.
  test('a municipality guessed by its whole name, a word of it no other name has, with «kommune», without æ, ø, å or under /kommune/ reaches its page', async ({ page }) => {
    for (const [typed, target] of [
      ['/kommuner/hagebostad-kommune/', '/kommuner/haegebostad/'],
      ['/kommuner/h%C3%A6gebostad-kommune/', '/kommuner/haegebostad/'],
      ['/kommuner/Aurskog', '/kommuner/aurskog-holand/'],
      ['/kommune/molde/', '/kommuner/molde/'],
      ['/kommune/', '/kommuner/'],
      ['/eksempler/hagebostad-sykefravar/', '/eksempler/haegebostad-sykefravaer/'],
    ] as const) {
      await page.goto(server.url + typed);
      await page.waitForURL((url) => url.pathname === target);
      expect(new URL(page.url()).pathname, typed).toBe(target);
    }
  });

  /** The 404 page's list of guesses for `path`: its heading and its links' names and addresses (none: not shown). */
  async function guesses(page: Page, path: string) {
    const { document } = await visit(page, path);
    expect(document?.status(), path).toBe(404);
    expect(new URL(page.url()).pathname, `${path} stays where it is`).toBe(path);
    const choice = page.locator('[data-meant-pages]');
    if (!(await choice.isVisible())) return undefined;
    const links = choice.getByRole('link');
    return {
      heading: (await choice.locator('p').innerText()).trim(),
      links: await links.evaluateAll((all) => all.map((a) => `${a.textContent} → ${a.getAttribute('href')}`)),
    };
  }

  test('a guess that names two municipalities lists both and goes to neither', async ({ page }) => {
    expect(await guesses(page, '/kommuner/toten/')).toEqual({
      heading: 'Mente du en av disse?',
      links: ['Vestre Toten → /kommuner/vestre-toten/', 'Østre Toten → /kommuner/ostre-toten/'],
    });
    await expect(page.getByRole('link', { name: 'Søk etter «toten»' })).toBeVisible();
  });

  // Fresh eyes: /kommuner/os/ and /kommuner/nord/ jumped to Os i Østerdalen and Nord-Aurdal without a word, though
  // «nord» begins Nordre Land and two of Oslo's districts too; /kommuner/bydel-nord/ and /kommuner/midt/ got nothing.
  test('a guess from part of a name or a short word is listed to choose from, not jumped to', async ({ page }) => {
    expect(await guesses(page, '/kommuner/os/')).toEqual({ heading: 'Mente du denne?', links: ['Os i Østerdalen → /kommuner/os-i-osterdalen/'] });
    expect(await guesses(page, '/kommuner/nord/')).toEqual({
      heading: 'Mente du en av disse?',
      links: [
        'Bydel Nordre Aker → /kommuner/bydel-nordre-aker/',
        'Bydel Nordstrand → /kommuner/bydel-nordstrand/',
        'Nord-Aurdal → /kommuner/nord-aurdal/',
        'Nordre Land → /kommuner/nordre-land/',
      ],
    });
    expect(await guesses(page, '/kommuner/bydel-nord/')).toEqual({
      heading: 'Mente du en av disse?',
      links: ['Bydel Nordre Aker → /kommuner/bydel-nordre-aker/', 'Bydel Nordstrand → /kommuner/bydel-nordstrand/'],
    });
    expect(await guesses(page, '/kommuner/midt/')).toEqual({ heading: 'Mente du denne?', links: ['Midtre Gauldal → /kommuner/midtre-gauldal/'] });
    // Fresh eyes: /eksempler/molde/ offered only a search; the municipality's page lists its stories.
    expect(await guesses(page, '/eksempler/molde/')).toEqual({ heading: 'Mente du denne?', links: ['Molde → /kommuner/molde/'] });
    expect(await guesses(page, '/eksempler/h%C3%A6gebostad-kommune/')).toEqual({ heading: 'Mente du denne?', links: ['Hægebostad → /kommuner/haegebostad/'] });
  });

  // Fresh eyes: /kommuner/oslo/ guessed nothing, though four of Oslo's districts took part (content/municipalities/).
  test('Oslo, which has no page, lists the districts of Oslo that took part', async ({ page }) => {
    const folder = join(import.meta.dirname, '..', 'content', 'municipalities');
    const districts = readdirSync(folder)
      .map((file) => ({ file, text: readFileSync(join(folder, file), 'utf8') }))
      .filter(({ text }) => /^kind: bydel$/m.test(text) && /^county: oslo$/m.test(text))
      .map(({ file, text }) => `${/^name: (.+)$/m.exec(text)?.[1]} → /kommuner/${file.replace(/\.yaml$/, '')}/`)
      .sort((a, b) => a.localeCompare(b, 'nb'));
    expect(districts.length).toBeGreaterThan(0);
    expect(await guesses(page, '/kommuner/oslo/')).toEqual({ heading: 'Oslo har ingen egen side her. Bydelene i Oslo som var med i programmet:', links: districts });
  });

  // Fresh eyes: without JavaScript, /kommuner/hagebostad/ was a 404 with no word of the page meant. The page cannot
  // know the address without its script, so it lists the municipalities whose name has æ, ø or å.
  test('without JavaScript, the 404 page lists every municipality whose name has æ, ø or å, linked to its page', async ({ browser }) => {
    const folder = join(import.meta.dirname, '..', 'content', 'municipalities');
    const names = readdirSync(folder)
      .map((file) => /^name: (.+)$/m.exec(readFileSync(join(folder, file), 'utf8'))?.[1] ?? '')
      .filter((name) => /[æøå]/i.test(name));
    expect(names.length).toBeGreaterThan(20);
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    const document = await page.goto(server.url + '/kommuner/hagebostad/');
    expect(document?.status()).toBe(404);
    await expect(page.getByRole('heading', { name: 'Skrev du en kommune uten æ, ø eller å?' })).toBeVisible();
    const list = page.locator('.spelled-municipalities');
    expect((await list.getByRole('link').allInnerTexts()).sort()).toEqual(names.sort());
    await expect(list.getByRole('link', { name: 'Hægebostad', exact: true })).toHaveAttribute('href', '/kommuner/haegebostad/');
    await list.getByRole('link', { name: 'Os i Østerdalen', exact: true }).click();
    await page.waitForURL((url) => url.pathname === '/kommuner/os-i-osterdalen/');
    await context.close();
  });

  // Fresh eyes: with JavaScript, /kommuner/al/ and /kommuner/bo/ (no participant has the name) got no guess, and the
  // script's browser never shows the <noscript> list of the names with æ, ø or å: less than the page gives without it.
  test('with JavaScript, an address the script cannot place still lists the municipalities whose name has æ, ø or å', async ({ page }) => {
    for (const path of ['/kommuner/al/', '/kommuner/bo/']) {
      await visit(page, path);
      await expect(page.locator('[data-meant-pages]'), path).toBeHidden();
      await expect(page.getByRole('heading', { name: 'Skrev du en kommune uten æ, ø eller å?' }), path).toBeVisible();
      const list = page.locator('.spelled-municipalities');
      await expect(list.getByRole('link', { name: 'Bømlo', exact: true }), path).toHaveAttribute('href', '/kommuner/bomlo/');
      await expect(list.getByRole('link', { name: 'Hægebostad', exact: true }), path).toBeVisible();
    }
  });

  test('a miss the site can read is sent on (capitals), and any other miss offers a search for the address\'s words', async ({ page }) => {
    await page.goto(server.url + '/kommuner/H%C3%A6gebostad/');
    await page.waitForURL((url) => url.pathname === '/kommuner/haegebostad/');
    // Not a municipality's whole name (/eksempler/hægebostad-kommune/ offers Hægebostad's page, above).
    const { document } = await visit(page, '/eksempler/h%C3%A6gebostad-prosjekt/');
    expect(document?.status()).toBe(404);
    await expect(page.locator('[data-meant-pages]')).toBeHidden();
    const suggestion = page.getByRole('link', { name: 'Søk etter «hægebostad prosjekt»' });
    await expect(suggestion).toBeVisible();
    await suggestion.click();
    await page.waitForURL((url) => url.pathname === '/sok/');
    expect(new URL(page.url()).searchParams.get('q')).toBe('hægebostad prosjekt');
  });

  test('an address without its trailing slash redirects to the page, on the same host', async ({ page }) => {
    const { document } = await visit(page, '/eksempler');
    expect(document?.status()).toBe(200);
    expect(new URL(page.url()).pathname).toBe('/eksempler/');
    const redirect = await document?.request().redirectedFrom()?.response();
    expect(redirect?.status()).toBe(301);
    expect(redirect?.headers()['location']).toBe('/eksempler/');
  });

  test('the feeds are XML in UTF-8, compressed, and _headers itself is not served', async ({ page }) => {
    const feed = await page.request.get(`${server.url}/eksempler/rss.xml`, { headers: { 'accept-encoding': 'gzip' } });
    expect(feed.headers()['content-type']).toMatch(/^(text|application)\/(rss\+)?xml; charset=utf-8$/);
    expect(feed.headers()['content-encoding']).toBe('gzip');
    expect((await page.request.get(`${server.url}/_headers`)).status()).toBe(404);
  });

  // Fresh eyes: a newsletter's plain-text version showed «â€“» for «–» (charset_types had no text/plain).
  test('plain text (a newsletter as text, and its e-mail\'s code for the mailing tool) and CSV are sent as UTF-8', async ({ page }) => {
    for (const file of ['epost.txt', 'epost-kode.txt', 'epost-tekst-kode.txt']) {
      const text = await page.request.get(`${server.url}/nyhetsbrev/nr-1-desember-2008/${file}`);
      expect(text.status(), file).toBe(200);
      expect(text.headers()['content-type'], file).toBe('text/plain; charset=utf-8');
    }
    // A table's CSV is CSV in UTF-8 (it was application/octet-stream: fresh eyes).
    const csv = await page.request.get(`${server.url}/tall/innsatskommuner-sykefravaer.csv`);
    expect(csv.status()).toBe(200);
    expect(csv.headers()['content-type']).toBe('text/csv; charset=utf-8');
  });
});
