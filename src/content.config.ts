// Astro's content collections, one per entry of the registry in
// schemas/collections.ts (folder, format, schema), so a collection is declared
// there once; each keeps its schema's data type (schemas/collections.test.ts
// checks both). Content lives in /content (outside src/), so editors and the CMS
// see only content.
import { defineCollection } from 'astro:content';
import type { BaseSchema } from 'astro/content/config';
import { glob, type Loader } from 'astro/loaders';
import { collectionDefinitions, contentRoot, filePattern, perCollection, type CollectionName } from './schemas/collections.ts';

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

// Each collection's data type is its registry schema's output. The conditional tells the compiler the
// schema is a zod schema for every name (defineCollection's bound), which a generic ReturnType does not.
type SchemaOf<N extends CollectionName> =
  ReturnType<(typeof collectionDefinitions)[N]['schema']> extends infer S extends BaseSchema ? S : never;

export const collections = perCollection((definition, name) =>
  defineCollection({ loader: loader(name), schema: ({ image }) => definition.schema(image) }),
) as { [N in CollectionName]: ReturnType<typeof defineCollection<SchemaOf<N>>> };
