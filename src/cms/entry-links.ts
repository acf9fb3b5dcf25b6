// What the CMS page is told about the entries (/admin/oppforinger.json): each
// one's title as the CMS lists it, the entries it links to, with the field
// that links, and the images of the media folder it shows. With it the page
// refuses to delete an entry others link to (the site then had errors in those
// others) or an image an entry shows (its page then failed), and names a
// newsletter's items by their titles (src/cms/browser/entry-links.js,
// media-in-use.js, newsletter-items.js). Read from the
// files by src/integrations/cms-entry-links.ts; the page adds what it has
// loaded itself.
import { collectionDefinitions, type CollectionName } from '../schemas/collections.ts';
import { referencesIn } from '../schemas/references.ts';
import { sameTitleHolder, titleKey } from '../lib/same-title.ts';
import { innerQuotes } from '../lib/quoted.ts';
import { bodyField, collectionFieldsSchema, entryName, fieldLabel, listedTitle, mediaFolder, numberedFields } from './config.ts';
import { sectionPaths } from '../lib/routes.ts';
import { publicationDate } from '../lib/published.ts';
import { partialDateOf } from '../schemas/date-text.ts';
import type { PartialDate } from '../schemas/common.ts';

/** Where the CMS page asks (src/pages/admin/oppforinger.json.ts). */
export const entriesPath = '/admin/oppforinger.json';

/** An entry as the CMS page knows it, under its key («stories/sola-solrommet»). */
export interface KnownEntry {
  /** As the CMS lists it («2010-03 – Tittel», «Nr. 7: Tittel»): where it is looked for in a list. */
  title: string;
  /**
   * As the secretariat names it, its title (or name) alone: what a message says of it, with its kind. Named by its
   * listed title («2010-03 – …») and file name, it read as a file, not as the news item the secretariat knows.
   */
  name: string;
  /** The entries it links to, by key, and the label of the field that links. */
  links: { to: string; field: string }[];
  /** The images of the media folder it shows, by their path in that folder («barnehage.png»). */
  images: string[];
  /** Its `title` as titles are told apart (lib/same-title.ts), where it has one: the CMS refuses a second. */
  titleKey?: string;
  /** Where it has a title: itself as that refusal names it, «nyheten «…» (nynorsk, 17. oktober 2007)» (sameTitleHolder). */
  titleHolder?: string;
  /** Saved with «Utkast» on: it is not on the site, and may show a draft (the CMS refuses a draft others show). */
  draft?: boolean;
  /**
   * The date the site shows it from (lib/published.ts publicationDate; not an event's, which is when it takes place), as
   * precise as written: «2008-12», «2010-06-15», «2009». The CMS refuses a later date for an entry others show: the site
   * would leave it out of them until then, and the check then held the whole site back.
   */
  date?: string;
  /** Its numbers that each entry has once (`entryNumbers`), by field: the CMS offers the next free one and refuses a taken one. */
  numbers?: Record<string, number>;
  /** A municipality's kind («kommune» where its file leaves it out): a film's preview names it «Flora kommune», as /filmer/ does. */
  kind?: string;
}

export const entryKey = (collection: string, id: string) => `${collection}/${id}`;

/** An entry as read from its file; `body` is its Markdown text. */
interface Entry {
  collection: CollectionName;
  id: string;
  data: unknown;
  body?: string;
}

export function knownEntries(entries: readonly Entry[]): Record<string, KnownEntry> {
  const record = (entry: Entry) => (typeof entry.data === 'object' && entry.data !== null ? (entry.data as Record<string, unknown>) : {});
  // By collection, field and value, made when first asked: a scan per reference grew with the square of the entries.
  const byField = new Map<string, Map<unknown, string>>();
  /** The id of the entry a reference by another field names (a story's ten points by number). */
  const idOf = (collection: CollectionName, field: string, value: unknown) => {
    const key = `${collection}\0${field}`;
    let ids = byField.get(key);
    if (!ids) {
      ids = new Map();
      for (const entry of entries) if (entry.collection === collection && !ids.has(record(entry)[field])) ids.set(record(entry)[field], entry.id);
      byField.set(key, ids);
    }
    return ids.get(value);
  };
  const known: Record<string, KnownEntry> = {};
  const sections = entryPageSections();
  const keys = new Set(entries.map((entry) => entryKey(entry.collection, entry.id)));
  for (const entry of entries) {
    const links = referencesIn(collectionFieldsSchema(entry.collection), entry.data).flatMap(({ path, value, target }) => {
      const id = target.field === undefined ? String(value) : idOf(target.collection, target.field, value);
      return id === undefined ? [] : [{ to: entryKey(target.collection, id), field: fieldLabel(entry.collection, path[0]) }];
    });
    // The entries its text links to by their pages' addresses: deleting one broke the link and held back the site.
    const inBody = bodyLinksIn(entry.body ?? '', sections)
      .filter((key) => keys.has(key))
      .map((to) => ({ to, field: bodyField.label }));
    const images = mediaFilesIn(collectionDefinitions[entry.collection].folder, [entry.data, entry.body ?? ''], mediaFolder);
    const { title } = record(entry);
    const numbers = entryNumbers(record(entry), numberedFields(entry.collection));
    const shownFrom = publicationDate(entry.collection, { date: partialDateOf(record(entry).date) });
    known[entryKey(entry.collection, entry.id)] = {
      title: listedTitle(entry.collection, record(entry)),
      name: entryName(entry.collection, record(entry)) || entry.id,
      links: [...links, ...inBody],
      images,
      ...(typeof title === 'string' && { titleKey: titleKey(title), titleHolder: sameTitleHolder(entry.collection, record(entry), `«${innerQuotes(title)}»`) }),
      ...(record(entry).draft === true && { draft: true }),
      ...(shownFrom && { date: writtenDate(shownFrom) }),
      ...(Object.keys(numbers).length > 0 && { numbers }),
      ...(entry.collection === 'municipalities' && { kind: String(record(entry).kind ?? 'kommune') }),
    };
  }
  return known;
}

/** A date as precise as it is given, as the content writes it: «2010-06-15», «2010-06» or «2010». */
export const writtenDate = ({ date, precision }: PartialDate) => date.toISOString().slice(0, { day: 10, month: 7, year: 4 }[precision]);

/**
 * The numbers of an entry's `data` that each entry of its collection has once, by field: those of `numbered` (as
 * config.ts `numberedFields` gives them) where the entry has the fields and values the field is counted among (a
 * news item's stray `number` is not a press release's). Self-contained: the CMS page runs its source on the entries
 * it has loaded (src/cms/start-script.ts).
 */
export function entryNumbers(data: Record<string, unknown>, numbered: Record<string, Record<string, string>>): Record<string, number> {
  const numbers: Record<string, number> = {};
  for (const [field, among] of Object.entries(numbered)) {
    const number = data[field];
    if (typeof number === 'number' && Object.entries(among).every(([name, value]) => data[name] === value)) numbers[field] = number;
  }
  return numbers;
}

/** The sections whose entries have pages of their own, by their path («/nyheter/» → «news»): where a text links to an entry. */
export const entryPageSections = (): Record<string, string> =>
  Object.fromEntries(Object.entries(sectionPaths).flatMap(([name, path]) => (collectionDefinitions[name as CollectionName].entryPages ? [[path, name]] : [])));

/**
 * The entries a Markdown text links to by their pages' addresses («[Molde](/nyheter/molde-innstilt/)», a reference
 * definition, an <a href>), by key («news/molde-innstilt»); `sections` as `entryPageSections` gives them. Deleting
 * such an entry left a broken link that held back the whole site (fresh eyes). Self-contained: the CMS page runs
 * its source on the entries it has loaded (src/cms/start-script.ts).
 */
export function bodyLinksIn(body: string, sections: Record<string, string>): string[] {
  const found = new Set<string>();
  for (const match of body.matchAll(/(?:\]\(\s*<?|^[ \t]*\[[^\]\n]+\]:[ \t]*<?|href\s*=\s*["']?)(\/[^\s()<>"'`#?]*)/gm)) {
    const path = `${match[1]}`.replace(/\/?$/, '/');
    const slash = path.lastIndexOf('/', path.length - 2);
    const collection = sections[path.slice(0, slash + 1)];
    if (collection !== undefined && path.length > slash + 2) found.add(`${collection}/${path.slice(slash + 1, -1)}`);
  }
  return [...found];
}

/**
 * The images of the media folder (`mediaFolder`, under content/) that `value` shows or links to: every path
 * to an image in its texts (an image field's «../media/barnehage.png», a Markdown image or link, a reference
 * definition, an <img src>), resolved from the entry's folder under content/ (`entryFolder`, «stories»); by
 * their path in the media folder. Self-contained: the
 * CMS page runs its source on the entries it has loaded (src/cms/start-script.ts).
 */
export function mediaFilesIn(entryFolder: string, value: unknown, mediaFolder: string): string[] {
  const found = new Set<string>();
  const add = (src: string) => {
    // Another site's address, or a file of the site's own public folder.
    if (/^([a-z]+:|\/)/i.test(src)) return;
    const path: string[] = [];
    for (const part of `${entryFolder}/${src.split(/[?#]/)[0]}`.split('/')) {
      if (part === '..') path.pop();
      else if (part !== '.' && part !== '') path.push(part);
    }
    if (path[0] === mediaFolder && path.length > 1) found.add(path.slice(1).join('/'));
  };
  const visit = (item: unknown): void => {
    if (typeof item === 'string') {
      // Every path to an image in the text, however it is written: an image field's value, a Markdown image
      // (alt text with [brackets] too), a reference definition, a link to the file, an <img src>.
      for (const match of item.matchAll(/[^\s()<>"'`[\]]+\.(?:jpe?g|png|webp|gif|avif|svg)\b/gi)) add(match[0]);
    } else if (Array.isArray(item)) item.forEach(visit);
    else if (item !== null && typeof item === 'object') Object.values(item).forEach(visit);
  };
  visit(value);
  return [...found];
}

/**
 * Whether an entry dated `date` would be missing from entries that show it (`showing`: each with its own date as
 * `readDate` reads it, and whether it is a draft): as the check decides it (content-check/integrity.ts
 * unpublishedTarget), an entry that is not a draft shows it from its own date or `now`, whichever is later, and the
 * site leaves out what is dated after that. Gives which of `showing` (`before`, by index) and the latest date it may
 * have (`latest`: the earliest of theirs, `today` when that is `now`), or undefined when none. A news item a newsletter
 * lists was saved dated 2027, and the check then held the whole site back, reported on the newsletter (fresh eyes).
 * Self-contained: the CMS page runs its source (start-script.ts), so the rule is written here as in
 * lib/published.ts shownFrom (a function of another module may be renamed in the bundle).
 */
export function shownBefore(
  date: { date: Date } | undefined,
  showing: readonly { date?: unknown; draft?: boolean }[],
  now: Date,
  readDate: (value: unknown) => { date: Date } | undefined,
): { before: number[]; latest: Date; today: boolean } | undefined {
  if (!date) return undefined;
  let latest: { date: Date; today: boolean } | undefined;
  const before: number[] = [];
  showing.forEach((other, index) => {
    if (other.draft) return;
    const own = readDate(other.date)?.date;
    const from = own && own > now ? { date: own, today: false } : { date: now, today: true };
    if (date.date <= from.date) return;
    before.push(index);
    if (!latest || from.date < latest.date) latest = from;
  });
  return latest ? { before, latest: latest.date, today: latest.today } : undefined;
}
