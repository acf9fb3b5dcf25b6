// Titles of entries that other entries link to by collection and id, e.g. a
// newsletter's items. An entry the site does not show (a draft, or dated in the
// future: published.ts) is left out, so no page or e-mail names or links it;
// the content check tells the editor (content-check/integrity.ts).
import { getEntry } from 'astro:content';
import type { entryLink } from '../schemas/publication.ts';
import type { z } from 'zod';
import { isPublished, type PublishableData } from './published.ts';
import { entryUrl } from './routes.ts';
import type { Language } from '../schemas/vocabulary.ts';

export type EntryLink = z.infer<typeof entryLink>;

export interface DescribedLink {
  title: string;
  summary: string;
  href: string;
  /** Shown only by the dev preview, which marks it. */
  draft: boolean;
  /** The entry's language («nn»: its title and summary are marked lang="nn"); bokmål, the default, when it has none. */
  lang: Language;
}

/** The linked entry's title, summary and address; undefined when the site does not show it. */
export async function describeLink({ collection, id }: EntryLink): Promise<DescribedLink | undefined> {
  const entry = await getEntry(collection, id);
  if (!entry) throw new Error(`Link to ${collection}/${id}: no such entry (the content check should have caught this).`);
  if (!isPublished(collection, entry.data as PublishableData)) return undefined;
  const data = entry.data as { title: string; summary?: string; maker?: string; year?: number; draft?: boolean; lang?: Language };
  return { title: data.title, summary: data.summary ?? madeBy(data), href: entryUrl(collection, id), draft: data.draft === true, lang: data.lang ?? 'nb' };
}

/** A film whose sources give only its title has no summary: a newsletter item names its maker and year instead. */
export function madeBy({ maker, year }: { maker?: string; year?: number }): string {
  if (maker === undefined) return '';
  return year === undefined ? `Film av ${maker}.` : `Film av ${maker}, ${year}.`;
}

/** The links the site shows, in their order. */
export async function describeLinks(links: readonly EntryLink[]): Promise<DescribedLink[]> {
  const described = await Promise.all(links.map(describeLink));
  return described.filter((link): link is DescribedLink => link !== undefined);
}
