// What the public site shows: drafts only in `astro dev`, nothing dated in
// the future before its date, and never an entry its schema has not parsed.
import type { PartialDate } from '../schemas/common.ts';
import { isKeptAsWritten } from './kept-as-written.ts';

interface Publishable {
  data: { draft?: boolean; date?: PartialDate };
}

export function isPublished(entry: Publishable, now = new Date(), showDrafts = import.meta.env.DEV): boolean {
  if (isKeptAsWritten(entry)) return false;
  if (showDrafts) return true;
  if (entry.data.draft) return false;
  return entry.data.date === undefined || entry.data.date.date.getTime() <= now.getTime();
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
