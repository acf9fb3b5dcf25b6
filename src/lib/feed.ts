// Builds a feed in RSS 2.0 or Atom 1.0 from one list of items, with the `feed`
// library, so both formats always carry the same entries.
import { Feed } from 'feed';
import { feedFormats, feedPath, type FeedFormat } from './feeds.ts';
import { siteText } from './site-text.ts';

export interface FeedItem {
  title: string;
  summary: string;
  /** Path on the site, e.g. /nyheter/opptak/. */
  path: string;
  /** When the entry was published or last changed. */
  date: Date;
  categories?: string[];
}

export interface FeedDescription {
  title: string;
  description: string;
  /** The section the feed belongs to, e.g. /nyheter/. */
  section: string;
}

const publisher = 'Sekretariatet for Kvalitetskommuneprogrammet';

export function renderFeed(site: URL | undefined, format: FeedFormat, about: FeedDescription, items: FeedItem[]): string {
  if (!site) throw new Error('The feeds need `site` in astro.config.mjs for absolute links.');
  const absolute = (path: string) => new URL(path, site).href;
  const feed = new Feed({
    id: absolute(about.section),
    title: `${about.title} – ${siteText.siteName}`,
    description: about.description,
    link: absolute(about.section),
    language: 'nb',
    // The newest entry, so the feed's date changes only when its content does.
    updated: items.reduce<Date | undefined>((newest, item) => (!newest || item.date > newest ? item.date : newest), undefined),
    generator: siteText.siteName,
    copyright: publisher,
    author: { name: publisher, link: site.href },
    favicon: absolute('/favicon.svg'),
    feedLinks: { rss: absolute(feedPath(about.section, 'rss')), atom: absolute(feedPath(about.section, 'atom')) },
  });
  for (const item of items)
    feed.addItem({
      title: item.title,
      id: absolute(item.path),
      link: absolute(item.path),
      description: item.summary,
      date: item.date,
      category: item.categories?.map((name) => ({ name, term: name })),
    });
  return format === 'rss' ? feed.rss2() : feed.atom1();
}

export function feedResponse(body: string, format: FeedFormat): Response {
  return new Response(body, { headers: { 'Content-Type': `${feedFormats[format].type}; charset=utf-8` } });
}
