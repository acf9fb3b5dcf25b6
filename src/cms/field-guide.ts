// The editor's guide's tables of fields (docs/redaktorveiledning.md, «Feltene
// i hver samling»), written from the schemas: each field's name in the file,
// its label in the CMS, whether it must be filled in, and its help text. A test
// keeps the guide equal to this; `node scripts/update-field-guide.ts` rewrites it.
import { collectionDefinitions, collectionNames } from '../schemas/collections.ts';
import type { JsonSchema } from '../schemas/meta.ts';
import { target } from '../schemas/references.ts';
import { collectionFieldsSchema } from './config.ts';
import { collectionLabels } from './labels.ts';

export const guideStart = '<!-- feltene: skrevet av scripts/update-field-guide.ts fra skjemaene; ikke rediger for hånd -->';
export const guideEnd = '<!-- /feltene -->';

/** Table cells hold no line breaks or pipes. */
const cell = (text: string) => text.replaceAll('|', '\\|').replaceAll('\n', ' ');

function help(schema: JsonSchema): string {
  const reference = schema.reference ?? schema.items?.reference;
  const points = reference && `${reference.field ? `verdien av «${reference.field}» i` : 'id-en (filnavnet uten filtype) til'} en fil i content/${collectionDefinitions[target(reference).collection].folder}`;
  const values = schema.enum ?? schema.items?.enum;
  const length =
    schema.minLength !== undefined && schema.minLength > 1 && schema.maxLength !== undefined
      ? `${schema.minLength}–${schema.maxLength} tegn`
      : schema.maxLength !== undefined && `høyst ${schema.maxLength} tegn`;
  return [schema.hint, points, values && `${schema.items?.enum ? 'en eller flere av' : 'en av'}: ${values.map((v) => `\`${v}\``).join(', ')}`, length]
    .filter(Boolean)
    .join('; ');
}

function rows(schema: JsonSchema, prefix = ''): string[] {
  return Object.entries(schema.properties ?? {}).flatMap(([name, property]) => {
    const path = `${prefix}${name}`;
    const required = schema.required?.includes(name) ? 'ja' : 'nei';
    const row = `| \`${path}\` | ${cell(property.label ?? '')} | ${required} | ${cell(help(property))} |`;
    const nested = property.type === 'array' ? property.items : property;
    return [row, ...(nested?.properties && !nested.entryLink ? rows(nested, `${path} → `) : [])];
  });
}

/** The tables for every collection, as they stand between `guideStart` and `guideEnd`. */
export function fieldGuide(): string {
  const sections = collectionNames.map((name) =>
    [
      `### ${collectionLabels[name].plural} (\`content/${collectionDefinitions[name].folder}\`)`,
      '',
      '| felt i filen | navn i redigeringsverktøyet | må fylles ut | hjelp |',
      '| --- | --- | --- | --- |',
      ...rows(collectionFieldsSchema(name)),
    ].join('\n'),
  );
  return [guideStart, '', ...sections.flatMap((s) => [s, '']), guideEnd].join('\n');
}
