// What the public site shows: drafts only in `astro dev`, and nothing dated in
// the future before its date.
import type { PartialDate } from '../schemas/common.ts';

interface Publishable {
  data: { draft?: boolean; date?: PartialDate };
}

export function isPublished(entry: Publishable, now = new Date(), showDrafts = import.meta.env.DEV): boolean {
  if (showDrafts) return true;
  if (entry.data.draft) return false;
  return entry.data.date === undefined || entry.data.date.date.getTime() <= now.getTime();
}
