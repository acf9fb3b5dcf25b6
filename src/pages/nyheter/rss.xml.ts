import type { APIContext } from 'astro';
import { getPublished } from '../../lib/content.ts';
import { byDateDescending } from '../../lib/dates.ts';
import { feedResponse } from '../../lib/feed.ts';
import { entryUrl } from '../../lib/routes.ts';

export async function GET({ site }: APIContext) {
  const news = (await getPublished('news')).sort(byDateDescending);
  return feedResponse(
    site,
    'Nyheter og pressemeldinger',
    'Nyheter og pressemeldinger fra sekretariatet for Kvalitetskommuneprogrammet.',
    news.map((item) => ({
      title: item.data.kind === 'pressemelding' ? `Pressemelding: ${item.data.title}` : item.data.title,
      description: item.data.summary,
      pubDate: item.data.date.date,
      link: entryUrl('news', item.id),
      categories: [item.data.kind],
    })),
  );
}
