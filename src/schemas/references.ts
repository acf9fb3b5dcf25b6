// Where an entry names other entries, found by walking its data along its
// collection's JSON Schema (jsonSchemaOf) and reading the `reference` and
// `entryLink` meta the schema carries (meta.ts). The checker looks each one up
// (content-check/integrity.ts); the CMS makes the same fields pick-lists.
import { collectionDefinitions, type CollectionName } from './collections.ts';
import type { JsonSchema, Reference } from './meta.ts';

/** A reference whose collection is known to exist. */
export interface Target extends Reference {
  collection: CollectionName;
}

export interface FoundReference {
  /** Where the value stands in the entry's data, as zod reports issue paths: ['sameTheme', 'municipalities', 0]. */
  path: (string | number)[];
  /** The id, or the value of `target.field`. */
  value: string | number;
  target: Target;
}

/** The reference with its collection checked against the registry; a misspelt name is a programming error. */
export function target(reference: Reference): Target {
  const { collection } = reference;
  if (!(collection in collectionDefinitions)) throw new Error(`A schema refers to the collection «${collection}», which collections.ts does not have.`);
  return { ...reference, collection: collection as CollectionName };
}

/** Every reference in `data` (an entry's parsed frontmatter) that `schema` marks. */
export function referencesIn(schema: JsonSchema, data: unknown, path: (string | number)[] = []): FoundReference[] {
  if (data === undefined || data === null) return [];
  if (schema.reference && (typeof data === 'string' || typeof data === 'number')) return [{ path, value: data, target: target(schema.reference) }];
  if (schema.entryLink) {
    const link = data as { collection: string; id: string };
    return [{ path: [...path, 'id'], value: link.id, target: target({ collection: link.collection }) }];
  }
  if (Array.isArray(data) && schema.items) {
    const items = schema.items;
    return data.flatMap((item, i) => referencesIn(items, item, [...path, i]));
  }
  if (typeof data === 'object' && schema.properties)
    return Object.entries(schema.properties).flatMap(([name, property]) => referencesIn(property, (data as Record<string, unknown>)[name], [...path, name]));
  return [];
}
