import type { APIContext } from 'astro';
import { getPublished } from '../../lib/content.ts';
import { byDateDescending } from '../../lib/dates.ts';
import { feedResponse } from '../../lib/feed.ts';
import { entryUrl } from '../../lib/routes.ts';

export async function GET({ site }: APIContext) {
  const issues = (await getPublished('newsletters')).sort(byDateDescending);
  return feedResponse(
    site,
    'Nyhetsbrev',
    'Det månedlige nyhetsbrevet fra Kvalitetskommuneprogrammet.',
    issues.map((issue) => ({
      title: `Nr. ${issue.data.issue}: ${issue.data.title}`,
      description: issue.data.summary,
      pubDate: issue.data.date.date,
      link: entryUrl('newsletters', issue.id),
    })),
  );
}
