// The site's feeds; the layout announces them on every page, the footer links them.
export const feeds = [
  { title: 'Nyheter og pressemeldinger', path: '/nyheter/rss.xml' },
  { title: 'Pressemeldinger', path: '/presse/rss.xml' },
  { title: 'Nyhetsbrev', path: '/nyhetsbrev/rss.xml' },
  { title: 'Gode eksempler', path: '/eksempler/rss.xml' },
] as const;
