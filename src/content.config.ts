// Astro's content collections, one per entry of the registry in
// schemas/collections.ts (folder, format, schema), so a collection is declared
// there once. The keys are written out so each collection keeps its own data
// type; `satisfies` makes the compiler name a collection the list lacks.
// Content lives in /content (outside src/), so editors and the CMS see only content.
import { defineCollection } from 'astro:content';
import { glob, type Loader } from 'astro/loaders';
import { collectionDefinitions, contentRoot, filePattern, type CollectionName } from './schemas/collections.ts';

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

const { stories, municipalities, tools, sickLeavePoints, templates, newsletters, news, events, films, pages, figures } =
  collectionDefinitions;

export const collections = {
  stories: defineCollection({ loader: loader('stories'), schema: ({ image }) => stories.schema(image) }),
  municipalities: defineCollection({ loader: loader('municipalities'), schema: municipalities.schema() }),
  tools: defineCollection({ loader: loader('tools'), schema: tools.schema() }),
  sickLeavePoints: defineCollection({ loader: loader('sickLeavePoints'), schema: sickLeavePoints.schema() }),
  templates: defineCollection({ loader: loader('templates'), schema: templates.schema() }),
  newsletters: defineCollection({ loader: loader('newsletters'), schema: newsletters.schema() }),
  news: defineCollection({ loader: loader('news'), schema: news.schema() }),
  events: defineCollection({ loader: loader('events'), schema: events.schema() }),
  films: defineCollection({ loader: loader('films'), schema: films.schema() }),
  pages: defineCollection({ loader: loader('pages'), schema: pages.schema() }),
  figures: defineCollection({ loader: loader('figures'), schema: figures.schema() }),
} satisfies Record<CollectionName, unknown>;
