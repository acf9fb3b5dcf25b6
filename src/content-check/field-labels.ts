// A problem's field in the editors' words: the labels the schema carries
// along the field's path, so «quotes (nr. 1) → text» also reads «Sitater
// (nr. 1) → Sitat», as the CMS shows it.
import type { JsonSchema } from '../schemas/meta.ts';

const position = / ?\(nr\. \d+\)$/;

/**
 * The labels along `field` (written as problem.ts's fieldPath writes it), or
 * undefined where a part has none (a field the schema does not know).
 */
export function fieldLabel(schema: JsonSchema, field: string): string | undefined {
  const labels: string[] = [];
  let node: JsonSchema | undefined = schema;
  for (const part of field.split(' → ')) {
    node = node?.properties?.[part.replace(position, '')];
    if (node?.label === undefined) return undefined;
    // Which item of a list, as in the key: «Kilder (nr. 2) → Side i PDF-en».
    labels.push(`${node.label}${position.exec(part)?.[0] ?? ''}`);
    if (position.test(part)) node = node.items;
  }
  return labels.join(' → ');
}
