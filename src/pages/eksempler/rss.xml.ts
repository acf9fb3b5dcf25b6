import type { APIContext } from 'astro';
import { byTitle, getPublished } from '../../lib/content.ts';
import { feedResponse } from '../../lib/feed.ts';
import { entryUrl } from '../../lib/routes.ts';
import { sectors } from '../../schemas/vocabulary.ts';

export async function GET({ site }: APIContext) {
  const stories = (await getPublished('stories')).sort(byTitle);
  return feedResponse(
    site,
    'Gode eksempler',
    'Gode eksempler fra kommunene i Kvalitetskommuneprogrammet.',
    stories.map((story) => ({
      title: story.data.title,
      description: story.data.summary,
      link: entryUrl('stories', story.id),
      categories: story.data.sectors.map((s) => sectors[s]),
    })),
  );
}
