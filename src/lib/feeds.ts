// The site's feeds, each in RSS 2.0 and Atom 1.0. The layout announces them on
// every page, the footer links them.
export const feedFormats = {
  rss: { file: 'rss.xml', type: 'application/rss+xml', label: 'RSS' },
  atom: { file: 'atom.xml', type: 'application/atom+xml', label: 'Atom' },
} as const;

export type FeedFormat = keyof typeof feedFormats;

export const feeds = [
  { name: 'news', title: 'Nyheter og pressemeldinger', section: '/nyheter/' },
  { name: 'press', title: 'Pressemeldinger', section: '/presse/' },
  { name: 'newsletters', title: 'Nyhetsbrev', section: '/nyhetsbrev/' },
  { name: 'stories', title: 'Gode eksempler', section: '/eksempler/' },
] as const;

export type FeedName = (typeof feeds)[number]['name'];

export function feedPath(section: string, format: FeedFormat): string {
  return `${section}${feedFormats[format].file}`;
}
