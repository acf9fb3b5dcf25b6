// Where the generated social images (1200×630 PNG) are published: one per
// story, news item and tool, and the site's own card for every other page.
import { sectionPaths } from '../lib/routes.ts';

export const socialImageCollections = ['stories', 'news', 'tools'] as const;
export type SocialImageCollection = (typeof socialImageCollections)[number];

export const socialImageRoot = '/delingsbilder/';
export const defaultSocialImage = `${socialImageRoot}kompetansebanken.png`;

/** The URL segment naming a collection's images: the section's own, «eksempler» for stories. */
export function socialImageSection(collection: SocialImageCollection): string {
  return sectionPaths[collection].replaceAll('/', '');
}

/** «/delingsbilder/eksempler/mandal-modellkommune.png». */
export function socialImagePath(collection: SocialImageCollection, id: string): string {
  return `${socialImageRoot}${socialImageSection(collection)}/${id}.png`;
}
