import type { APIContext } from 'astro';
import { getPublished } from '../../lib/content.ts';
import { feedResponse } from '../../lib/feed.ts';
import { newsKind } from '../../lib/news.ts';
import { entryUrl } from '../../lib/routes.ts';
import { pressReleases } from '../../press/press-releases.ts';

export async function GET({ site }: APIContext) {
  const releases = pressReleases(await getPublished('news'));
  return feedResponse(
    site,
    'Pressemeldinger',
    'Pressemeldinger fra Kvalitetskommuneprogrammet, nummerert og datert, nyeste først.',
    releases.map((item) => ({
      title: `${newsKind(item.data)}: ${item.data.title}`,
      description: item.data.summary,
      pubDate: item.data.date.date,
      link: entryUrl('news', item.id),
      categories: ['pressemelding'],
    })),
  );
}
