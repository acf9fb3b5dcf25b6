// What a story, news item or tool page shares: its social image and its
// structured data, both pointing at the page's permanent address.
import { previewDescription } from './preview-description.ts';
import { entryUrl } from '../lib/routes.ts';
import type { SourceRef } from '../lib/sources.ts';
import type { Language } from '../schemas/vocabulary.ts';
import { socialImageCollections, socialImagePath, type SocialImageCollection } from './social-images.ts';
import { articleData, type ArticleFacts } from './structured-data.ts';

/** The fields every entry with a page has (its title, ingress, language and sources). */
export interface SharedEntry {
  id: string;
  data: { title: string; summary: string; lang: Language; sources: SourceRef[] };
}

export function hasSocialImage(collection: string): collection is SocialImageCollection {
  return (socialImageCollections as readonly string[]).includes(collection);
}

/** The entry's social image path and its Article/NewsArticle data; `more` adds a date or places. */
export function entrySharing(
  collection: SocialImageCollection,
  { id, data }: SharedEntry,
  site: URL,
  more: Pick<ArticleFacts, 'datePublished' | 'places'> = {},
) {
  const image = socialImagePath(collection, id);
  const article = articleData(
    {
      type: collection === 'news' ? 'NewsArticle' : 'Article',
      url: new URL(entryUrl(collection, id), site).href,
      image: new URL(image, site).href,
      headline: data.title,
      lang: data.lang,
      sources: data.sources,
      ...more,
      // As the page's meta description says it (layouts/BaseLayout.astro): its ingress, cut for previews.
      description: previewDescription(data.summary),
    },
    site,
  );
  return { image, article };
}
