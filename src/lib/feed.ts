// Shared settings for the RSS feeds (one per publication type).
import rss, { type RSSFeedItem } from '@astrojs/rss';

export function feedResponse(site: URL | undefined, title: string, description: string, items: RSSFeedItem[]) {
  if (!site) throw new Error('The feeds need `site` in astro.config.mjs for absolute links.');
  return rss({
    title: `${title} – Kompetansebanken`,
    description,
    site,
    items,
    customData: '<language>nb</language>',
    trailingSlash: true,
  });
}
