// What a story, news item or tool page shares: its social image and its
// structured data, both pointing at the page's permanent address.
import { entryUrl } from '../lib/routes.ts';
import { socialImagePath, type SocialImageCollection } from './social-images.ts';
import { articleData, type ArticleFacts } from './structured-data.ts';

export function entrySharing(
  collection: SocialImageCollection,
  id: string,
  facts: Omit<ArticleFacts, 'type' | 'url' | 'image'>,
  site: URL,
) {
  const image = socialImagePath(collection, id);
  const article = articleData(
    {
      type: collection === 'news' ? 'NewsArticle' : 'Article',
      url: new URL(entryUrl(collection, id), site).href,
      image: new URL(image, site).href,
      ...facts,
    },
    site,
  );
  return { image, article };
}
