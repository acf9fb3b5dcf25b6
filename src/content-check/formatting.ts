// Keeps content files in the canonical form (format.ts): `npm run check`
// reports files that are not, and `npm run check -- --fix` rewrites them.
import { readFile, writeFile } from 'node:fs/promises';
import { collectionFields } from '../cms/config.ts';
import { collectionDefinitions, type CollectionName } from '../schemas/collections.ts';
import { firstDifferentLine, formatContentFile } from './format.ts';
import { loadContent } from './load.ts';
import type { Problem } from './problem.ts';
import { valueCommentsInFile } from './yaml-comments.ts';

const keyOrders = new Map<CollectionName, string[]>();

/** Top-level keys in the order the CMS writes them: its fields, then the body. */
export function keyOrder(collection: CollectionName): readonly string[] {
  // Derived from the schema's JSON Schema, which costs ~2 ms: once per collection, not once per file.
  let order = keyOrders.get(collection);
  if (!order) keyOrders.set(collection, (order = [...collectionFields(collection).map((f) => f.name), 'body']));
  return order;
}

/** The canonical text of a file of a collection, or undefined if it cannot be read. */
export function canonicalText(collection: CollectionName, text: string): string | undefined {
  return formatContentFile(text, collectionDefinitions[collection].format, keyOrder(collection));
}

export const formatHint = 'kjør «npm run check -- --fix» for å rette det';

/**
 * Files under `root` that are not in canonical form, as problems; with
 * `fix`, rewrites them instead and returns the files it rewrote.
 */
export async function checkFormatting(root: string, { fix = false } = {}): Promise<{ problems: Problem[]; fixed: string[] }> {
  const { entries } = await loadContent(root);
  const problems: Problem[] = [];
  const fixed: string[] = [];
  for (const entry of entries) {
    const text = await readFile(entry.file, 'utf8');
    const canonical = canonicalText(entry.collection, text);
    if (canonical === undefined || canonical === text) continue;
    // Rewritten, a value cut by a «#» («title: Nyhetsbrev #3») would lose the rest for good: the check names it instead.
    if (valueCommentsInFile(text).length > 0) continue;
    if (fix) {
      await writeFile(entry.file, canonical);
      fixed.push(entry.file);
    } else {
      problems.push({
        file: entry.file,
        line: firstDifferentLine(text, canonical),
        message: `filen er ikke skrevet i samme form som redigeringsverktøyet (CMS-et) lagrer; ${formatHint}`,
      });
    }
  }
  return { problems, fixed };
}
