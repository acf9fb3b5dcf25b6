// The feeds: well-formed RSS 2.0 and Atom 1.0 for news, press releases,
// newsletters and case stories, announced on every page.
import { expect, test } from '@playwright/test';
import { parse } from 'node-html-parser';
import { feedFormats, feedPath, feeds } from '../src/lib/feeds.ts';
import { builtFile, builtFileAsIs, builtPages } from './built-site.ts';

for (const feed of feeds) {
  for (const format of ['rss', 'atom'] as const) {
    const path = feedPath(feed.section, format);
    test(`${path} is well-formed ${format === 'rss' ? 'RSS 2.0' : 'Atom 1.0'} with absolute links`, async ({ page, request }) => {
      const response = await request.get(path);
      expect(response.ok()).toBe(true);
      const xml = await response.text();
      await page.goto('/');
      const summary = await page.evaluate(
        ({ xml, format }) => {
          const doc = new DOMParser().parseFromString(xml, 'application/xml');
          if (doc.querySelector('parsererror')) return { error: doc.querySelector('parsererror')?.textContent };
          const atom = 'http://www.w3.org/2005/Atom';
          if (format === 'atom') {
            const root = doc.documentElement;
            const entries = [...doc.getElementsByTagNameNS(atom, 'entry')];
            return {
              root: `${root.namespaceURI} ${root.localName}`,
              self: [...root.children].find((c) => c.localName === 'link' && c.getAttribute('rel') === 'self')?.getAttribute('href'),
              entries: entries.length,
              complete: entries.every((e) => ['id', 'title', 'updated'].every((n) => e.getElementsByTagNameNS(atom, n).length === 1)),
              links: entries.map((e) => e.getElementsByTagNameNS(atom, 'link')[0]?.getAttribute('href') ?? ''),
              categoriesHaveTerm: [...doc.getElementsByTagNameNS(atom, 'category')].every((c) => c.hasAttribute('term')),
            };
          }
          const items = [...doc.querySelectorAll('channel > item')];
          return {
            root: `${doc.documentElement.localName} ${doc.documentElement.getAttribute('version')}`,
            language: doc.querySelector('channel > language')?.textContent,
            entries: items.length,
            // An entry dated only to a month or year has no pubDate (it would say the 1st) but its date in words (feed.ts).
            complete: items.every(
              (i) =>
                i.querySelector('title') &&
                i.querySelector('link') &&
                (i.querySelector('pubDate') || /Datert \S.* \(dagen er ikke oppgitt i kilden\)/.test(i.querySelector('description')?.textContent ?? '')),
            ),
            links: items.map((i) => i.querySelector('link')?.textContent ?? ''),
          };
        },
        { xml, format },
      );
      expect(summary.error).toBeUndefined();
      expect(summary.root).toBe(format === 'atom' ? 'http://www.w3.org/2005/Atom feed' : 'rss 2.0');
      if (format === 'atom') {
        expect(summary.self).toMatch(new RegExp(`^https?://[^/]+${path}$`));
        expect(summary.categoriesHaveTerm).toBe(true);
      } else {
        expect(summary.language).toBe('nb');
      }
      expect(summary.entries).toBeGreaterThan(0);
      expect(summary.complete).toBe(true);
      // Press releases are news items: their feed lives in the press room, their pages under /nyheter/.
      const itemSection = feed.name === 'press' ? '/nyheter/' : feed.section;
      for (const link of summary.links ?? []) {
        const url = new URL(link);
        expect(url.pathname.startsWith(itemSection), link).toBe(true);
        expect(builtPages()).toContain(url.pathname);
      }
    });
  }
}

test('every page announces every feed in both formats', () => {
  for (const path of builtPages()) {
    const links = parse(builtFile(path))
      .querySelectorAll('head link[rel=alternate]')
      .map((l) => `${l.getAttribute('type')} ${l.getAttribute('href')}`);
    for (const feed of feeds)
      for (const format of ['rss', 'atom'] as const)
        expect(links, path).toContain(`${feedFormats[format].type} ${feedPath(feed.section, format)}`);
  }
});

// The feeds named «Sekretariatet for Kvalitetskommuneprogrammet» as author and rights holder over entries whose own
// summary says they are not the programme's texts (fresh eyes). The site is the feed's author; an archive entry
// names no other.
for (const feed of feeds) {
  test(`${feed.section} feeds name the site, not the programme’s secretariat, as author of the archive’s entries`, () => {
    const atom = builtFileAsIs(feedPath(feed.section, 'atom'));
    const head = atom.slice(0, atom.indexOf('<entry>'));
    expect(head).toMatch(/<author>\s*<name>Kompetansebanken<\/name>/);
    expect(head).toContain('<rights>Kompetansebanken</rights>');
    for (const entry of atom.split('<entry>').slice(1))
      if (entry.includes('ikke en original')) expect(entry).not.toContain('<author>');
    const rss = builtFileAsIs(feedPath(feed.section, 'rss'));
    const channel = rss.slice(0, rss.indexOf('<item>'));
    expect(channel).toContain('<copyright>Kompetansebanken</copyright>');
    expect(channel).not.toContain('Sekretariatet');
    expect(rss).not.toContain('<author>');
  });
}
