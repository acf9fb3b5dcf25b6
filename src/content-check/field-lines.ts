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
  // A field written with no value («sectors:», as an editor empties it) has no node of its own: its key's line.
  const keyStart = (keyPath: (string | number)[]) => {
    const parent = keyPath.length === 1 ? document.contents : document.getIn(keyPath.slice(0, -1), true);
    const pairs = (parent as { items?: ({ key?: { value?: unknown; range?: [number, number] | null } } | null)[] } | null | undefined)?.items;
    return pairs?.find((pair) => pair?.key?.value === keyPath.at(-1))?.key?.range?.[0];
  };
  for (let length = path.length; length > 0; length--) {
    const node = document.getIn(path.slice(0, length), true) as { range?: [number, number] | null } | null | undefined;
    const start = node?.range?.[0] ?? keyStart(path.slice(0, length));
    if (start !== undefined) return linesBefore + yamlText.slice(0, start).split('\n').length;
  }
  return undefined;
}
