// Reading collections for pages: only what is published, in a stable order.
import { getCollection, type CollectionEntry, type CollectionKey } from 'astro:content';
import { isPublished } from './published.ts';

export async function getPublished<C extends CollectionKey>(collection: C): Promise<CollectionEntry<C>[]> {
  const entries = await getCollection(collection);
  return entries.filter((entry) => isPublished(entry as Parameters<typeof isPublished>[0]));
}

// Pages sort what they read; the comparisons need no Astro, so tests use them from sort.ts.
export { byName, byTitle } from './sort.ts';
