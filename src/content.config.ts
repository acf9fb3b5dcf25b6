// Astro's content collections, one per entry of the registry in
// schemas/collections.ts (folder, format, schema), so a collection is declared
// there once. Each keeps its own data type. Content lives in /content (outside
// src/), so editors and the CMS see only content.
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { collectionDefinitions, collectionNames, contentRoot, filePattern, type CollectionName } from './schemas/collections.ts';

type SchemaOf<N extends CollectionName> = ReturnType<(typeof collectionDefinitions)[N]['schema']>;

function collection<N extends CollectionName>(name: N) {
  const { folder, format, schema } = collectionDefinitions[name];
  return defineCollection({
    loader: glob({ pattern: filePattern[format], base: `${contentRoot}/${folder}` }),
    schema: ({ image }) => schema(image) as SchemaOf<N>,
  });
}

export const collections = Object.fromEntries(collectionNames.map((name) => [name, collection(name)])) as {
  [N in CollectionName]: ReturnType<typeof collection<N>>;
};
