// What a schema field says about itself besides its shape: the Norwegian label
// and help text editors see (in the CMS, in the checker's messages and in the
// editor's guide) and, for a field that names another entry, which collection
// it points into. Set with zod's `.meta()`; z.toJSONSchema copies these keys
// into the JSON Schema, which the CMS config and the checker read.
import { z } from 'zod';

/**
 * The entry a field's value names: an entry of `collection`, by its id (the
 * file name without extension), or by the value of its field `field`
 * (a story's ten points name a point by its `number`). `collection` is a
 * CollectionName, typed as text because the registry's types are built from
 * the schemas that carry this; references.ts checks it when reading it back.
 */
export interface Reference {
  collection: string;
  field?: string;
}

/**
 * A help text that begins so says when a field that may be left empty must be filled in after all (the
 * page of a document cited by page, a field of an optional group once the group is used); the CMS then
 * leaves out Decap's «(valgfritt)» beside the field's label (src/cms/browser/button-names.js).
 */
export const requiredWhenPrefix = 'Må fylles ut ';

export interface FieldMeta {
  /** The field's Norwegian name, as the CMS and the checker show it: «Ingress». */
  label?: string;
  /** Norwegian help text shown under the field in the CMS and in the editor's guide. */
  hint?: string;
  /** On a list: the name of one item, where it differs from the list's label (the CMS says «1 kilde», «Legg til: kilde»). */
  itemLabel?: string;
  /**
   * On a list of groups: its items are drawn open, each field in sight, not as closed boxes (a figure table's rows:
   * a row's figures were read and changed one box at a time, fresh eyes).
   */
  open?: boolean;
  /** The field (or, on a list, each item) is the id of another entry. */
  reference?: Reference;
  /** An object { collection, id } naming an entry of the collection it gives (a newsletter's items). */
  entryLink?: boolean;
  /** The number is a year: written without a space («2009»), and the CMS gives a year as its example. */
  year?: boolean;
  /**
   * The number is in the unit its table's «Enhet» (`unit`) names: the CMS takes a «%» after it only when that unit is
   * percent (a figure typed «8,2 %» in a table of «antall» was saved as 8,2 without a word). A «%» after any other
   * number is refused.
   */
  inUnit?: boolean;
  /**
   * The number is each entry's own, given in order: the CMS shows the next free one at a new entry's field. `true`:
   * among all entries of the collection; fields and values: among, and for, the entries that have them (a press
   * release's number: `{ kind: 'pressemelding' }`).
   */
  nextFree?: true | Record<string, string>;
  /**
   * A saved entry keeps the value: the CMS refuses a change before the save, saying why (this clause, after «:») and
   * what the value was. A newsletter's number names its file and address; stories name the ten points by theirs.
   */
  kept?: string;
  /**
   * On text with a maxLength: what the check says of a longer one, where it is not the usual «er for lang» («%{length}»:
   * its characters), so the CMS says the same at the field (a title: «… legg resten i ingressen»).
   */
  tooLong?: string;
  /** A Decap widget to use instead of the one the field's type suggests (the image helper's file field). */
  'x-cms-widget'?: string;
  /**
   * What a new entry made in the CMS starts with, where it differs from the schema's default for a file without the field
   * (an item the secretariat writes in the CMS is new; a file without «newItem» is from the archive).
   */
  cmsDefault?: unknown;
}

declare module 'zod' {
  interface GlobalMeta extends FieldMeta {}
}

/** A JSON Schema node as z.toJSONSchema writes it, with the meta above. */
export interface JsonSchema extends FieldMeta {
  type?: string | string[];
  properties?: Record<string, JsonSchema>;
  required?: string[];
  items?: JsonSchema;
  anyOf?: JsonSchema[];
  enum?: string[];
  default?: unknown;
  minLength?: number;
  maxLength?: number;
  minimum?: number;
  maximum?: number;
  exclusiveMinimum?: number;
  minItems?: number;
  pattern?: string;
}

/** A schema as JSON Schema, with its meta; `input` is what editors write (fields with defaults are optional). */
export function jsonSchemaOf(schema: z.ZodType): JsonSchema {
  return z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any' }) as JsonSchema;
}
