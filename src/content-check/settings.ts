// Checks the settings files under content/settings/ (so far the press contact)
// against their schemas, so a bad value is reported like any other content problem,
// and with the YAML rules of the entries' files: a value cut by « #» or unreadable
// for a «: » inside it is named at its line (yaml-comments.ts, yaml-errors.ts).
import { readFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { jsonSchemaOf } from '../schemas/meta.ts';
import { pressContactFile, pressContactSchema } from '../schemas/press-contact.ts';
import { fieldLabel } from './field-labels.ts';
import { lineOfField } from './field-lines.ts';
import { readYaml } from '../lib/yaml.ts';
import { valueCommentsInFile } from './yaml-comments.ts';
import { unreadableYaml } from './yaml-errors.ts';
import { fieldPath, type Problem } from './problem.ts';

export async function checkSettings(root: string): Promise<Problem[]> {
  const path = join(root, pressContactFile);
  const file = relative(process.cwd(), path);
  let data: unknown;
  let text = '';
  try {
    text = await readFile(path, 'utf8');
    data = readYaml(text) ?? {};
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return [];
    const { line, reason } = unreadableYaml(error, text, text, 1);
    return [{ file, line, message: `YAML-en kan ikke leses: ${reason}` }];
  }
  // Read, the value has lost what stood after « #» without a word: the schema may find nothing wrong with the rest.
  const comments: Problem[] = valueCommentsInFile(text).map(({ line, message }) => ({ file, line, message }));
  const result = pressContactSchema.safeParse(data);
  if (result.success) return comments;
  return [
    ...comments,
    ...result.error.issues.map((issue) => {
      const field = fieldPath(issue.path);
      const label = field === undefined ? undefined : fieldLabel(jsonSchemaOf(pressContactSchema), field);
      const line = field === undefined ? undefined : lineOfField(text, field);
      return { file, field, ...(label !== undefined && { label }), ...(line !== undefined && { line }), message: issue.message };
    }),
  ];
}
