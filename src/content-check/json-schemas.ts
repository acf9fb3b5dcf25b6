// Each collection's schema as JSON Schema, with the meta its fields carry
// (labels, references): what the checker reads to name fields in Norwegian
// and to find references. The image field is plain text here.
import { z } from 'zod';
import { perCollection, type CollectionName } from '../schemas/collections.ts';
import { jsonSchemaOf, type JsonSchema } from '../schemas/meta.ts';

export const collectionJsonSchemas: Record<CollectionName, JsonSchema> = perCollection((definition) => jsonSchemaOf(definition.schema(() => z.string())));
