// What the check says of an entry by its collection's schema, and of placeholders: each placeholder from `npm run new` with
// its hint, and the schema's complaints about the other fields (those about a placeholder's field would only repeat
// it less clearly). The check (validate.ts) and the CMS page before a save (entry-check.ts) both ask it, so the
// CMS refuses a save with the check's own words. Nothing here needs Node: the CMS page runs it in the browser.
import type { z } from 'zod';
import { findBodyPlaceholders, findPlaceholders, isUnder, placeholder, placeholderMark } from '../lib/placeholder.ts';
import { fieldPath, textStart } from './problem.ts';
import { fieldNamesAt, unknownFieldMessage } from './unknown-fields.ts';
import { invisibleInValueMessage, valueAt } from './invisible-in-values.ts';

/** A problem in one field («contact → phone»), or in the whole entry (no field). */
export interface FieldProblem {
  field?: string | undefined;
  message: string;
}

/** The frontmatter as `schema` parses it (only where nothing is wrong), the placeholders, and the schema's issues. */
export async function parseEntryData(
  schema: z.ZodType,
  data: unknown,
): Promise<{ data?: unknown; placeholders: FieldProblem[]; issues: FieldProblem[] }> {
  const found = findPlaceholders(data);
  const placeholders = found.map(({ path, hint }) => ({ field: fieldPath(path), message: `er ikke fylt ut ennå: feltet har fortsatt merket «${placeholder(hint)}»; skriv det som skal stå der, i stedet for merket` }));
  const result = await schema.safeParseAsync(data ?? {});
  if (result.success) return found.length === 0 ? { data: result.data, placeholders, issues: [] } : { placeholders, issues: [] };
  const issues = result.error.issues
    .filter((issue) => !found.some(({ path }) => isUnder(issue.path, path)))
    .flatMap((issue) =>
      // A field the schema lacks is named by itself, at its own line, not as the whole entry's «Ukjent nøkkel».
      issue.code === 'unrecognized_keys'
        ? issue.keys.map((key) => ({ field: fieldPath([...issue.path, key]), message: unknownFieldMessage(key, fieldNamesAt(schema, issue.path)) }))
        : [{ field: fieldPath(issue.path), message: invisibleInValueMessage(issue.code, valueAt(data, issue.path)) ?? issue.message }],
    );
  return { placeholders, issues };
}

/** Each placeholder left in an entry's text (body), by its line there, with its hint. */
export function bodyPlaceholderProblems(body: string): { line: number; message: string }[] {
  // The line's own words from the mark on, as the editor sees them (the hint alone, «fortsatt.», never said «FYLL UT»).
  return findBodyPlaceholders(body).map(({ line, mark }) => ({
    line,
    message: `teksten er ikke skrevet ferdig: linjen har fortsatt «${textStart(mark)}»; skriv teksten ferdig, og ta bort «${placeholderMark}»`,
  }));
}
