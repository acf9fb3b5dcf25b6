// Reading collections for pages: only what is published, in a stable order.
import { getCollection, getEntry, type CollectionEntry, type CollectionKey } from 'astro:content';
import { isPublished, type PublishableData } from './published.ts';

export async function getPublished<C extends CollectionKey>(collection: C): Promise<CollectionEntry<C>[]> {
  const entries = await getCollection(collection);
  return entries.filter((entry) => isPublished(entry.collection, entry.data as PublishableData));
}

/** One entry by id, when the site shows it: a page naming an unpublished entry leaves it out. */
export async function getPublishedEntry<C extends CollectionKey>(collection: C, id: string): Promise<CollectionEntry<C> | undefined> {
  const entry = await getEntry(collection, id);
  return entry && isPublished(entry.collection, entry.data as PublishableData) ? (entry as CollectionEntry<C>) : undefined;
}

// Pages sort what they read; the comparisons need no Astro, so tests use them from sort.ts.
export { byName, byTitle } from './sort.ts';
