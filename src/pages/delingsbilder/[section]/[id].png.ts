// The social image of each story, news item and tool, drawn at build time.
import type { APIContext } from 'astro';
import { getPublished } from '../../../lib/content.ts';
import { formatDate } from '../../../lib/dates.ts';
import { newsKind } from '../../../lib/news.ts';
import { archiveLabel, isFromArchive } from '../../../lib/archive-note.ts';
import { cachedSocialCard } from '../../../sharing/cached-social-card.ts';
import type { SocialCard } from '../../../sharing/social-card.ts';
import { socialImageSection } from '../../../sharing/social-images.ts';

export async function getStaticPaths() {
  const municipalities = new Map((await getPublished('municipalities')).map((m) => [m.id, m.data.name]));
  const list = new Intl.ListFormat('nb', { type: 'conjunction' });
  const stories = (await getPublished('stories')).map((story) => ({
    params: { section: socialImageSection('stories'), id: story.id },
    props: {
      kicker: `Godt eksempel fra ${list.format(story.data.municipalities.map((id) => municipalities.get(id) ?? id))}`,
      title: story.data.title,
    },
  }));
  const news = (await getPublished('news')).map((item) => ({
    params: { section: socialImageSection('news'), id: item.id },
    props: { kicker: `${newsKind(item.data)} · ${formatDate(item.data.date)}`, title: item.data.title, note: isFromArchive(item.data) ? archiveLabel(item.data.kind) : undefined },
  }));
  const tools = (await getPublished('tools')).map((tool) => ({
    params: { section: socialImageSection('tools'), id: tool.id },
    props: { kicker: 'Verktøy og metode', title: tool.data.title },
  }));
  return [...stories, ...news, ...tools];
}

export async function GET({ props }: APIContext<SocialCard>) {
  return new Response(new Uint8Array(await cachedSocialCard(props)), { headers: { 'Content-Type': 'image/png' } });
}
