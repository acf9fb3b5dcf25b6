// Turns a collection's JSON Schema (from its zod schema, z.toJSONSchema) into
// Decap CMS fields: text, numbers, choices, lists and groups, with the
// schema's limits as the CMS's own checks where Decap has them, and the
// labels, help texts and references the schema carries (src/schemas/meta.ts).
import { requiredWhenPrefix, type JsonSchema } from '../schemas/meta.ts';
import { emailMessage, emailPattern, phoneMessage, phonePattern } from '../schemas/press-contact.ts';
import { optionLabels } from './labels.ts';
import { imageSizeAdvice } from './media.ts';
import { entryLinkList, relationTo } from './references.ts';

export type { JsonSchema } from '../schemas/meta.ts';

export interface DecapField {
  name: string;
  label: string;
  widget: string;
  required?: boolean;
  default?: unknown;
  hint?: string;
  pattern?: [string, string];
  options?: { label: string; value: string }[];
  multiple?: boolean;
  value_type?: 'int' | 'float';
  /**
   * Text: the schema's least and most characters, checked at the field as the content check counts them
   * (src/cms/text-length-widget.js); `too_long` is what to say of a longer one («%{length}»: its characters).
   */
  min_length?: number;
  max_length?: number;
  too_long?: string;
  /** Text widget: a date typed the Norwegian way («2.12.2026») is written ÅÅÅÅ-MM-DD when the field is left (schemas/typed-date.ts). */
  typed_dates?: boolean;
  /** Number widget: the number is a year (src/cms/number-widget.js). */
  year?: boolean;
  /** Number widget: the number is in the unit of the entry's «Enhet»; a «%» is taken only when that is percent (schema meta `inUnit`). */
  in_unit?: boolean;
  /** Number widget: the number may be null (a figure the source lost); emptied, it is saved so, not as empty text. */
  nullable?: boolean;
  /**
   * Number widget: under a new entry's field, the number after the highest among the collection's entries with these
   * field values (none: all); shown only for an entry that has them (widgets.js, number-widget.js).
   */
  next_free?: Record<string, string>;
  /** A saved entry keeps the value, for this reason (schema meta `kept`): the CMS refuses a change (save-refusals.js). */
  kept?: string;
  /**
   * Select widget: what the site and the check read where the entry leaves the field out (the schema's default, «nb»
   * for «Språk»), shown so in the CMS (missing-choice-widget.js): Decap fills defaults only in a new entry, and an
   * existing one showed an empty «Språk».
   */
  missing_as?: unknown;
  min?: number;
  max?: number;
  fields?: DecapField[];
  field?: DecapField;
  modes?: string[];
  /** A list's item, where it differs from the list's label (labels.ts). */
  label_singular?: string;
  /** An optional group starts closed; a list's items start open when false. */
  collapsed?: boolean;
  /** What a list item shows when it is closed, e.g. «{{fields.title}} – {{fields.value}}». */
  summary?: string;
  /** Relation widget (src/cms/references.ts). */
  collection?: string;
  value_field?: string;
  search_fields?: string[];
  display_fields?: string[];
  options_length?: number;
  /** Image widget: no «Sett inn fra adresse» (images from other sites are third-party requests). */
  choose_url?: boolean;
  /** List widget with a kind of item per type, told apart by `typeKey`. */
  types?: DecapField[];
  typeKey?: string;
}

/**
 * Dates as precise as the sources allow: 2010-06-15, 2010-06 or 2010, spaces around allowed (the schema trims them),
 * or typed the Norwegian way and written so when the field is left. The field says what is wrong with any other
 * (text-length-widget.js, schemas/typed-date.ts), a day the calendar lacks too.
 */
export const isPartialDateField = (field: DecapField) => field.typed_dates === true;

/** The check's own words for a field, as a sentence: «skriv …» → «Skriv …». */
const sentence = (message: string) => `${message[0]!.toUpperCase()}${message.slice(1)}`;

/**
 * What to tell the editor when text does not match a schema's pattern: by the pattern's beginning, or (a string) by
 * the whole pattern. Every pattern a schema has needs one here (config.test.ts): the fallback says nothing of what to write.
 */
const patternMessages: [RegExp | string, string][] = [
  [/^\^\[a-z0-9\]/, 'Skriv en id med små bokstaver, tall og bindestrek (som «bydel-nordre-aker»)'],
  [/^\^\(Foto/, 'Skriv «Foto: Navn / Virksomhet»'],
  [/^\[0-9A-Za-z/, 'Skriv en tittel med minst én bokstav eller ett tall'],
  [/^\^https/, 'Skriv en hel nettadresse som begynner med «https://»: kopier den fra adressefeltet i nettleseren'],
  [/^\^\(IKS-/, 'Skriv nettverksgruppen som «P1-c» (pulje og gruppe) eller «IKS-A»'],
  [phonePattern.source, sentence(phoneMessage)],
  [emailPattern.source, sentence(emailMessage)],
];
/** Said of text that fits no pattern in `patternMessages`. */
export const unknownPatternMessage = 'Teksten har ikke riktig form';
// A sentence, with its full stop: a field with two errors is described by both (browser/invalid-fields.js), and a
// screen reader read «… eller ett tall «Tittel» er 160 tegn …» as one run-on sentence.
const patternMessage = (pattern: string) =>
  `${patternMessages.find(([p]) => (typeof p === 'string' ? p === pattern : p.test(pattern)))?.[1] ?? unknownPatternMessage}.`;

/** Longer than this, text gets a text area. */
const longText = 150;

function isPartialDate(schema: JsonSchema): boolean {
  // z.date() has no JSON Schema form and comes out as {}; with text and a number beside it, it is partialDate.
  return Boolean(schema.anyOf?.some((s) => Object.keys(s).length === 0) && schema.anyOf.some((s) => s.type === 'string'));
}

function options(values: readonly string[]) {
  const labels = optionLabels(values);
  return values.map((value) => ({ label: labels?.[value] ?? value, value }));
}

function widgetFor(name: string, schema: JsonSchema): Omit<DecapField, 'name' | 'label'> {
  if (schema['x-cms-widget'] === 'image')
    return { widget: 'image', choose_url: false, hint: imageSizeAdvice };
  if (schema['x-cms-widget']) return { widget: schema['x-cms-widget'] };
  if (isPartialDate(schema)) return { widget: 'string', typed_dates: true };
  // number | null (a figure lost in the source): a number that may be left empty.
  const numeric = schema.anyOf?.find((s) => s.type === 'number' || s.type === 'integer');
  if (numeric) return { ...widgetFor(name, numeric), required: false, ...(schema.anyOf!.some((s) => s.type === 'null') && { nullable: true }) };
  // Text that may be left empty, with checks of its own (a phone number's pattern): string | null as anyOf.
  const [only, ...others] = schema.anyOf?.filter((s) => s.type !== 'null') ?? [];
  if (only && others.length === 0 && schema.anyOf!.length > 1) return { ...widgetFor(name, only), required: false };
  // ['number', 'null'] and the like: the type, but optional.
  if (Array.isArray(schema.type)) {
    const type = schema.type.find((t) => t !== 'null');
    return { ...widgetFor(name, { ...schema, type }), required: false };
  }
  if (schema.enum) return { widget: 'select', options: options(schema.enum) };
  switch (schema.type) {
    case 'boolean':
      return { widget: 'boolean' };
    case 'integer':
    case 'number': {
      const min = schema.minimum ?? (schema.exclusiveMinimum === undefined ? undefined : schema.exclusiveMinimum + 1);
      const max = schema.maximum !== undefined && schema.maximum < Number.MAX_SAFE_INTEGER ? schema.maximum : undefined;
      // Decap's own number field drops a decimal comma (src/cms/number-widget.js).
      return {
        widget: 'norwegianNumber',
        value_type: schema.type === 'integer' ? 'int' : 'float',
        ...(min !== undefined && { min }),
        ...(max !== undefined && { max }),
        ...(schema.year && { year: true }),
        ...(schema.inUnit && { in_unit: true }),
        ...(schema.nextFree && { next_free: schema.nextFree === true ? {} : schema.nextFree }),
      };
    }
    case 'string': {
      const widget = (schema.maxLength ?? 0) > longText ? 'text' : 'string';
      return {
        widget,
        ...(schema.pattern && { pattern: [schema.pattern, patternMessage(schema.pattern)] as [string, string] }),
        // A least length of 1 is «required», which Decap checks itself.
        ...(schema.minLength !== undefined && schema.minLength > 1 && { min_length: schema.minLength }),
        ...(schema.maxLength !== undefined && { max_length: schema.maxLength }),
        ...(schema.maxLength !== undefined && schema.tooLong && { too_long: schema.tooLong }),
      };
    }
    case 'array': {
      const items = schema.items ?? {};
      if (items.enum) return { widget: 'select', multiple: true, options: options(items.enum) };
      if (items.type === 'object') return { widget: 'list', fields: objectFields(items) };
      // One value per item: the item is the list's field, open, under the item's label («Kolonne», «Tall»), and a
      // closed one says its value. Each was a closed box named after the list (fresh eyes: «Kolonner» on every
      // column of a figure table, «Tall» on every number of a row), opened one by one to read or change a figure.
      return {
        widget: 'list',
        collapsed: false,
        summary: `{{fields.${name}}}`,
        field: toDecapField(name, { ...items, label: items.label ?? schema.itemLabel ?? schema.label }, true),
      };
    }
    case 'object':
      return { widget: 'object', fields: objectFields(schema) };
    default:
      throw new Error(`The CMS has no field for «${name}» (${JSON.stringify(schema)}); add a case to src/cms/fields.ts.`);
  }
}

/** Item fields a closed list item is summarised by, in order of preference; the first two found are shown. */
const summaryFields = ['title', 'name', 'value', 'label', 'attribution', 'text', 'doc', 'page', 'collection', 'id'];

function itemSummary(fields: DecapField[]): string | undefined {
  const shown = summaryFields.filter((name) => fields.some((f) => f.name === name)).slice(0, 2);
  if (shown.length === 0) return undefined;
  // «S002, s. 24» for a source, «S003» when it has no page (not «S003 s.»); «value – label» and the like otherwise.
  if (shown.join() === 'doc,page') return "{{fields.doc}}{{fields.page | ternary(', s. ', '')}}{{fields.page}}";
  return shown.map((name) => `{{fields.${name}}}`).join(' – ');
}

/** Said first in the help of a field that a group which may be left out needs once it is filled in. */
export const requiredInGroupPrefix = `${requiredWhenPrefix}når du bruker «`;
const requiredInGroupHint = (group: string) => `${requiredInGroupPrefix}${group}».`;

/**
 * The fields of a group that may be left out: none of them is required in the
 * CMS, so an entry without the group saves; the checker still demands a
 * complete group when one is filled in, and the help of each field it needs
 * says so. Lists inside keep their own rules, which apply only to items that
 * are added.
 */
function optionalFields(fields: DecapField[], group: string): DecapField[] {
  return fields.map((f) => ({
    ...f,
    required: false,
    ...(f.required !== false && { hint: [requiredInGroupHint(group), f.hint].filter(Boolean).join(' ') }),
    ...(f.widget === 'object' && f.fields && { fields: optionalFields(f.fields, group) }),
  }));
}

/** A group that may be left out and the fields it needs once it is used: [group, its label, [field, its label][]]. */
export type GroupNeeds = [string, string, [string, string][]];

/**
 * The groups of `fields` that may be left out, each with the fields (text, numbers, choices) it needs once anything
 * in it is filled in: the CMS page refuses such a save (a story's «Bilde» with its alt text emptied was saved, and the
 * content check then held the whole site back).
 */
export function groupNeeds(fields: readonly DecapField[]): GroupNeeds[] {
  return fields
    .filter((group) => group.widget === 'object' && group.required === false && group.fields)
    .map((group): GroupNeeds => [
      group.name,
      group.label,
      group.fields!.filter((f) => f.hint?.startsWith(requiredInGroupPrefix) && f.widget !== 'list' && f.widget !== 'object').map((f) => [f.name, f.label]),
    ])
    .filter(([, , needed]) => needed.length > 0);
}

/** A group that may be left out around an image: [group, its label, the image's field, the group's other fields [name, label][]]. */
export type ImageGroup = [string, string, string, [string, string][]];

/**
 * The groups of `fields` that may be left out and hold an image (a story's «Bilde»): «Fjern bilde» there took away the
 * file only, and the save was then refused for the alt text and credit left behind (fresh eyes). The CMS page takes
 * the group's other fields away with the image, and says what it took (removed-image.js).
 */
export function imageGroups(fields: readonly DecapField[]): ImageGroup[] {
  return fields.flatMap((group): ImageGroup[] => {
    const image = group.widget === 'object' && group.required === false ? group.fields?.find((f) => f.widget === 'image') : undefined;
    if (!image) return [];
    return [[group.name, group.label, image.name, group.fields!.filter((f) => f !== image).map((f) => [f.name, f.label])]];
  });
}

export function toDecapField(name: string, schema: JsonSchema, required: boolean): DecapField {
  const field: DecapField = { name, label: schema.label ?? name, ...widgetFor(name, schema) };
  if (field.widget === 'list' && schema.itemLabel) field.label_singular = schema.itemLabel;
  field.required = field.required === false ? false : required;
  if (field.widget === 'object' && !field.required && field.fields) Object.assign(field, { collapsed: true, fields: optionalFields(field.fields, field.label) });
  if (field.widget === 'list' && field.fields) {
    const summary = itemSummary(field.fields);
    if (summary) field.summary = summary;
    if (schema.open) field.collapsed = false;
  }
  if (schema.default !== undefined && !(Array.isArray(schema.default) && schema.default.length === 0)) field.default = schema.default;
  if (schema.cmsDefault !== undefined) field.default = schema.cmsDefault;
  // A required pick-list of several (a story's «Sektorer»): Decap's select writes an empty list into a new entry as its
  // form opens, which made a form nothing was typed in say «Ulagrede endringer» and ask «Vil du gå likevel?» (fresh
  // eyes). The same empty list as the new entry's own starts it unchanged.
  if (field.widget === 'select' && field.multiple && field.required && field.default === undefined) field.default = [];
  // The schema's default, not a new entry's (cmsDefault): what a file without the field means.
  if (field.widget === 'select' && !field.multiple && schema.default !== undefined) field.missing_as = schema.default;
  if (schema.kept !== undefined) field.kept = schema.kept;
  const limits = [
    schema.minLength !== undefined && schema.minLength > 1 && `minst ${schema.minLength} tegn`,
    schema.maxLength !== undefined && `høyst ${schema.maxLength} tegn`,
    schema.minItems !== undefined && `minst ${schema.minItems}`,
  ].filter(Boolean);
  const hint = schema.hint ?? field.hint;
  if (hint !== undefined) field.hint = limits.length > 0 ? `${hint} (${limits.join(', ')})` : hint;
  else if (limits.length > 0) field.hint = limits.join(', ');
  // Decap checks a list's least number of items itself (a list of sources needs one).
  if (schema.minItems !== undefined && schema.minItems > 0) field.min = schema.minItems;
  // A field that names another entry is a pick-list of the entries there are.
  const reference = schema.reference ?? schema.items?.reference;
  if (reference) return relationTo(reference, field, field.widget === 'list' || field.multiple === true);
  if (schema.items?.entryLink) return entryLinkList(field, schema.items.properties?.['collection']?.enum ?? []);
  return field;
}

export function objectFields(schema: JsonSchema): DecapField[] {
  return Object.entries(schema.properties ?? {}).map(([name, property]) =>
    toDecapField(name, property, schema.required?.includes(name) ?? false),
  );
}
