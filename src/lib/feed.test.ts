import { describe, expect, it } from 'vitest';
import { renderFeed, titleWithDate, type FeedItem } from './feed.ts';

const site = new URL('https://kompetansebanken.no/');
const about = { title: 'Pressemeldinger', description: 'Pressemeldinger.', section: '/presse/' };
const written = new Date('2026-11-20T10:00:00Z');
const items: FeedItem[] = [
  { title: 'Nr. 2', summary: 'Sluttrapporten.', path: '/nyheter/nr-2/', date: { date: new Date('2009-01-01T00:00:00Z'), precision: 'year' }, updated: written },
  { title: 'Over 900 påmeldte', summary: 'Konferansene.', path: '/nyheter/over-900/', date: { date: new Date('2010-05-01T00:00:00Z'), precision: 'month' }, updated: written },
  { title: 'Oppstart', summary: 'Programmet starter.', path: '/nyheter/oppstart/', date: { date: new Date('2007-10-17T00:00:00Z'), precision: 'day' }, updated: written },
];

/** Each <item> or <entry> of a feed, as text. */
const entries = (xml: string, tag: string) => [...xml.matchAll(new RegExp(`<${tag}>([\\s\\S]*?)</${tag}>`, 'g'))].map((m) => m[1]!);

// /presse/rss.xml dated press release nr. 2 «Thu, 01 Jan 2009» where the page says only «2009», and «Over 900 påmeldte» «Sat, 01 May 2010».
describe('a feed claims no day its source does not give', () => {
  it('RSS: pubDate only for an entry dated to the day; the others say their date in words', () => {
    const [year, month, day] = entries(renderFeed(site, 'rss', about, items), 'item');
    expect(year).not.toContain('<pubDate>');
    expect(year).toContain('Datert 2009 (dagen er ikke oppgitt i kilden).');
    expect(month).not.toContain('<pubDate>');
    expect(month).toContain('Datert mai 2010');
    expect(day).toContain('<pubDate>Wed, 17 Oct 2007 00:00:00 GMT</pubDate>');
    expect(day).not.toContain('Datert');
  });

  it('Atom: updated is when the text last changed; published only for an entry dated to the day', () => {
    const [year, month, day] = entries(renderFeed(site, 'atom', about, items), 'entry');
    for (const entry of [year, month, day]) expect(entry).toContain('<updated>2026-11-20T10:00:00.000Z</updated>');
    expect(year).not.toContain('<published>');
    expect(year).not.toContain('2009-01-01');
    expect(month).not.toContain('2010-05-01');
    expect(day).toContain('<published>2007-10-17T00:00:00.000Z</published>');
  });

  // Fresh eyes: a reader showed «Over 900 påmeldte» from mai 2010 as of 2026 (Atom updated, the day its text changed
  // here, which readers show where published is missing). The title says the entry's own period.
  it('says the month or year of an entry without a day in its title, in both formats', () => {
    for (const [format, tag] of [['rss', 'item'], ['atom', 'entry']] as const) {
      const [year, month, day] = entries(renderFeed(site, format, about, items), tag);
      expect(year).toMatch(/<title[^>]*>(<!\[CDATA\[)?Nr\. 2 \(2009\)(\]\]>)?<\/title>/);
      expect(month).toMatch(/<title[^>]*>(<!\[CDATA\[)?Over 900 påmeldte \(mai 2010\)(\]\]>)?<\/title>/);
      expect(day).toMatch(/<title[^>]*>(<!\[CDATA\[)?Oppstart(\]\]>)?<\/title>/);
    }
  });

  // Fresh eyes: «Fem kurs i statistisk prosesskontroll i 2008 (2008)».
  it('does not add the period where the title says it already', () => {
    const y2008 = { precision: 'year', date: new Date(Date.UTC(2008, 0, 1)) } as const;
    const may2010 = { precision: 'month', date: new Date(Date.UTC(2010, 4, 1)) } as const;
    expect(titleWithDate({ title: 'Fem kurs i statistisk prosesskontroll i 2008', date: y2008 })).toBe('Fem kurs i statistisk prosesskontroll i 2008');
    expect(titleWithDate({ title: 'Nyhetsbrev Mai 2010', date: may2010 })).toBe('Nyhetsbrev Mai 2010');
    expect(titleWithDate({ title: 'Konferansene i 2010', date: may2010 })).toBe('Konferansene i 2010 (mai 2010)');
  });

  it('gives an entry without a date of its own (a case story) the day its text changed', () => {
    const [story] = entries(renderFeed(site, 'rss', about, [{ title: 'Eksempel', summary: 'Om.', path: '/eksempler/a/', updated: written }]), 'item');
    expect(story).toContain('<pubDate>Fri, 20 Nov 2026 10:00:00 GMT</pubDate>');
  });
});

// /nyheter/atom.xml named «Sekretariatet for Kvalitetskommuneprogrammet» as author and rights holder of entries whose
// own text says they are not the programme's (fresh eyes): the feed is the site's; a new item names the secretariat.
describe('who a feed says wrote its entries', () => {
  const archive: FeedItem = { title: 'Oppstart', summary: 'Skrevet for Kompetansebanken ….', path: '/nyheter/oppstart/', updated: written };
  const fresh: FeedItem = { title: 'Ny sak', summary: 'Nytt nå.', path: '/nyheter/ny/', updated: written, author: 'Sekretariatet for Kvalitetskommuneprogrammet' };

  it('Atom: the site is the feed’s author and rights holder; only a new item names the secretariat', () => {
    const xml = renderFeed(site, 'atom', about, [archive, fresh]);
    const head = xml.slice(0, xml.indexOf('<entry>'));
    expect(head).toMatch(/<author>\s*<name>Kompetansebanken<\/name>/);
    expect(head).toContain('<rights>Kompetansebanken</rights>');
    expect(head).not.toContain('Sekretariatet');
    const [old, now] = entries(xml, 'entry');
    expect(old).not.toContain('<author>');
    expect(now).toMatch(/<author>\s*<name>Sekretariatet for Kvalitetskommuneprogrammet<\/name>/);
  });

  it('RSS: the site holds the rights, and no item names the secretariat', () => {
    const xml = renderFeed(site, 'rss', about, [archive]);
    expect(xml).toContain('<copyright>Kompetansebanken</copyright>');
    expect(xml).not.toContain('Sekretariatet');
  });
});

// A review: a nynorsk news item was marked lang="nn" on its page and in lists, but not in the feeds.
describe('an entry in nynorsk', () => {
  const mixed: FeedItem[] = [{ ...items[2]!, title: '49 nye kommunar', lang: 'nn' }, { ...items[0]!, lang: 'nb' }, items[1]!];

  it('RSS: has <dc:language>nn</dc:language>, with the namespace declared; a bokmål entry has none', () => {
    const xml = renderFeed(site, 'rss', about, mixed);
    expect(xml).toMatch(/^<\?xml[^>]*>\s*<rss version="2\.0" xmlns:dc="http:\/\/purl\.org\/dc\/elements\/1\.1\/"/);
    const [nynorsk, bokmål, unmarked] = entries(xml, 'item');
    expect(nynorsk).toContain('<dc:language>nn</dc:language>');
    expect(bokmål).not.toContain('dc:language');
    expect(unmarked).not.toContain('dc:language');
    expect(xml).toContain('<language>nb</language>');
  });

  it('Atom: its <entry> has xml:lang="nn"; the others the feed\'s language', () => {
    const xml = renderFeed(site, 'atom', about, mixed);
    expect(xml).toContain('<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="nb">');
    const tags = [...xml.matchAll(/<entry\b[^>]*>/g)].map((m) => m[0]);
    expect(tags).toEqual(['<entry xml:lang="nn">', '<entry>', '<entry>']);
    expect(xml).toMatch(/<entry xml:lang="nn">[\s\S]*?49 nye kommunar/);
  });

  it('leaves a feed without one as it was', () => {
    expect(renderFeed(site, 'rss', about, items)).not.toContain('xmlns:dc');
    expect(renderFeed(site, 'atom', about, items)).not.toContain('<entry xml:lang');
  });
});
