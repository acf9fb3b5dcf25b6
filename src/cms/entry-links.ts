// What the CMS page is told about the entries (/admin/oppforinger.json): each
// one's title as the CMS lists it, and the entries it links to, with the field
// that links. With it the page refuses to delete an entry others link to (the
// site then had errors in those others) and names a newsletter's items by
// their titles (src/cms/start-browser.js). Read from the files: at each
// request in `astro dev`, at build for a hosted backend, where it holds only
// what the site itself shows (drafts and entries dated ahead are no one's business
// before they are published); the page adds what it has loaded itself.
import { loadContent, type RawEntry } from '../content-check/load.ts';
import { collectionJsonSchemas } from '../content-check/json-schemas.ts';
import { validateEntries } from '../content-check/validate.ts';
import { isPublished } from '../lib/published.ts';
import type { CollectionName } from '../schemas/collections.ts';
import { referencesIn } from '../schemas/references.ts';
import { fieldLabel, listedTitle } from './config.ts';

/** Where the CMS page asks (src/pages/admin/oppforinger.json.ts). */
export const entriesPath = '/admin/oppforinger.json';

/** An entry as the CMS page knows it, under its key («stories/sola-solrommet»). */
export interface KnownEntry {
  title: string;
  /** The entries it links to, by key, and the label of the field that links. */
  links: { to: string; field: string }[];
}

export const entryKey = (collection: string, id: string) => `${collection}/${id}`;

type Entry = Pick<RawEntry, 'collection' | 'id' | 'data'>;

export function knownEntries(entries: readonly Entry[]): Record<string, KnownEntry> {
  const record = (entry: Entry) => (typeof entry.data === 'object' && entry.data !== null ? (entry.data as Record<string, unknown>) : {});
  /** The id of the entry a reference by another field names (a story's ten points by number). */
  const idOf = (collection: CollectionName, field: string, value: unknown) =>
    entries.find((entry) => entry.collection === collection && record(entry)[field] === value)?.id;
  const known: Record<string, KnownEntry> = {};
  for (const entry of entries) {
    const links = referencesIn(collectionJsonSchemas[entry.collection], entry.data).flatMap(({ path, value, target }) => {
      const id = target.field === undefined ? String(value) : idOf(target.collection, target.field, value);
      return id === undefined ? [] : [{ to: entryKey(target.collection, id), field: fieldLabel(entry.collection, path[0]) }];
    });
    known[entryKey(entry.collection, entry.id)] = { title: listedTitle(entry.collection, record(entry)), links };
  }
  return known;
}

/** The entries under `root`: all of them in `astro dev`, else those the site shows. */
export async function entriesForCms(root: string, dev: boolean): Promise<Record<string, KnownEntry>> {
  const { entries } = await loadContent(root);
  if (dev) return knownEntries(entries);
  const { valid } = await validateEntries(entries);
  const shown = new Set(valid.filter((entry) => isPublished(entry as Parameters<typeof isPublished>[0], new Date(), false)).map((e) => entryKey(e.collection, e.id)));
  return knownEntries(entries.filter((entry) => shown.has(entryKey(entry.collection, entry.id))));
}
