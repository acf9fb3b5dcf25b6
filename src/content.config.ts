// Astro's content collections, one per entry of the registry in
// schemas/collections.ts (folder, format, schema), so a collection is declared
// there once; each keeps its schema's data type (schemas/collections.test.ts
// checks both). Content lives in /content (outside src/), so editors and the CMS
// see only content.
import { defineCollection } from 'astro:content';
import type { BaseSchema } from 'astro/content/config';
import { glob } from 'astro/loaders';
import { keptWhenInvalid } from './lib/kept-as-written.ts';
import { collectionDefinitions, contentRoot, filePattern, perCollection, type CollectionName } from './schemas/collections.ts';

function loader(name: CollectionName) {
  const { folder, format } = collectionDefinitions[name];
  // In `astro dev`, an entry that fails its schema is kept as written (lib/kept-as-written.ts).
  return keptWhenInvalid(glob({ pattern: filePattern[format], base: `${contentRoot}/${folder}` }), import.meta.env.DEV);
}

// Each collection's data type is its registry schema's output. The conditional tells the compiler the
// schema is a zod schema for every name (defineCollection's bound), which a generic ReturnType does not.
type SchemaOf<N extends CollectionName> =
  ReturnType<(typeof collectionDefinitions)[N]['schema']> extends infer S extends BaseSchema ? S : never;

export const collections = perCollection((definition, name) =>
  defineCollection({ loader: loader(name), schema: ({ image }) => definition.schema(image) }),
) as { [N in CollectionName]: ReturnType<typeof defineCollection<SchemaOf<N>>> };
