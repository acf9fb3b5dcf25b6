// Rules that span entries: references point at entries that exist, numbers
// that must be unique are, and the ten points are exactly 1 to 10. Which
// fields are references is read from the schemas (schemas/references.ts).
import { bodyField } from '../cms/config.ts';
import { reservedPageIds } from '../lib/routes.ts';
import { collectionDefinitions, perCollection, type CollectionName } from '../schemas/collections.ts';
import { referencesIn, type FoundReference } from '../schemas/references.ts';
import { collectionJsonSchemas } from './json-schemas.ts';
import { formatDate } from '../lib/dates.ts';
import { publicationDate, shownFrom } from '../lib/published.ts';
import { sameTitleReason, titleKey } from '../lib/same-title.ts';
import { gapLabel, numberGaps, numberSeries } from '../lib/number-gaps.ts';
import type { PartialDate } from '../schemas/common.ts';
import { fieldPath, type Problem } from './problem.ts';
import type { ValidEntry } from './validate.ts';

/** Folder names editors see, for messages. */
export const folders = perCollection((definition) => `content/${definition.folder}`);

/** An entry that failed its schema: its data as written. */
export interface InvalidEntry {
  collection: CollectionName;
  id: string;
  file: string;
  data: unknown;
}

/** A number field as written in an entry that failed its schema, so its number is still checked against the others'. */
function writtenNumber(entry: InvalidEntry, field: string): number | undefined {
  const value = typeof entry.data === 'object' && entry.data !== null ? (entry.data as Record<string, unknown>)[field] : undefined;
  return typeof value === 'number' && Number.isInteger(value) ? value : undefined;
}

/**
 * `entries` are the entries that passed their schemas; `invalid` the ones that
 * did not: their own problems are reported, and they still exist, so a
 * reference to one is not reported as well.
 */
export function checkIntegrity(entries: readonly ValidEntry[], invalid: readonly InvalidEntry[] = [], now = new Date()): Problem[] {
  const problems: Problem[] = [];
  const byCollection = new Map<CollectionName, Map<string, ValidEntry>>();
  for (const entry of entries) {
    const ids = byCollection.get(entry.collection) ?? new Map<string, ValidEntry>();
    const earlier = ids.get(entry.id);
    if (earlier)
      problems.push({ file: entry.file, message: `id-en «${entry.id}» er allerede brukt av ${earlier.file}; gi filen et annet navn` });
    else ids.set(entry.id, entry);
    byCollection.set(entry.collection, ids);
  }
  // One entry per id: a duplicate is reported above and left out of the rules below.
  const deduplicated = [...byCollection.values()].flatMap((ids) => [...ids.values()]);

  /** The values a reference may take: ids, or the values of the named field. */
  const targets = new Map<string, Set<unknown>>();
  function valuesOf({ collection, field }: FoundReference['target']): Set<unknown> {
    const key = `${collection}.${field ?? ''}`;
    let values = targets.get(key);
    if (!values) {
      const entries = [...(byCollection.get(collection)?.values() ?? [])];
      values = new Set(entries.map((e) => (field === undefined ? e.id : Object.entries(e.data).find(([name]) => name === field)?.[1])));
      if (field === undefined) for (const e of invalid) if (e.collection === collection) values.add(e.id);
      targets.set(key, values);
    }
    return values;
  }

  for (const entry of deduplicated)
    for (const { path, value, target } of referencesIn(collectionJsonSchemas[entry.collection], entry.data)) {
      if (valuesOf(target).has(value)) {
        const unpublished = target.field === undefined ? unpublishedTarget(entry, byCollection.get(target.collection)?.get(String(value)), now) : undefined;
        if (unpublished) problems.push({ file: entry.file, field: fieldPath(path), message: unpublished });
        continue;
      }
      problems.push({
        file: entry.file,
        field: fieldPath(path),
        message:
          target.field === undefined
            ? // Often an entry deleted or renamed in the CMS while another still points to it.
              `«${value}» finnes ikke blant ${collectionDefinitions[target.collection].labels.plural.toLowerCase()} (${folders[target.collection]}): ` +
              'den er kanskje slettet eller har fått nytt filnavn. Velg en annen i listen i redigeringsverktøyet, eller fjern valget; ' +
              'i en fil skrives navnet på filen uten filtype'
            : `det finnes ingen fil i ${folders[target.collection]} med «${target.field}: ${value}»`,
      });
    }

  /**
   * Reports each number used a second time, with the one to use instead:
   * `free` picks it from the numbers in use (the next after the highest, or
   * for the ten points the lowest missing).
   */
  function expectUnique(
    field: string,
    numbered: readonly { entry: { file: string }; value: number | undefined }[],
    free: (used: ReadonlySet<number>) => number | undefined = (used) => Math.max(0, ...used) + 1,
  ) {
    const used = new Set(numbered.flatMap(({ value }) => (value === undefined ? [] : [value])));
    const seen = new Map<number, { file: string }>();
    for (const { entry, value } of numbered) {
      if (value === undefined) continue;
      const first = seen.get(value);
      if (!first) {
        seen.set(value, entry);
        continue;
      }
      const next = free(used);
      const advice = next === undefined ? 'hvert nummer kan bare brukes én gang' : `bruk ${next}, som er neste ledige`;
      problems.push({ file: entry.file, field, message: `${value} er allerede brukt i ${first.file}; ${advice}` });
    }
  }

  for (const entry of deduplicated) {
    if (entry.collection === 'pages' && reservedPageIds.has(entry.id))
      problems.push({ file: entry.file, message: `«${entry.id}» er adressen til en egen del av nettstedet; gi siden et annet filnavn` });
  }

  const written = (collection: CollectionName, field: string) =>
    invalid.flatMap((entry) => (entry.collection === collection ? [{ entry, value: writtenNumber(entry, field) }] : []));
  const issues = [...deduplicated.flatMap((entry) => (entry.collection === 'newsletters' ? [{ entry, value: entry.data.issue }] : [])), ...written('newsletters', 'issue')];
  const releases = [...deduplicated.flatMap((entry) => (entry.collection === 'news' ? [{ entry, value: entry.data.number }] : [])), ...written('news', 'number')];
  expectUnique('issue', issues);
  expectUnique('number', releases);
  reportNumberGaps('news', releases, problems);
  reportNumberGaps('newsletters', issues, problems);
  const points = deduplicated.flatMap((entry) => (entry.collection === 'sickLeavePoints' ? [{ entry, value: entry.data.number }] : []));
  expectUnique('number', points, (used) => Array.from({ length: 10 }, (_, i) => i + 1).find((n) => !used.has(n)));

  reportSameTitles([...deduplicated, ...invalid], problems);
  reportOneWayPointLinks(deduplicated, problems);

  // The ten points: each of 1–10 exactly once (duplicates are reported above).
  if (points.length > 0) {
    const numbers = new Set(points.map((p) => p.value));
    const missing = Array.from({ length: 10 }, (_, i) => i + 1).filter((n) => !numbers.has(n));
    if (missing.length > 0)
      problems.push({ file: folders.sickLeavePoints, message: `punkt ${missing.join(', ')} mangler; de ti punktene skal ha nummer 1 til 10` });
  }
  return problems;
}

/**
 * Each gap in a numbered series (lib/number-gaps.ts: a press release changed into a news item, a newsletter's file
 * deleted), at the entry with the first number after it, saying which numbers are missing and what to do: press
 * releases move down to close it; a newsletter keeps its number (its file and address have it), so the missing one
 * is made, or brought back.
 */
function reportNumberGaps(collection: keyof typeof numberSeries, numbered: readonly { entry: { file: string }; value: number | undefined }[], problems: Problem[]) {
  const { field, none, plural } = numberSeries[collection];
  const numbers = numbered.flatMap(({ value }) => (value === undefined ? [] : [value]));
  for (const gap of numberGaps(numbers)) {
    const [from, to] = gap;
    const after = numbered.filter(({ value }) => value !== undefined && value > to).sort((a, b) => a.value! - b.value!)[0];
    if (!after) continue;
    const missing = gapLabel(gap);
    const them = from === to ? 'det nummeret' : 'de numrene';
    const fix =
      collection === 'news'
        ? `gi denne pressemeldingen nr. ${from}${after.value! < Math.max(...numbers) ? `, og dem etter den ${to - from + 1} lavere hver` : ''}, eller gjør den som hadde ${missing}, til pressemelding igjen`
        : `lag nyhetsbrevet ${missing}, eller hent filen tilbake hvis den ble slettet ved en feil (et nyhetsbrev beholder nummeret sitt, for filen og adressen har det)`;
    problems.push({ file: after.entry.file, field, message: `${missing} mangler: ${none} har ${them}, og ${plural} skal ha nummer 1, 2, 3 … uten hull. Rett det slik: ${fix}` });
  }
}

/**
 * A point whose text links to a case story («Les eksempelet fra Hægebostad») while the story does not name the
 * point in «Punkter mot sykefravær»: the story's page, which lists its points from that field only, did not link
 * back (seven such pairs). Reported at the link, naming the field to fill in the story.
 */
function reportOneWayPointLinks(entries: readonly ValidEntry[], problems: Problem[]) {
  const stories = new Map(entries.flatMap((e) => (e.collection === 'stories' ? [[e.id, e] as const] : [])));
  for (const point of entries) {
    if (point.collection !== 'sickLeavePoints' || !point.body) continue;
    const lines = point.body.split(/\r?\n/);
    const reported = new Set<string>();
    lines.forEach((text, i) => {
      for (const [, id] of text.matchAll(/\]\(\/eksempler\/([^/)#\s]+)\/?[)#]/g)) {
        const story = id === undefined ? undefined : stories.get(id);
        if (!story || story.data.sickLeavePoints.includes(point.data.number) || reported.has(story.id)) continue;
        reported.add(story.id);
        // Named by the text's field, as the check names the text's other problems: the CMS said «i feltet «undefined»».
        problems.push({
          file: point.file,
          field: 'body',
          label: bodyField.label,
          line: i + 1,
          ...(point.bodyStartLine !== undefined && { textLine: i + 2 - point.bodyStartLine }),
          message: `teksten lenker til eksempelet «${story.data.title}», men eksempelet har ikke punkt ${point.data.number} under «Punkter mot sykefravær»; legg det til i ${story.file}, så lenker eksempelet tilbake hit (eller fjern lenken)`,
        });
      }
    });
  }
}

/** The publishing fields of an entry whose collection has them (common.ts: draft, date; an event's date is no publication date). */
function publishing(entry: ValidEntry): { draft: boolean; date: PartialDate | undefined } {
  const data = entry.data as { draft?: boolean; date?: PartialDate };
  return { draft: data.draft === true, date: publicationDate(entry.collection, data) };
}

/**
 * Why `referenced` is not on the site while `entry`, which names it, is or will be: a draft, or dated
 * after both today and `entry`'s own date. The site leaves such a link out (lib/content.ts), so the
 * newsletter or page would silently lack it; undefined when both show. A draft may name a draft.
 */
function unpublishedTarget(entry: ValidEntry, referenced: ValidEntry | undefined, now: Date): string | undefined {
  if (!referenced) return undefined;
  const from = publishing(entry);
  const to = publishing(referenced);
  if (from.draft) return undefined;
  if (to.draft)
    return (
      `«${referenced.id}» (${referenced.file}) er et utkast og vises ikke på nettstedet, så den vises heller ikke her. ` +
      `Slå av «Utkast» i ${referenced.file} når den er klar, eller fjern valget her; skal denne filen vente på den, slå på «Utkast» her også`
    );
  if (to.date && to.date.date > shownFrom(from.date, now))
    return (
      `«${referenced.id}» (${referenced.file}) har datoen ${formatDate(to.date)} og vises ikke på nettstedet før da, ` +
      `så den vises heller ikke her før da. Velg en annen, fjern valget, eller gi denne filen en dato som ikke er tidligere`
    );
  return undefined;
}

/**
 * Entries of one collection with the same title: in the site's lists, the search, the feeds and the CMS's
 * pick-lists (a newsletter's items, a story's tools) they cannot be told apart, and a copied entry left
 * with its old title is the usual cause. An error in every collection with titles: one of them is nearly
 * always a mistake, and a warning that lets the build pass goes unseen. Reported in each of the files,
 * naming the others, so the CMS shows it after a save of either. Not municipalities (named, not
 * titled), whose real names repeat (Herøy, Våler).
 */
function reportSameTitles(entries: readonly { collection: CollectionName; file: string; data: unknown }[], problems: Problem[]) {
  const byTitle = new Map<string, { file: string; title: string }[]>();
  for (const entry of [...entries].sort((a, b) => a.file.localeCompare(b.file))) {
    const title = typeof entry.data === 'object' && entry.data !== null ? (entry.data as Record<string, unknown>).title : undefined;
    if (typeof title !== 'string' || titleKey(title) === '') continue;
    const key = `${entry.collection}\u0000${titleKey(title)}`;
    byTitle.set(key, [...(byTitle.get(key) ?? []), { file: entry.file, title: title.trim() }]);
  }
  for (const [key, same] of byTitle) {
    if (same.length < 2) continue;
    const collection = key.split('\u0000')[0] as CollectionName;
    for (const { file, title } of same) {
      const others = same.filter((other) => other.file !== file).map((other) => other.file);
      problems.push({ file, field: 'title', message: `tittelen «${title}» har også ${others.join(' og ')}; ${sameTitleReason(collection)}` });
    }
  }
}
