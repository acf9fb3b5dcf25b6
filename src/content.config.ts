// Astro's content collections, built from the one list in schemas/collections.ts.
// Content lives in /content (outside src/), so editors and the CMS see only content.
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { collectionDefinitions, contentRoot, filePattern, type CollectionName } from './schemas/collections.ts';

function collection(name: CollectionName) {
  const { folder, format, schema } = collectionDefinitions[name];
  return defineCollection({
    loader: glob({ pattern: filePattern[format], base: `${contentRoot}/${folder}` }),
    schema: ({ image }) => schema(image),
  });
}

export const collections = {
  stories: collection('stories'),
  municipalities: collection('municipalities'),
  tools: collection('tools'),
  sickLeavePoints: collection('sickLeavePoints'),
  templates: collection('templates'),
  newsletters: collection('newsletters'),
  news: collection('news'),
  events: collection('events'),
  films: collection('films'),
  pages: collection('pages'),
  figures: collection('figures'),
};
