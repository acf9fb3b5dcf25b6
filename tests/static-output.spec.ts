// Checks over the files in dist/, without a browser: valid HTML by a real
// validator, and every internal link, anchor and asset resolves.
import { expect, test } from '@playwright/test';
import { HtmlValidate, FileSystemConfigLoader, formatterFactory } from 'html-validate';
import { LinkChecker } from 'linkinator';
import { builtFile, builtFileAsIs, builtPages, builtSpellingPages, distDir } from './built-site.ts';
import { join } from 'node:path';
import { unsubscribePlaceholder } from '../src/email/unsubscribe.ts';
import { numberPrefixes, units } from '../src/hyphenation/number-units.ts';
import { parse } from 'node-html-parser';

test('every page is valid HTML (html-validate)', async () => {
  const validator = new HtmlValidate(new FileSystemConfigLoader());
  const format = formatterFactory('text');
  const failures: string[] = [];
  for (const path of builtPages()) {
    const file = path.endsWith('/') ? join(distDir, path, 'index.html') : join(distDir, path);
    const report = await validator.validateFile(file);
    if (!report.valid) failures.push(format(report.results));
  }
  expect(failures.join('\n')).toBe('');
});

test('every internal link, anchor and asset resolves', async () => {
  test.setTimeout(180_000);
  const checker = new LinkChecker();
  const result = await checker.check({
    path: distDir,
    recurse: true,
    checkFragments: true,
    // Only the site itself (served by linkinator on a local port). The network is
    // off limits; that pages load nothing from other origins is the request test's job.
    // The newsletter e-mails' unsubscribe link is a placeholder the mailing tool fills in.
    linksToSkip: async (url: string) =>
      !/^https?:\/\/(localhost|127\.0\.0\.1|\[::1\])[:/]/.test(url) || decodeURIComponent(url).includes(unsubscribePlaceholder),
    concurrency: 20,
  });
  const broken = result.links
    .filter((link) => link.state === 'BROKEN')
    .map((link) => `${link.url} (on ${link.parent}): ${link.status}${link.failureDetails?.length ? ' ' + JSON.stringify(link.failureDetails).slice(0, 200) : ''}`);
  expect(broken).toEqual([]);
  expect(result.links.filter((l) => l.state === 'OK').length).toBeGreaterThan(100);
});

test('no word is glued to the link after it', () => {
  // Astro drops a line break between text and an element on the next line; «se{' '}» keeps the space.
  const glued = builtPages().flatMap((path) => [...builtFile(path).matchAll(/[\p{L},]<a[\s>][^>]*>[^<]*/gu)].map((m) => `${path}: …${m[0]}`));
  expect(glued).toEqual([]);
});

test('no number is glued to the word after it', () => {
  // The same drop after an expression: «færre enn {n}⏎punkter» gave «20punkter». The source texts (/kilder/) are as extracted.
  const text = (path: string) => builtFile(path).replace(/<(script|style)[^>]*>[\s\S]*?<\/\1>/g, '').replace(/<[^>]+>/g, ' ').replaceAll('\u00AD', '');
  const glued = builtPages()
    .filter((path) => !path.startsWith('/kilder/'))
    .flatMap((path) => [...text(path).matchAll(/\d[a-zæøå]{3,}/g)].map((m) => `${path}: …${m[0]}`));
  expect(glued).toEqual([]);
});

test('no sentence is glued to the next', () => {
  // The same drop before an expression on its own line: «(sluttrapporten, s. 50).Her er de som …» on /presse/.
  // Inline elements are read as part of their sentence, every other tag as a break; the source texts are as extracted.
  const inline = /<\/?(?:a|abbr|b|cite|code|em|i|mark|q|small|span|strong|sub|sup|time)\b[^>]*>/g;
  const text = (path: string) =>
    builtFile(path).replace(/<(script|style)[^>]*>[\s\S]*?<\/\1>/g, '').replace(inline, '').replace(/<[^>]+>/g, ' ').replaceAll('\u00AD', '');
  const glued = builtPages()
    .filter((path) => !path.startsWith('/kilder/'))
    .flatMap((path) => [...text(path).matchAll(/[\p{L}\d)»”][.!?:;][A-ZÆØÅ][a-zæøå]{2,}/gu)].map((m) => `${path}: …${m[0]}`));
  expect(glued).toEqual([]);
});

// The archive's news, press releases and newsletter issues were written for this site: a reader arriving from search
// must not cite one as the programme's own (an issue page said «Nyhetsbrev nr. 5 · januar 2010» and nothing more).
test('every news item, press release and newsletter issue says it was written for Kompetansebanken', () => {
  const entries = builtPages().filter((path) => /^\/(nyheter|nyhetsbrev)\/[^/]+\/$/.test(path) && !/\/side\/|\/(rss|atom)/.test(path));
  expect(entries.length).toBeGreaterThan(10);
  const text = (path: string) => builtFile(path).replace(/\s+/g, ' ');
  const unmarked = entries.filter((path) => !/skrevet for Kompetansebanken .*ikke en original/.test(text(path)));
  expect(unmarked).toEqual([]);
});

// The same entries anywhere else a reader meets them: an issue's e-mail (HTML, the mailing tool's code and the plain
// text) said nothing of it. (Their share previews show the social image, which has the note: sharing.spec.ts.)
test('every e-mail and feed item of a news item, press release or newsletter issue carries the archive note', () => {
  const entries = builtPages().filter((path) => /^\/(nyheter|nyhetsbrev)\/[^/]+\/$/.test(path) && !/\/side\/|\/(rss|atom)/.test(path));
  const flat = (text: string) => text.replace(/\s+/g, ' ').replaceAll('&amp;', '&');
  const note = /[Ss]krevet for Kompetansebanken ut fra programmets egne dokumenter.{0,40}ikke en original/;
  const unmarked: string[] = [];
  for (const path of entries) {
    if (path.startsWith('/nyhetsbrev/'))
      for (const file of ['epost.html', 'epost-kode.txt', 'epost.txt', 'epost-tekst-kode.txt']) if (!note.test(flat(builtFile(`${path}${file}`)))) unmarked.push(`${path}${file}`);
  }
  for (const feed of ['/nyheter/rss.xml', '/nyheter/atom.xml', '/presse/rss.xml', '/nyhetsbrev/rss.xml', '/nyhetsbrev/atom.xml']) {
    const items = flat(builtFile(feed)).split(/<item>|<entry>/).slice(1);
    expect(items.length, feed).toBeGreaterThan(0);
    items.forEach((item, i) => note.test(item) || unmarked.push(`${feed} item ${i + 1}`));
  }
  expect(entries.length).toBeGreaterThan(10);
  expect(unmarked).toEqual([]);
});

// They are not among the pages the gates check (built-site.ts): each is valid HTML and sends the reader to a page that exists.
test('every page at a name\'s spelling is valid HTML and sends the reader at once to a page of the site', async () => {
  const spellingPages = builtSpellingPages();
  const validator = new HtmlValidate(new FileSystemConfigLoader());
  const invalid: string[] = [];
  for (const path of spellingPages) {
    const report = await validator.validateFile(join(distDir, path, 'index.html'));
    if (!report.valid) invalid.push(formatterFactory('text')(report.results));
  }
  expect(invalid.join('\n')).toBe('');
  expect(spellingPages).toContain('/kommuner/hægebostad/');
  const pages = new Set(builtPages());
  const broken = spellingPages.filter((path) => {
    const target = /<meta http-equiv="refresh" content="0; url=([^"]+)"/.exec(builtFile(path))?.[1];
    return target === undefined || !pages.has(target) || !builtFile(path).includes(`href="${target}"`);
  });
  expect(broken).toEqual([]);
});

// Fresh eyes on /filmer/: «Fra Flora», linked, read as a film's name, and the page did not say which of Røe
// Kommunikasjon's five films was Sola's, as the Sola story does (the report does not say which title it is).
test('the film list names a film\'s municipality as a municipality, and says Sola\'s film is among Røe\'s five', () => {
  const page = parse(builtFile('/filmer/'));
  const places = page.querySelectorAll('main li p.meta');
  expect(places.length).toBeGreaterThan(0);
  for (const place of places) {
    expect(place.text.replace(/\s+/g, ' ').trim()).toMatch(/^Filmen er fra .+\.$/);
    for (const link of place.querySelectorAll('a')) {
      expect(link.getAttribute('href')).toMatch(/^\/kommuner\/[a-z0-9-]+\/$/);
      expect(link.text).toMatch(/ (kommune|samkommune)$|^Bydel /);
    }
  }
  const roe = page.querySelector('section[aria-label="Filmer av Røe Kommunikasjon"]');
  const films = roe?.querySelectorAll('li') ?? [];
  expect(films.length).toBe(5);
  const intro = roe?.querySelector('.film-group-intro')?.text.replace(/\s+/g, ' ') ?? '';
  expect(intro).toContain('filmen fra Solrommet i Sola kommune');
  expect(intro).toContain('sier ikke hvilken av de fem titlene den har');
});

// Fresh eyes on /filmer/: the same paragraph (Røe's five films, Sola's the best known, «rapporten sier ikke hvilken av
// titlene den har») stood under each of Røe's films and Asting's said alike, and «Helges bilverkstad» said «Filmen er fra
// Flora kommune» twice. What a maker's films share is said once, above them; a film says only what is its own.
test('the film list says what a maker\'s films share once, above them, and each film only what is its own', () => {
  const page = parse(builtFile('/filmer/'));
  const sections = page.querySelectorAll('main section[aria-label^="Filmer av "]');
  expect(sections.length).toBe(2);
  for (const section of sections) {
    expect(section.querySelectorAll('.film-group-intro').length, section.getAttribute('aria-label')).toBe(1);
    const texts = section.querySelectorAll('li p:not(.meta)').map((p) => p.text.replace(/\s+/g, ' ').trim());
    expect(new Set(texts).size, section.getAttribute('aria-label')).toBe(texts.length);
  }
  const main = page.querySelector('main')?.text.replace(/\s+/g, ' ') ?? '';
  expect(main.split('Solrommet i Sola').length - 1).toBe(1);
  expect(main.split('Kvalitetskonferansen 2009').length - 1).toBe(1);
  const helge = page.querySelector('li#helges-bilverkstad')?.text.replace(/\s+/g, ' ') ?? '';
  expect(helge.split('Flora kommune').length - 1).toBe(1);
});

// «Se filmene» on eleven pages led to /filmer/, which says the films cannot be watched here (fresh eyes). A link there
// says what the reader gets: about the films.
test('no link to /filmer/ promises films to watch', () => {
  const promises: string[] = [];
  for (const path of builtPages()) {
    for (const link of parse(builtFile(path)).querySelectorAll('main a[href="/filmer/"]')) {
      const before = (link.parentNode?.text ?? '').split(link.text)[0] ?? '';
      if (/^(se\b|filmene)/i.test(link.text.trim()) || /\bse\s+(også\s+)?$/i.test(before)) promises.push(`${path}: «${before.slice(-20)}${link.text}»`);
    }
  }
  expect(promises).toEqual([]);
});

// Fresh eyes: «Kort fortalt: Alle kommuner (95 % …» on /tall/ broke between «95» and «%» at 320 px. A number keeps its
// unit on its line on every page: the space between them is a no-break space (src/hyphenation/number-units.ts).
// A review: «<span class="nowrap">297</span> millioner kroner» in a table cell broke after «297»: every unit, across elements.
// Fresh eyes: «Sekretariatets sluttrapport, s. / 39» at 320 px; and «12 000» may not part either.
test('no page breaks a line between a number and its unit (percent, «prosent», amounts of money), «s.», «nr.» or «§» and its number, a day or quarter and its month or «kvartal», or a number’s digit groups', () => {
  const broken: string[] = [];
  // Also «(4. / kvartal 2007» and «25. / februar» (fresh eyes, second round).
  const periods = 'januar|februar|mars|april|mai|juni|juli|august|september|oktober|november|desember|kvartal|halvår';
  const numberThenUnit = new RegExp(
    String.raw`\S{0,20}(?:\d[ \n]${units}|${numberPrefixes}[ \n]\d|(?<![\d,.])\d{1,3}[ \n]\d{3}(?!\d|[,.]\d)|(?<![\d,.])\d{1,2}\.[ \n](?:${periods})(?![\p{L}]))`,
    'gu',
  );
  for (const path of builtPages()) {
    const body = parse(builtFileAsIs(path)).querySelector('body');
    body?.querySelectorAll('script, style, svg, code, pre, textarea').forEach((element) => element.remove());
    for (const match of (body?.text ?? '').matchAll(numberThenUnit)) broken.push(`${path}: ${match[0]}`);
  }
  expect(broken).toEqual([]);
});
