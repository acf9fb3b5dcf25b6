// The line a field stands on in its file, so every message names file, line
// and field, also for a problem found in the parsed data (a schema rule, a
// reference, a figure). Read from the YAML's own node positions, with the
// same `yaml` package version the CMS writes (installed as `yaml-1`).
import YAML from 'yaml-1';

const frontmatter = /^---\r?\n([\s\S]*?)\r?\n---/;
const position = /^(.*) \(nr\. (\d+)\)$/;

/** «keyFigures (nr. 2) → value» (problem.ts's fieldPath) as a YAML path: keyFigures, 1, value. */
function pathOf(field: string): (string | number)[] {
  return field.split(' → ').flatMap((part) => {
    const item = position.exec(part);
    return item ? [item[1]!, Number(item[2]) - 1] : [part];
  });
}

/**
 * The 1-based line in `fileText` (a whole MDX file with frontmatter, or a YAML
 * file) where `field` stands, or where its nearest written parent stands when
 * the field itself is missing; undefined when none of it is in the file.
 */
export function lineOfField(fileText: string, field: string): number | undefined {
  const match = frontmatter.exec(fileText);
  const yamlText = match ? match[1]! : fileText;
  const linesBefore = match ? 1 : 0; // the opening «---»
  let document: YAML.Document.Parsed;
  try {
    document = YAML.parseDocument(yamlText);
  } catch {
    return undefined;
  }
  const path = pathOf(field);
  for (let length = path.length; length > 0; length--) {
    const node = document.getIn(path.slice(0, length), true) as { range?: [number, number] | null } | undefined;
    const start = node?.range?.[0];
    if (start !== undefined) return linesBefore + yamlText.slice(0, start).split('\n').length;
  }
  return undefined;
}
