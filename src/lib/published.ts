// What the public site shows: drafts only in `astro dev`, nothing dated in
// the future before its date, and never an entry its schema has not parsed.
// An event's date is when it takes place, not when it is published: an
// upcoming event is shown at once (unless a draft), listed as upcoming.
import type { CollectionName } from '../schemas/collections.ts';
import type { PartialDate } from '../schemas/common.ts';
import { isKeptAsWritten } from './kept-as-written.ts';

/** What the rule reads of an entry's data. */
export interface PublishableData {
  draft?: boolean;
  date?: PartialDate;
}

/** The collections whose `date` is when the thing takes place: never an embargo. */
export const occasionCollections: readonly CollectionName[] = ['events'];

/**
 * The date the site shows an entry from: its `date`, unless that is when it takes place (an event). The collection
 * is a parameter of its own, not an optional field beside the data: an event passed without it was held back until
 * it took place, and callers cast their entries, which hid a missing field from the compiler.
 */
export function publicationDate(collection: CollectionName, data: PublishableData): PartialDate | undefined {
  return occasionCollections.includes(collection) ? undefined : data.date;
}

/**
 * The day the site shows an entry dated `date` (its publicationDate; undefined for none) from: that date, or `now`
 * when it is later. A page it shows (a newsletter's item, a link in its text) that is dated after this day would be
 * missing from it until then: the content check refuses that (content-check/integrity.ts for a choice,
 * site-addresses.ts for a link), and the CMS before a save (cms/entry-links.ts shownBefore, its self-contained twin).
 */
export function shownFrom(date: { date: Date } | undefined, now: Date): Date {
  return date && date.date > now ? date.date : now;
}

export function isPublished(collection: CollectionName, data: PublishableData, now = new Date(), showDrafts = import.meta.env.DEV): boolean {
  if (isKeptAsWritten({ data })) return false;
  if (showDrafts) return true;
  if (data.draft) return false;
  const from = publicationDate(collection, data);
  return from === undefined || from.date.getTime() <= now.getTime();
}

/**
 * What marks a draft where the dev preview shows it (`npm run dev`, the CMS's preview): on its
 * page, in lists and in feeds, so it is not taken for a published item. Builds have no drafts.
 */
export const draftMarker = 'Utkast – vises ikke på nettstedet';

/** The title as a feed shows it: marked when the entry is a draft. */
export function markedTitle(entry: { data: Pick<PublishableData, 'draft'> }, title: string): string {
  return entry.data.draft ? `${draftMarker}: ${title}` : title;
}
