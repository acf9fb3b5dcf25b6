// WCAG 3.1.2 (language of parts): a nynorsk entry's words shown outside its own page, on the site's bokmål pages,
// are marked lang="nn": its title where it links to it (lists' cards, related stories, the press room, a newsletter's
// items), its summary beside that title, and its quotes in the quote bank (src/lib/language-attribute.ts).
// Fresh eyes: the Bømlo quotes in the quote bank (nynorsk words in a bokmål story) were read as bokmål.
import { expect, test } from '@playwright/test';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { HTMLElement, parse, TextNode, type Node } from 'node-html-parser';
import { parse as parseYaml } from 'yaml';
import { isNynorsk } from '../src/lib/nynorsk-quotes.ts';
import { builtFile, builtFileAsIs, builtPages, readable } from './built-site.ts';

/** The stories' quotes in nynorsk, by their text as in the content: a quote's own `lang`, or else its story's. */
function nynorskQuotes(): { story: string; text: string }[] {
  const folder = join(import.meta.dirname, '..', 'content', 'stories');
  return readdirSync(folder)
    .filter((file) => file.endsWith('.mdx'))
    .flatMap((file) => {
      const data = parseYaml(readFileSync(join(folder, file), 'utf8').split(/^---$/m)[1] ?? '') as { lang?: string; quotes?: { text: string; lang?: string }[] };
      return (data.quotes ?? []).filter((quote) => (quote.lang ?? data.lang) === 'nn').map((quote) => ({ story: `/eksempler/${file.replace(/\.mdx$/, '')}/`, text: quote.text.replace(/\s+/g, ' ').trim() }));
    });
}

/** A blockquote's words as the content has them: without the quotation marks and line breaks. */
const words = (blockquote: HTMLElement | null) => readable(blockquote?.text ?? '').replace(/\s+/g, ' ').trim().replace(/^«|»$/g, '');

/** The built pages of nynorsk entries (their <html lang="nn">), by address, with their titles. */
function nynorskEntries(): Map<string, string> {
  const entries = new Map<string, string>();
  for (const path of builtPages()) {
    if (!/^\/(eksempler|nyheter)\/[^/]+\/$/.test(path) || path.startsWith('/eksempler/side/')) continue;
    const root = parse(builtFile(path));
    if (root.querySelector('html')?.getAttribute('lang') === 'nn') entries.set(path, root.querySelector('h1')?.text.trim() ?? '');
  }
  return entries;
}

/** The language an element's text is read in: its own lang or its nearest ancestor's. */
function languageOf(element: HTMLElement | null): string | undefined {
  for (let e = element; e; e = e.parentNode as HTMLElement | null) {
    const lang = e.getAttribute?.('lang');
    if (lang) return lang;
  }
  return undefined;
}

test('there are nynorsk entries and nynorsk quotes to check', () => {
  expect(nynorskEntries().size).toBeGreaterThan(0);
  expect(nynorskQuotes().length).toBeGreaterThan(0);
});

test('a nynorsk entry’s title, and the summary beside it, are marked lang="nn" on every other page', () => {
  const entries = nynorskEntries();
  const unmarked: string[] = [];
  let links = 0;
  for (const path of builtPages()) {
    const root = parse(builtFile(path));
    if (root.querySelector('html')?.getAttribute('lang') === 'nn') continue;
    for (const [href, title] of entries) {
      for (const link of root.querySelectorAll(`main a[href="${href}"]`)) {
        if (link.text.trim() !== title) continue;
        links++;
        if (languageOf(link) !== 'nn') unmarked.push(`${path}: «${title}»`);
        // The summary beside the title: the paragraph after the card's or the list item's heading.
        const item = link.closest('article, li');
        const summary = item?.querySelectorAll('p').find((p) => !p.classList.contains('meta') && !p.classList.contains('ds-tag') && p.text.trim().length > 30);
        if (summary && languageOf(summary) !== 'nn') unmarked.push(`${path}: summary of «${title}»`);
      }
    }
  }
  expect(links, 'links to nynorsk entries by their titles').toBeGreaterThan(0);
  expect(unmarked).toEqual([]);
});

test('a nynorsk quote is marked lang="nn" in the quote bank and on its bokmål story’s page, and no bokmål quote is marked', () => {
  const nynorsk = nynorskQuotes();
  const texts = new Set(nynorsk.map(({ text }) => text));
  const figures = parse(builtFile('/presse/sitater/')).querySelectorAll('main figure');
  const marked = figures.filter((figure) => texts.has(words(figure.querySelector('blockquote'))));
  expect(new Set(marked.map((figure) => words(figure.querySelector('blockquote')))), 'every nynorsk quote is in the quote bank').toEqual(texts);
  for (const figure of figures) {
    const blockquote = figure.querySelector('blockquote');
    expect(languageOf(blockquote), words(blockquote)).toBe(marked.includes(figure) ? 'nn' : 'nb');
  }
  for (const { story, text } of nynorsk) {
    const root = parse(builtFile(story));
    const quote = root.querySelectorAll('main figure blockquote').find((blockquote) => words(blockquote) === text);
    expect(quote, `${story}: ${text}`).toBeDefined();
    expect(languageOf(quote ?? null), `${story}: ${text}`).toBe('nn');
  }
});

// Fresh eyes: Bømlo's project leader quoted in nynorsk in running text («…» in a paragraph, a list item or a
// blockquote: a newsletter and its e-mail, /verktoy/prosjektarbeid/, a communication template, the final report's
// text) was read with the bokmål voice (src/lib/nynorsk-quotes.ts, src/markdown/rehype-nynorsk-quotes.ts).
test('every «…» in nynorsk in running text is marked lang="nn", on the pages and in the newsletters’ e-mails', () => {
  const emails = builtPages()
    .filter((path) => /^\/nyhetsbrev\/[^/]+\/$/.test(path) && !path.includes('/side/'))
    .map((path) => `${path}epost.html`);
  const files = [...builtPages(), ...emails];
  const unmarked: string[] = [];
  let quotes = 0;
  const visit = (node: Node, path: string) => {
    if (node instanceof TextNode) {
      for (const [quote] of readable(node.rawText).matchAll(/«[^«»]*»/g)) {
        if (!isNynorsk(quote)) continue;
        quotes++;
        if (languageOf(node.parentNode) !== 'nn') unmarked.push(`${path}: ${quote.slice(0, 60)}…`);
      }
    } else if (!(node instanceof HTMLElement && ['script', 'style', 'textarea'].includes(node.rawTagName?.toLowerCase() ?? ''))) {
      // A textarea (the press pack to copy) is plain text, with no parts to mark.
      for (const child of node.childNodes) visit(child, path);
    }
  };
  for (const path of files) visit(parse(builtFileAsIs(path)), path);
  expect(quotes, 'nynorsk quotes in running text').toBeGreaterThan(4);
  expect(unmarked).toEqual([]);
});

// Fresh eyes, second round: /nyheter/49-nye-kommunar/ (nynorsk) was <html lang="nn"> around the site's bokmål menu,
// breadcrumbs, kind and date, archive note, sources and footer, which a screen reader then read as nynorsk.
test('on a nynorsk entry’s page the entry is nynorsk and the site’s own words around it bokmål', () => {
  const entries = nynorskEntries();
  expect(entries.size).toBeGreaterThan(0);
  for (const path of entries.keys()) {
    const root = parse(builtFile(path));
    for (const selector of ['main h1', 'main .ingress', 'main .prose']) expect(languageOf(root.querySelector(selector)), `${path} ${selector}`).toBe('nn');
    for (const selector of ['.ds-skip-link', 'header.site-header', 'nav.breadcrumbs ol li', 'main header .meta', '#kilder', 'footer.site-footer'])
      expect(languageOf(root.querySelector(selector)), `${path} ${selector}`).toBe('nb');
    expect(languageOf(root.querySelector('nav.breadcrumbs [aria-current="page"]')), `${path}: the page's own title in the trail`).toBe('nn');
  }
  // In the news archive, the entry's kind and date are the site's words: «Nyhet · 17. oktober 2007» was marked nynorsk.
  const archive = parse(builtFile('/nyheter/'));
  for (const [href] of [...entries].filter(([path]) => path.startsWith('/nyheter/'))) {
    const item = archive.querySelector(`main a[href="${href}"]`)?.closest('li') ?? null;
    expect(item, href).not.toBeNull();
    expect(languageOf(item?.querySelector('.meta') ?? null), `${href}: kind and date`).toBe('nb');
  }
});
