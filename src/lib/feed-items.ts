// What each feed holds: the published entries of its collection, newest first.
import type { APIContext } from 'astro';
import { byTitle, getPublished } from './content.ts';
import { byDateDescending } from './dates.ts';
import { feedResponse, renderFeed, secretariat, type FeedDescription, type FeedItem } from './feed.ts';
import { feeds, type FeedFormat, type FeedName } from './feeds.ts';
import { lastChanged } from './last-changed.ts';
import { newsKind, pressReleases } from './news.ts';
import { isFromArchive, feedDescription } from './archive-note.ts';
import { markedTitle } from './published.ts';
import { entryUrl } from './routes.ts';
import { sectors } from '../schemas/vocabulary.ts';

const descriptions: Record<FeedName, string> = {
  // The archives are written for the site from the programme's documents, not the programme's own texts.
  news: 'Nyheter og pressemeldinger om Kvalitetskommuneprogrammet, skrevet for Kompetansebanken ut fra programmets egne dokumenter.',
  press: 'Pressemeldinger om Kvalitetskommuneprogrammet, skrevet for Kompetansebanken ut fra programmets egne dokumenter, nyeste først.',
  newsletters: 'Nyhetsbrev om Kvalitetskommuneprogrammet, skrevet for Kompetansebanken ut fra programmets egne dokumenter.',
  stories: 'Gode eksempler fra kommunene i Kvalitetskommuneprogrammet.',
};

/** An archive entry is the site's (the feed's own author); a new one is the secretariat's. */
function authorOf(data: { newItem: boolean }): string | undefined {
  return isFromArchive(data) ? undefined : secretariat;
}

async function itemsOf(name: FeedName): Promise<FeedItem[]> {
  switch (name) {
    case 'news':
      return (await getPublished('news')).sort(byDateDescending).map((item) => ({
        title: markedTitle(item, item.data.kind === 'pressemelding' ? `Pressemelding: ${item.data.title}` : item.data.title),
        summary: feedDescription(item.data.kind, item.data),
        path: entryUrl('news', item.id),
        date: item.data.date,
        updated: lastChanged(item.filePath),
        categories: [item.data.kind],
        author: authorOf(item.data),
        lang: item.data.lang,
      }));
    case 'press':
      return pressReleases(await getPublished('news')).map((item) => ({
        title: markedTitle(item, `${newsKind(item.data)}: ${item.data.title}`),
        summary: feedDescription(item.data.kind, item.data),
        path: entryUrl('news', item.id),
        date: item.data.date,
        updated: lastChanged(item.filePath),
        categories: [item.data.kind],
        author: authorOf(item.data),
        lang: item.data.lang,
      }));
    case 'newsletters':
      return (await getPublished('newsletters')).sort(byDateDescending).map((issue) => ({
        title: markedTitle(issue, `Nr. ${issue.data.issue}: ${issue.data.title}`),
        summary: feedDescription('nyhetsbrev', issue.data),
        path: entryUrl('newsletters', issue.id),
        date: issue.data.date,
        updated: lastChanged(issue.filePath),
        author: authorOf(issue.data),
        lang: issue.data.lang,
      }));
    case 'stories':
      return (await getPublished('stories')).sort(byTitle).map((story) => ({
        title: markedTitle(story, story.data.title),
        summary: story.data.summary,
        path: entryUrl('stories', story.id),
        // Stories have no date of their own; «updated» is when the text last changed.
        updated: lastChanged(story.filePath),
        categories: story.data.sectors.map((s) => sectors[s]),
        author: authorOf(story.data),
        lang: story.data.lang,
      }));
  }
}

/** The GET handler of one feed file, e.g. /nyheter/atom.xml. */
export function feedRoute(name: FeedName, format: FeedFormat) {
  const feed = feeds.find((f) => f.name === name);
  if (!feed) throw new Error(`No feed called ${name}`);
  const about: FeedDescription = { title: feed.title, description: descriptions[name], section: feed.section };
  return async ({ site }: APIContext) => feedResponse(renderFeed(site, format, about, await itemsOf(name)), format);
}
