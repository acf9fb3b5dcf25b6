// Reading collections for pages: only what is published, in a stable order.
import { getCollection, type CollectionEntry, type CollectionKey } from 'astro:content';
import { isPublished } from './published.ts';

export async function getPublished<C extends CollectionKey>(collection: C): Promise<CollectionEntry<C>[]> {
  const entries = await getCollection(collection);
  return entries.filter((entry) => isPublished(entry as Parameters<typeof isPublished>[0]));
}

const collator = new Intl.Collator('nb');

export function byTitle<T extends { data: { title: string } }>(a: T, b: T): number {
  return collator.compare(a.data.title, b.data.title);
}

export function byName<T extends { data: { name: string } }>(a: T, b: T): number {
  return collator.compare(a.data.name, b.data.name);
}
