// Fields that name another entry by its id (the file name without extension).
// In the CMS they are pick-lists of the entries that exist (Decap's relation
// widget), so an unknown id cannot be chosen; the checker
// (content-check/integrity.ts) still catches ids typed by hand in the files.
import type { CollectionName } from '../schemas/collections.ts';
import { entryLink } from '../schemas/publication.ts';
import { collectionLabels } from './labels.ts';
import type { DecapField } from './fields.ts';

/** Field path within a collection («sameTheme.municipalities») → the collection it names an entry of. */
export const references: Partial<Record<CollectionName, Record<string, CollectionName>>> = {
  stories: { municipalities: 'municipalities', 'sameTheme.municipalities': 'municipalities', tools: 'tools' },
  municipalities: { partOf: 'municipalities' },
  tools: { related: 'tools' },
  templates: { exampleStory: 'stories' },
  films: { municipalities: 'municipalities' },
};

/** The field editors know an entry by. */
const displayField = (collection: CollectionName) => (collection === 'municipalities' ? 'name' : 'title');

/** A pick-list of the entries of `target`, saving their ids. */
export function relationTo(target: CollectionName, field: Pick<DecapField, 'name' | 'label' | 'required' | 'hint'>, multiple: boolean): DecapField {
  const { name, label, required, hint } = field;
  return {
    name,
    label,
    ...(required !== undefined && { required }),
    ...(hint !== undefined && { hint }),
    widget: 'relation',
    collection: target,
    value_field: '{{slug}}',
    search_fields: [displayField(target)],
    display_fields: [displayField(target)],
    multiple,
    // All of them: the lists are short enough (a few hundred at most) to scroll.
    options_length: 1000,
  };
}

/** A newsletter's items: per kind of entry, a pick-list of that kind, saved as { collection, id }. */
export function entryLinkList(field: DecapField): DecapField {
  const collections = entryLink.shape.collection.options as readonly CollectionName[];
  return {
    name: field.name,
    label: field.label,
    label_singular: field.label_singular,
    required: field.required,
    widget: 'list',
    typeKey: 'collection',
    summary: '{{fields.id}}',
    types: collections.map((collection) => ({
      name: collection,
      label: collectionLabels[collection].singular,
      widget: 'object',
      summary: '{{fields.id}}',
      fields: [relationTo(collection, { name: 'id', label: collectionLabels[collection].singular, required: true }, false)],
    })),
  };
}

/** The collection's fields with every reference made a pick-list. */
export function withReferences(collection: CollectionName, fields: DecapField[], prefix = ''): DecapField[] {
  return fields.map((field) => {
    const path = `${prefix}${field.name}`;
    const target = references[collection]?.[path];
    if (target) return relationTo(target, field, field.widget === 'list');
    if (collection === 'newsletters' && path === 'items') return entryLinkList(field);
    if (field.fields) return { ...field, fields: withReferences(collection, field.fields, `${path}.`) };
    return field;
  });
}
