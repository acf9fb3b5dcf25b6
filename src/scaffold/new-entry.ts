// Creates a new entry file from its kind's scaffold: the id from the title,
// the next free number where the kind is numbered, and never over a file that
// is already there.
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { formatYaml } from '../content-check/format.ts';
import { keyOrder } from '../content-check/formatting.ts';
import { loadContent } from '../content-check/load.ts';
import { collectionDefinitions } from '../schemas/collections.ts';
import { entryTypes, type EntryType } from './entry-types.ts';
import { idFromTitle } from '../lib/entry-id.ts';

/** A kind by its Norwegian name (eksempel) or its collection's name (stories). */
export function findEntryType(name: string): EntryType | undefined {
  return entryTypes[name] ?? Object.values(entryTypes).find((type) => type.collection === name);
}

async function nextNumber(root: string, type: EntryType): Promise<number> {
  if (!type.numbered) return 1;
  const { entries } = await loadContent(root);
  const numbers = entries
    .filter((e) => e.collection === type.collection)
    .map((e) => {
      const data = (e.data ?? {}) as { issue?: unknown; number?: unknown; kind?: unknown };
      return type.numbered === 'issue' ? data.issue : data.kind === 'pressemelding' ? data.number : undefined;
    })
    .filter((n): n is number => typeof n === 'number');
  return Math.max(0, ...numbers) + 1;
}

export class EntryExistsError extends Error {}

export async function createEntry(root: string, type: EntryType, title: string, today: string): Promise<string> {
  const scaffold = type.build({ title, today, nextNumber: await nextNumber(root, type) });
  const id = scaffold.id ?? idFromTitle(title);
  if (!id) throw new Error('tittelen må inneholde bokstaver eller tall');
  const definition = collectionDefinitions[type.collection];
  const folder = join(root, definition.folder);
  const file = join(folder, `${id}.${definition.format}`);
  // In the form the CMS saves, so the entry's first save there changes only what the editor changed.
  const frontmatter = formatYaml(scaffold.data, keyOrder(type.collection));
  const text = definition.format === 'yaml' ? frontmatter : `---\n${frontmatter}---\n\n${scaffold.body ?? ''}`;
  await mkdir(folder, { recursive: true });
  try {
    // «wx»: fail rather than overwrite an entry that is already there.
    await writeFile(file, text, { flag: 'wx' });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') throw new EntryExistsError(file);
    throw error;
  }
  return file;
}
