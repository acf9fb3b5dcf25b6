// Astro's content collections. Folders and formats come from the one list in
// schemas/collections.ts; the schemas are named here so each collection keeps
// its own data type. Content lives in /content (outside src/), so editors and
// the CMS see only content.
import { defineCollection } from 'astro:content';
import { glob, type Loader } from 'astro/loaders';
import { collectionDefinitions, contentRoot, filePattern, type CollectionName } from './schemas/collections.ts';
import { eventSchema } from './schemas/event.ts';
import { figureTableSchema } from './schemas/figure-table.ts';
import { filmSchema } from './schemas/film.ts';
import { municipalitySchema } from './schemas/municipality.ts';
import { pageSchema } from './schemas/page.ts';
import { newsletterSchema, newsSchema } from './schemas/publication.ts';
import { sickLeavePointSchema } from './schemas/sick-leave-point.ts';
import { storySchema } from './schemas/story.ts';
import { templateSchema } from './schemas/template.ts';
import { toolSchema } from './schemas/tool.ts';

function loader(name: CollectionName) {
  const { folder, format } = collectionDefinitions[name];
  return keptWhenInvalidInDev(glob({ pattern: filePattern[format], base: `${contentRoot}/${folder}` }));
}

/**
 * In `astro dev`, an entry that fails its schema is kept as written instead of
 * stopping the server with Astro's English error: the content check reports
 * it in Norwegian, and while it does, the dev server shows that report instead
 * of any page (src/integrations/content-check.ts). Builds stay strict.
 */
function keptWhenInvalidInDev(inner: Loader): Loader {
  if (!import.meta.env.DEV) return inner;
  return {
    ...inner,
    load: (context) =>
      inner.load({ ...context, parseData: <T extends Record<string, unknown>>(props: { id: string; data: T; filePath?: string }) => context.parseData(props).catch(() => props.data) }),
  };
}

export const collections = {
  stories: defineCollection({ loader: loader('stories'), schema: ({ image }) => storySchema(image) }),
  municipalities: defineCollection({ loader: loader('municipalities'), schema: municipalitySchema }),
  tools: defineCollection({ loader: loader('tools'), schema: toolSchema }),
  sickLeavePoints: defineCollection({ loader: loader('sickLeavePoints'), schema: sickLeavePointSchema }),
  templates: defineCollection({ loader: loader('templates'), schema: templateSchema }),
  newsletters: defineCollection({ loader: loader('newsletters'), schema: newsletterSchema }),
  news: defineCollection({ loader: loader('news'), schema: newsSchema }),
  events: defineCollection({ loader: loader('events'), schema: eventSchema }),
  films: defineCollection({ loader: loader('films'), schema: filmSchema }),
  pages: defineCollection({ loader: loader('pages'), schema: pageSchema }),
  figures: defineCollection({ loader: loader('figures'), schema: figureTableSchema }),
};
