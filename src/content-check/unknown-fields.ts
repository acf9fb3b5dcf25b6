// A field the schema does not have, as written by hand or pasted from another kind of entry («summery:», «ingress:»,
// «dato:»): zod says «Ukjent nøkkel: "summery"» of the entry as a whole, with no line and no word on what to do. Each
// such field is named by itself (so the check finds its line), with the field it was likely meant to be. Nothing
// here needs Node: the CMS page runs it with entry-data.ts.
import type { z } from 'zod';
import { editDistance } from '../search/nearest-word.ts';

interface Definition {
  type?: string;
  innerType?: z.ZodType;
  in?: z.ZodType;
  element?: z.ZodType;
  shape?: Record<string, z.ZodType>;
  getter?: () => z.ZodType;
}

const definition = (schema: z.ZodType | undefined): Definition | undefined => (schema as { def?: Definition } | undefined)?.def;

/** The object or list inside wrappers (optional, default, a transform's input, a lazy schema). */
function unwrapped(schema: z.ZodType | undefined): z.ZodType | undefined {
  let current = schema;
  for (let depth = 0; depth < 20; depth++) {
    const def = definition(current);
    const inner = def?.innerType ?? def?.in ?? def?.getter?.();
    if (inner === undefined || def?.type === 'array' || def?.type === 'object') return current;
    current = inner;
  }
  return current;
}

/** A field an object takes: its name in the file and its label in the CMS («summary», «Ingress»). */
export interface FieldName {
  name: string;
  label?: string | undefined;
}

/** The fields the object at `path` in `schema` takes; none where the path leads to no object. */
export function fieldNamesAt(schema: z.ZodType, path: readonly PropertyKey[]): FieldName[] {
  let current = unwrapped(schema);
  for (const part of path) {
    const def = definition(current);
    current = unwrapped(typeof part === 'number' ? def?.element : def?.shape?.[String(part)]);
  }
  return Object.entries(definition(current)?.shape ?? {}).map(([name, field]) => ({ name, label: (field.meta() as { label?: string } | undefined)?.label }));
}

/** A label's words before any explanation in brackets, lower case: «Dato (ÅÅÅÅ-MM-DD, …)» is «dato». */
const labelWords = (label: string) => label.replace(/\s*\(.*$/, '').trim().toLowerCase();

/**
 * What is said of the field `key`, which the object it stands in does not take (`known`: the fields it does): the
 * field whose CMS label it is («ingress» is «summary»), or one spelled nearly alike («summery»).
 */
export function unknownFieldMessage(key: string, known: readonly FieldName[]): string {
  const typed = key.toLowerCase();
  const byLabel = known.find(({ label }) => label !== undefined && labelWords(label) === typed);
  const nearest =
    byLabel ??
    known
      .map((field) => ({ field, distance: editDistance(typed, field.name.toLowerCase(), 2) }))
      .filter(({ distance }) => distance <= Math.min(2, Math.floor(key.length / 3)))
      .sort((a, b) => a.distance - b.distance)[0]?.field;
  const fix =
    nearest === undefined
      ? 'ta bort linjen, eller rett navnet til et av feltene som står i redaktørveiledningen (docs/redaktorveiledning.md)'
      : `rett navnet til «${nearest.name}»${nearest.label ? ` («${nearest.label}» i CMS-et)` : ''}, eller ta bort linjen`;
  return `er ikke et felt her; ${fix}`;
}
