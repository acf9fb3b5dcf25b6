// The entries the CMS page is told about (src/cms/entry-links.ts), read from the
// files: all of them at each request in `astro dev`; at build, for a hosted
// backend, only what the site itself shows (drafts and entries dated ahead are
// no one's business before they are published).
import { loadContent } from '../content-check/load.ts';
import { validateEntries } from '../content-check/validate.ts';
import { entryKey, knownEntries, type KnownEntry } from '../cms/entry-links.ts';
import { isPublished, type PublishableData } from '../lib/published.ts';

/** The entries under `root`: all of them in `astro dev`, else those the site shows. */
export async function entriesForCms(root: string, dev: boolean): Promise<Record<string, KnownEntry>> {
  const { entries } = await loadContent(root);
  if (dev) return knownEntries(entries);
  const { valid } = await validateEntries(entries);
  const shown = new Set(valid.filter((entry) => isPublished(entry.collection, entry.data as PublishableData, new Date(), false)).map((e) => entryKey(e.collection, e.id)));
  return knownEntries(entries.filter((entry) => shown.has(entryKey(entry.collection, entry.id))));
}
