import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { collectionDefinitions, collectionNames } from './collections.ts';
import { jsonSchemaOf, type JsonSchema } from './meta.ts';
import { referencesIn, target } from './references.ts';
import { entryIdOf } from './common.ts';
import { storySchema } from './story.ts';

/** Every reference meta in a JSON Schema. */
function referencesOf(schema: JsonSchema): unknown[] {
  return [
    ...(schema.reference ? [schema.reference] : []),
    ...[...Object.values(schema.properties ?? {}), ...(schema.items ? [schema.items] : [])].flatMap(referencesOf),
  ];
}

describe('references carried by the schemas', () => {
  it('name collections the registry has', () => {
    const all = collectionNames.flatMap((name) =>
      referencesOf(jsonSchemaOf(collectionDefinitions[name].schema(() => z.string()))),
    );
    expect(all.length).toBeGreaterThan(6);
    for (const reference of all) expect(() => target(reference as { collection: string })).not.toThrow();
    expect(() => target({ collection: 'kommuner' })).toThrow(/«kommuner»/);
  });

  it('are found in an entry with their paths, through groups and lists', () => {
    const story = jsonSchemaOf(storySchema(() => z.string()));
    const data = {
      municipalities: ['gloppen', 'fjell'],
      sameTheme: { label: 'Andre', municipalities: ['odda'], source: { doc: 'S002', page: 1 } },
      sickLeavePoints: [3],
      tools: [],
      sources: [{ doc: 'S002', page: 1 }],
    };
    expect(referencesIn(story, data)).toEqual([
      { path: ['municipalities', 0], value: 'gloppen', target: { collection: 'municipalities' } },
      { path: ['municipalities', 1], value: 'fjell', target: { collection: 'municipalities' } },
      { path: ['sameTheme', 'municipalities', 0], value: 'odda', target: { collection: 'municipalities' } },
      { path: ['sickLeavePoints', 0], value: 3, target: { collection: 'sickLeavePoints', field: 'number' } },
    ]);
  });

  it('follow a newsletter item to the collection it names', () => {
    const newsletter = jsonSchemaOf(collectionDefinitions.newsletters.schema());
    expect(referencesIn(newsletter, { items: [{ collection: 'tools', id: 'spc' }] })).toEqual([
      { path: ['items', 0, 'id'], value: 'spc', target: { collection: 'tools' } },
    ]);
  });

  it('are read from any field that carries one, so a new reference field needs no list', () => {
    const schema = jsonSchemaOf(z.object({ film: entryIdOf('films').optional() }));
    expect(referencesIn(schema, { film: 'oppstart' })).toEqual([{ path: ['film'], value: 'oppstart', target: { collection: 'films' } }]);
  });
});
