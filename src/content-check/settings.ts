// Checks the settings files under content/settings/ (so far the press contact)
// against their schemas, so a bad value is reported like any other content problem.
import { readFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { jsonSchemaOf } from '../schemas/meta.ts';
import { pressContactFile, pressContactSchema } from '../schemas/press-contact.ts';
import { fieldLabel } from './field-labels.ts';
import { readYaml } from '../lib/yaml.ts';
import { yamlErrorLine, yamlReason } from './yaml-errors.ts';
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
    return [
      {
        file,
        line: yamlErrorLine(error, text, 1),
        message: `YAML-en kan ikke leses: ${yamlReason(error)}`,
      },
    ];
  }
  const result = pressContactSchema.safeParse(data);
  if (result.success) return [];
  return result.error.issues.map((issue) => {
    const field = fieldPath(issue.path);
    const label = field === undefined ? undefined : fieldLabel(jsonSchemaOf(pressContactSchema), field);
    return { file, field, ...(label !== undefined && { label }), message: issue.message };
  });
}
