// Astro's content collections. Folders and formats come from the one list in
// schemas/collections.ts; the schemas are named here so each collection keeps
// its own data type. Content lives in /content (outside src/), so editors and
// the CMS see only content.
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
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
  return glob({ pattern: filePattern[format], base: `${contentRoot}/${folder}` });
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
