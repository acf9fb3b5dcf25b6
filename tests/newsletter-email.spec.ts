// The newsletter e-mails: HTML a mailing tool can send as it is (styles inline,
// no stylesheet or script, absolute links, lang, preheader), that renders at
// 600 px on its own, with every link working when it is opened from the site;
// the same HTML as code for the mailing tool, with the unsubscribe
// placeholder; and its plain-text part.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseFrontmatter } from '@astrojs/markdown-remark';
import { expect, test } from '@playwright/test';
import yaml from 'js-yaml';
import { parse } from 'node-html-parser';
import { unsubscribePlaceholder } from '../src/email/unsubscribe.ts';
import { archiveDescription } from '../src/lib/archive-note.ts';
import { newsletterUnsubscribeInfoPath } from '../src/lib/routes.ts';
import { builtFile, builtNewsletterEmails, builtPages } from './built-site.ts';

const emails = builtNewsletterEmails();
/** The address the site is built for, from the front page's canonical link. */
const site = new URL(parse(builtFile('/')).querySelector('link[rel=canonical]')?.getAttribute('href') ?? '');
const pages = new Set(builtPages());

function frontmatterOf(email: string): { title: string; preheader: string } {
  const id = email.split('/')[2] ?? '';
  const source = readFileSync(join(import.meta.dirname, '..', 'content', 'newsletters', `${id}.mdx`), 'utf8');
  return yaml.load(parseFrontmatter(source).rawFrontmatter, { schema: yaml.CORE_SCHEMA }) as { title: string; preheader: string };
}

// The code for the mailing tool is the secretariat's (found in the CMS and the editor's guide): readers saw «HTML-kode til e-postverktøyet».
test('every published newsletter has an e-mail, its code for the mailing tool and a plain-text version; its page links readers to the e-mail and the text only', () => {
  const issuePages = builtPages().filter((p) => /^\/nyhetsbrev\/[^/]+\/$/.test(p));
  expect(issuePages.length).toBeGreaterThan(0);
  expect(emails).toHaveLength(issuePages.length);
  for (const page of issuePages) {
    const links = parse(builtFile(page))
      .querySelectorAll('main a')
      .map((a) => a.getAttribute('href'));
    expect(links, page).toContain(`${page}epost.html`);
    expect(links, page).not.toContain(`${page}epost-kode.txt`);
    expect(links, page).not.toContain(`${page}epost-tekst-kode.txt`);
    expect(builtFile(`${page}epost-kode.txt`).length, page).toBeGreaterThan(500);
    expect(links, page).toContain(`${page}epost.txt`);
    expect(builtFile(`${page}epost.txt`).length).toBeGreaterThan(500);
  }
});

for (const email of emails) {
  test(`${email} is self-contained e-mail HTML: inline styles, absolute links that work, lang, preheader, unsubscribe`, () => {
    const { title, preheader } = frontmatterOf(email);
    const root = parse(builtFile(email));
    expect(root.querySelector('html')?.getAttribute('lang')).toBe('nb');
    expect(root.querySelector('title')?.text).toBe(title);
    expect(root.querySelectorAll('script')).toHaveLength(0);
    expect(root.querySelectorAll('link[rel=stylesheet]')).toHaveLength(0);
    // Only the media query for narrow screens stays in <style>; everything else is inline.
    for (const style of root.querySelectorAll('style')) expect(style.text.trim()).toMatch(/^@media[^{]+\{[\s\S]*\}$/);
    for (const selector of ['body', 'table.frame', 'td.masthead', 'td.content', 'h1', 'h2', 'p', 'a', 'td.footer'])
      for (const element of root.querySelectorAll(selector)) expect(element.getAttribute('style'), `${selector} in ${email}`).toBeTruthy();
    // A table layout 600 px wide.
    expect(root.querySelector('table.frame')?.getAttribute('width')).toBe('600');
    expect(root.querySelector('table[role=presentation]')).not.toBeNull();

    const preheaderElement = root.querySelector('.preheader');
    expect(preheaderElement?.text.startsWith(archiveDescription('nyhetsbrev', preheader))).toBe(true);
    expect(preheaderElement?.getAttribute('style')).toContain('display:none');

    // The tester's finding: opened from the newsletter's page, «Meld deg av nyhetsbrevet» was «{{unsubscribe}}», a 404.
    const unsubscribe = root.querySelectorAll('a').find((a) => a.text === 'Meld deg av nyhetsbrevet');
    expect(unsubscribe?.getAttribute('href')).toBe(new URL(newsletterUnsubscribeInfoPath, site).href);
    expect(builtFile(email)).not.toContain(unsubscribePlaceholder);
    const hrefs = root.querySelectorAll('a').map((a) => a.getAttribute('href') ?? '');
    for (const href of hrefs) {
      expect(href, `${href} in ${email}`).toMatch(/^(https?:|mailto:)/);
      const url = new URL(href);
      // Links into the site point at pages that exist, and at a part of the page that is there.
      if (url.origin !== site.origin) continue;
      expect(pages.has(url.pathname), `${href} in ${email}`).toBe(true);
      if (url.hash) expect(parse(builtFile(url.pathname)).getElementById(url.hash.slice(1)), `${href} in ${email}`).not.toBeNull();
    }
    for (const img of root.querySelectorAll('img')) expect(img.getAttribute('src')).toMatch(/^https?:/);
  });
}

test('the code for the mailing tool is the same e-mail with the unsubscribe placeholder as the link to «Meld deg av»', () => {
  for (const email of emails) {
    // After a byte order mark: read as UTF-8 even where the server names no charset (astro preview did not).
    const file = builtFile(email.replace(/epost\.html$/, 'epost-kode.txt'));
    expect(file.startsWith('\uFEFF'), email).toBe(true);
    const code = file.slice(1);
    const link = parse(code).querySelectorAll('a').find((a) => a.text === 'Meld deg av nyhetsbrevet');
    expect(link?.getAttribute('href'), email).toBe(unsubscribePlaceholder);
    expect(code.replace(unsubscribePlaceholder, new URL(newsletterUnsubscribeInfoPath, site).href), email).toBe(builtFile(email));
  }
});

test('the text files show æ, ø and å in the browser, from a server that names no charset (astro preview)', async ({ page }) => {
  for (const file of ['epost-kode.txt', 'epost.txt', 'epost-tekst-kode.txt']) {
    await page.goto(emails[0]!.replace(/epost\.html$/, file));
    const text = await page.locator('body').innerText();
    expect(text, file).toMatch(/[æøå]/);
    expect(text, file).not.toMatch(/Ã[¦¸¥]/);
  }
});

test('the plain-text part for the mailing tool has the text, absolute links and the unsubscribe placeholder, and no HTML', () => {
  for (const email of emails) {
    const text = builtFile(email.replace(/epost\.html$/, 'epost-tekst-kode.txt'));
    expect(text.startsWith('\uFEFF'), email).toBe(true);
    const { title } = frontmatterOf(email);
    expect(text).toContain(title.split(':')[0]);
    expect(text).toContain(new URL(email.replace('epost.html', ''), site).href);
    expect(text).toContain(`Meld deg av: ${unsubscribePlaceholder}`);
    expect(text).not.toMatch(/<\/?[a-z][^>]*>/i);
    // Links are written out in full, never as site-relative paths.
    expect(text).not.toMatch(/\[\/[a-z]/);
  }
});

// «ren tekst» on an issue's page showed readers «Meld deg av: {{unsubscribe}}», the mailing tool's placeholder.
test('the plain text readers get sends «Meld deg av» to the site\'s unsubscribe section, and is otherwise the tool\'s text', () => {
  for (const email of emails) {
    const text = builtFile(email.replace(/\.html$/, '.txt'));
    expect(text, email).not.toContain(unsubscribePlaceholder);
    expect(text, email).toContain(`Meld deg av: ${new URL(newsletterUnsubscribeInfoPath, site).href}`);
    const tool = builtFile(email.replace(/epost\.html$/, 'epost-tekst-kode.txt'));
    expect(tool.replace(unsubscribePlaceholder, new URL(newsletterUnsubscribeInfoPath, site).href), email).toBe(text);
  }
});

test('the e-mail renders on its own at 600 px: no stylesheet, no other request, nothing cut off', async ({ page }, testInfo) => {
  const email = emails[0] ?? '';
  const requests: string[] = [];
  page.on('request', (request) => requests.push(request.url()));
  await page.setViewportSize({ width: 600, height: 900 });
  await page.goto(email);
  expect(requests).toEqual([page.url()]);
  expect(await page.evaluate(() => document.styleSheets.length)).toBeLessThanOrEqual(1);

  const frame = page.locator('table.frame');
  expect((await frame.boundingBox())?.width).toBe(600);
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(overflow).toBeLessThanOrEqual(0);
  await expect(page.locator('.preheader')).toBeHidden();
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Meld deg av nyhetsbrevet' })).toBeVisible();
  // The inline styles took effect: the masthead has the site's accent colour.
  await expect(page.locator('td.masthead')).toHaveCSS('background-color', 'rgb(27, 94, 122)');
  await expect(page.locator('td.content')).toHaveCSS('font-family', /Georgia/);
  await testInfo.attach('e-mail at 600 px', { body: await page.screenshot({ fullPage: true }), contentType: 'image/png' });

  // On a phone the frame shrinks to the screen.
  await page.setViewportSize({ width: 360, height: 800 });
  expect(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBeLessThanOrEqual(0);
});
