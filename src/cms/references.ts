// Fields that name another entry: by its id (the file name without extension),
// or by another of its fields (a story's ten points by `number`). Which
// collection a field points into is said on the schema (`reference` meta,
// src/schemas/meta.ts); in the CMS such fields are pick-lists of the entries
// that exist (Decap's relation widget), so an unknown one cannot be chosen.
// The checker (content-check/integrity.ts) still catches values typed by hand.
import type { CollectionName } from '../schemas/collections.ts';
import type { JsonSchema, Reference } from '../schemas/meta.ts';
import { target as checkedTarget } from '../schemas/references.ts';
import { collectionLabels } from './labels.ts';
import type { DecapField } from './fields.ts';

/** The field editors know an entry by. */
const displayField = (collection: CollectionName) => (collection === 'municipalities' ? 'name' : 'title');

/**
 * What a pick-list's typed words are looked for in: the title, and a story also by its municipalities and ingress.
 * The secretariat knows a story by its place («the Gloppen one»), which its title often leaves out: «Gloppen» gave
 * «Ingen treff» for «Barnehagen og foreldre til fremmedspråklige barn» (fresh eyes). The ids are the names folded
 * («haegebostad»), so the ingress, which writes the name, finds «Hægebostad» too.
 */
const searchFields = (collection: CollectionName) => (collection === 'stories' ? ['title', 'municipalities.*', 'summary'] : [displayField(collection)]);

/** Collections whose entries are fixed: the CMS offers no «new» for them (the ten points against sick leave). */
export const fixedCollections: readonly CollectionName[] = ['sickLeavePoints'];

/** What to do when the entry wanted is not in a pick-list: Decap says only «Ingen treff». */
export const missingEntryHint = (target: CollectionName) =>
  `Står det du leter etter ikke i lista? Opprett det først under «${collectionLabels[target].plural}», og velg det så her.`;

/** A pick-list of the entries of `reference.collection`, saving their ids (or the named field's value). */
export function relationTo(reference: Reference, field: Pick<DecapField, 'name' | 'label' | 'required' | 'hint' | 'min'>, multiple: boolean): DecapField {
  const { name, label, required, min } = field;
  const target = checkedTarget(reference).collection;
  // After the field's own help («minst 1»), as a sentence of its own.
  const own = field.hint?.replace(/([^.!?])$/, '$1.');
  const hint = fixedCollections.includes(target) ? field.hint : [own, missingEntryHint(target)].filter(Boolean).join(' ');
  return {
    name,
    label,
    ...(required !== undefined && { required }),
    ...(hint !== undefined && { hint }),
    ...(multiple && min !== undefined && { min }),
    widget: 'relation',
    collection: target,
    value_field: reference.field ?? '{{slug}}',
    search_fields: searchFields(target),
    // A value that is not the id shows beside the title («3 Ledelse …»), so the editor sees what is saved.
    display_fields: [...(reference.field ? [reference.field] : []), displayField(target)],
    multiple,
    // All of them: the lists are short enough (a few hundred at most) to scroll.
    options_length: 1000,
  };
}

/** What a closed item of a newsletter's items says before the CMS page puts the entry's title there. */
const itemSummary = '{{fields.collection}}/{{fields.id}}';

/** Where in an entry of a collection the ids of other entries stand, for the CMS page's own look-ups (browser/entry-links.js). */
export interface ReferenceField {
  /** Down from the entry's data; «*» is every item of a list. */
  path: string[];
  /** The label of the top field, as the CMS shows it. */
  label: string;
  /** The collection the id is in; none for a newsletter's items, which say it beside the id. */
  collection?: CollectionName;
}

/**
 * The fields of `schema` that name another entry by its id. Those that name one by another of its
 * fields are left out: they point only into collections whose entries are fixed (the ten points).
 */
export function referenceFields(schema: JsonSchema, labelOf: (name: string) => string, path: string[] = []): ReferenceField[] {
  const label = () => labelOf(path[0] ?? '');
  if (schema.reference) return schema.reference.field === undefined ? [{ path, label: label(), collection: checkedTarget(schema.reference).collection }] : [];
  if (schema.entryLink) return [{ path, label: label() }];
  if (schema.items) return referenceFields(schema.items, labelOf, [...path, '*']);
  return Object.entries(schema.properties ?? {}).flatMap(([name, property]) => referenceFields(property, labelOf, [...path, name]));
}

/** A newsletter's items: per kind of entry, a pick-list of that kind, saved as { collection, id }. */
export function entryLinkList(field: DecapField, collections: readonly string[]): DecapField {
  return {
    name: field.name,
    label: field.label,
    label_singular: field.label_singular,
    required: field.required,
    widget: 'list',
    typeKey: 'collection',
    // The entry's key («stories/sola-solrommet»): the CMS page shows its kind and title there instead (browser/newsletter-items.js).
    summary: itemSummary,
    types: (collections as readonly CollectionName[]).map((collection) => ({
      name: collection,
      label: collectionLabels[collection].singular,
      widget: 'object',
      summary: itemSummary,
      fields: [relationTo({ collection }, { name: 'id', label: collectionLabels[collection].singular, required: true }, false)],
    })),
  };
}
