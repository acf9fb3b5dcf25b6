// What the public site shows: drafts only in `astro dev`, nothing dated in
// the future before its date, and never an entry its schema has not parsed.
// An event's date is when it takes place, not when it is published: an
// upcoming event is shown at once (unless a draft), listed as upcoming.
import type { PartialDate } from '../schemas/common.ts';
import { isKeptAsWritten } from './kept-as-written.ts';

interface Publishable {
  /** The entry's collection, as Astro and the content check name it; its date may not be a publication date. */
  collection?: string;
  data: { draft?: boolean; date?: PartialDate };
}

/** The collections whose `date` is when the thing takes place: never an embargo. */
export const occasionCollections: readonly string[] = ['events'];

/** The date the site shows an entry from: its `date`, unless that is when it takes place (an event). */
export function publicationDate(entry: Publishable): PartialDate | undefined {
  return entry.collection !== undefined && occasionCollections.includes(entry.collection) ? undefined : entry.data.date;
}

export function isPublished(entry: Publishable, now = new Date(), showDrafts = import.meta.env.DEV): boolean {
  if (isKeptAsWritten(entry)) return false;
  if (showDrafts) return true;
  if (entry.data.draft) return false;
  const from = publicationDate(entry);
  return from === undefined || from.date.getTime() <= now.getTime();
}

/**
 * What marks a draft where the dev preview shows it (`npm run dev`, the CMS's preview): on its
 * page, in lists and in feeds, so it is not taken for a published item. Builds have no drafts.
 */
export const draftMarker = 'Utkast – vises ikke på nettstedet';

/** The title as a feed shows it: marked when the entry is a draft. */
export function markedTitle(entry: Publishable, title: string): string {
  return entry.data.draft ? `${draftMarker}: ${title}` : title;
}
