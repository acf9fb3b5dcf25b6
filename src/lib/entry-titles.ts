// Titles of entries that other entries link to by collection and id, e.g. a
// newsletter's items.
import { getEntry } from 'astro:content';
import type { entryLink } from '../schemas/publication.ts';
import type { z } from 'zod';
import { entryUrl } from './routes.ts';

export type EntryLink = z.infer<typeof entryLink>;

export async function describeLink({ collection, id }: EntryLink): Promise<{ title: string; summary: string; href: string }> {
  const entry = await getEntry(collection, id);
  if (!entry) throw new Error(`Link to ${collection}/${id}: no such entry (the content check should have caught this).`);
  const data = entry.data as { title: string; summary: string };
  return { title: data.title, summary: data.summary, href: entryUrl(collection, id) };
}
