// The canonical form of a content file: exactly what Decap CMS writes when it
// saves the entry. Files kept in this form change by one line when an editor
// changes one field in the CMS, instead of having their whole frontmatter
// rewritten on the first save.
//
// Decap (decap-cms-core, src/formats/yaml.ts and frontmatter.ts) serialises
// with the `yaml` package version 1 (installed here as `yaml-1`, the version
// Decap bundles): yaml.createNode(data) with the top-level keys in the order of
// the collection's fields, and Document#toString() with its defaults (block
// lists, two-space indents, long strings folded at 80 columns). Nested keys
// keep the order they have. An MDX file is «---», that YAML, «---», then the
// body exactly as it was.
import YAML from 'yaml-1';

/** The top-level keys in this order; keys not named keep their place (Decap's own sort). */
function orderKeys(data: Record<string, unknown>, keyOrder: readonly string[]): Record<string, unknown> {
  const keys = Object.keys(data);
  const rank = (key: string) => keyOrder.indexOf(key);
  const sorted = [...keys].sort((a, b) => (rank(a) === -1 || rank(b) === -1 ? 0 : rank(a) - rank(b)));
  return Object.fromEntries(sorted.map((key) => [key, data[key]]));
}

/** Data as Decap writes it: a YAML document ending in one line break. */
export function formatYaml(data: Record<string, unknown>, keyOrder: readonly string[]): string {
  const document = new YAML.Document();
  document.contents = YAML.createNode(orderKeys(data, keyOrder));
  const text = document.toString();
  return text.endsWith('\n') ? text : `${text}\n`;
}

/** Reads YAML as Decap does (YAML 1.2 core schema). Throws on a syntax error. */
export function parseYaml(text: string): unknown {
  const document = YAML.parseDocument(text);
  if (document.errors.length > 0) throw document.errors[0];
  return document.toJSON();
}

/** Splits an MDX file as gray-matter (which Decap uses) does: frontmatter, and the body after its closing line. */
export function splitFrontmatter(text: string): { frontmatter: string; body: string } | undefined {
  if (!text.startsWith('---\n') && !text.startsWith('---\r\n')) return undefined;
  const open = text.indexOf('\n') + 1;
  const close = text.indexOf('\n---', open - 1);
  if (close === -1) return undefined;
  const afterClose = text.slice(close + 4);
  // The closing line is «---» and nothing else.
  if (afterClose !== '' && !/^\r?\n/.test(afterClose)) return undefined;
  return { frontmatter: text.slice(open, close + 1), body: afterClose.replace(/^\r?\n/, '') };
}

/**
 * The canonical text of a content file (`format` is the collection's: mdx or
 * yaml), with top-level keys in `keyOrder`. Returns undefined when the file
 * cannot be read as YAML (the checker reports that separately).
 */
export function formatContentFile(text: string, format: 'mdx' | 'yaml', keyOrder: readonly string[]): string | undefined {
  try {
    if (format === 'yaml') {
      const data = parseYaml(text);
      return isRecord(data) ? formatYaml(data, keyOrder) : undefined;
    }
    const parts = splitFrontmatter(text);
    if (!parts) return undefined;
    const data = parseYaml(parts.frontmatter) ?? {};
    if (!isRecord(data)) return undefined;
    const file = `---\n${formatYaml(data, keyOrder).trim()}\n---\n${parts.body}`;
    return file.endsWith('\n') ? file : `${file}\n`;
  } catch {
    return undefined;
  }
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The first line (counted from 1) where two texts differ, to point the editor at it. */
export function firstDifferentLine(a: string, b: string): number {
  const left = a.split('\n');
  const right = b.split('\n');
  const index = left.findIndex((line, i) => line !== right[i]);
  return (index === -1 ? left.length : index) + 1;
}
