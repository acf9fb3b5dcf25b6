// Validates each entry's data with its collection's zod schema.
import { dirname, resolve } from 'node:path';
import { z } from 'zod';
import { collectionDefinitions, type CollectionName } from '../schemas/collections.ts';
import { imageFileProblem } from './image-file.ts';
import type { RawEntry } from './load.ts';
import { bodyPlaceholderProblems, parseEntryData } from './entry-data.ts';
import type { Problem } from './problem.ts';

/** Each collection's frontmatter as its schema parses it (defaults filled in). */
export type EntryData = { [C in CollectionName]: z.output<ReturnType<(typeof collectionDefinitions)[C]['schema']>> };

/**
 * An entry that passed its collection's schema. `data` has that collection's
 * shape, so checking `entry.collection` narrows it; `ValidEntry<'stories'>`
 * is a story.
 */
export type ValidEntry<C extends CollectionName = CollectionName> = {
  [K in C]: { collection: K; id: string; file: string; data: EntryData[K]; body?: string; bodyStartLine?: number };
}[C];

/** The entry being validated; entries are parsed one at a time. */
let currentFile = '';

/** Stands in for Astro's image(): the path must name a usable image file beside the entry (image-file.ts). */
function imageBesideEntry() {
  return z.string().superRefine(async (src, ctx) => {
    const message = await imageFileProblem(resolve(dirname(currentFile), src), src);
    if (message !== undefined) ctx.addIssue({ code: 'custom', message });
  });
}

export async function validateEntries(entries: readonly RawEntry[]): Promise<{ valid: ValidEntry[]; problems: Problem[] }> {
  const valid: ValidEntry[] = [];
  const problems: Problem[] = [];
  // Each schema is built once: building one costs fifteen times a parse, which
  // adds up over thousands of entries.
  const schemas = new Map<CollectionName, z.ZodType>();
  for (const entry of entries) {
    const schema = schemas.get(entry.collection) ?? collectionDefinitions[entry.collection].schema(imageBesideEntry);
    schemas.set(entry.collection, schema);
    currentFile = entry.file;
    const parsed = await parseEntryData(schema, entry.data);
    for (const { field, message } of parsed.placeholders) problems.push({ file: entry.file, field, message });
    for (const { line, message } of bodyPlaceholderProblems(entry.body ?? '')) problems.push({ file: entry.file, line, message });
    for (const { field, message } of parsed.issues) problems.push({ file: entry.file, field, message });
    // The schema was chosen by entry.collection, so the data has that collection's shape.
    if ('data' in parsed) valid.push({ ...entry, data: parsed.data } as ValidEntry);
  }
  return { valid, problems };
}
