// The content check's rules for one entry, run by the CMS page before a save (cms/browser/save-refusals.js): the entry's
// own collection schema (or a settings file's), on the data as it will be written, with the check's own words and
// the fields named by the labels the CMS shows. A rule Decap does not know (a refine, a rule between fields, a date
// the calendar lacks) let the CMS save a file that the check then refused, and that held the whole site back.
//
// This is the check's code itself, not a copy: /admin/innholdsregler.js (entry-check-script.ts) bundles this module
// and what it imports for the browser, in `npm run dev` and in the build alike. So it imports nothing that needs Node.
// Images are plain text here: whether their files are there is checked elsewhere (bodyImagesPath, the check).
import { z } from 'zod';
import { settingsCollection, settingsFiles } from '../cms/settings-files.ts';
import { fieldLabel } from './field-labels.ts';
import { bodyPlaceholderProblems, parseEntryData } from './entry-data.ts';
import { textFieldProblems } from './text-fields.ts';
import { languageProblems } from './entry-language.ts';
import { collectionDefinitions, type CollectionName } from '../schemas/collections.ts';
import { jsonSchemaOf, type JsonSchema } from '../schemas/meta.ts';
import { fieldSaying } from '../schemas/messages.ts';

/** A problem the check would report, with the field's path in the file and its label in the CMS. */
export interface EntryProblem {
  field?: string | undefined;
  label?: string | undefined;
  /** For the text (body): its line, as the CMS's text field shows it. */
  line?: number;
  message: string;
}

const schemas = new Map<string, { schema: z.ZodType; json: JsonSchema }>();

/** The schema of an entry of `collection` (or of the settings file `file`), made once; undefined for one unknown. */
function schemaOf(collection: string, file: string | undefined) {
  const key = collection === settingsCollection ? `${collection}/${file}` : collection;
  const made = schemas.get(key);
  if (made) return made;
  const schema =
    collection === settingsCollection
      ? settingsFiles[file as keyof typeof settingsFiles]
      : collection in collectionDefinitions
        ? collectionDefinitions[collection as CollectionName].schema(() => z.string())
        : undefined;
  if (!schema) return undefined;
  schemas.set(key, { schema, json: jsonSchemaOf(schema) });
  return schemas.get(key);
}

/**
 * What the check would say of an entry of `collection` saved with `data` (as the CMS holds it: the frontmatter's
 * fields and, in an MDX collection, the text as `body`); `file` names a settings file. None: the save may go ahead.
 */
export async function entryProblems(collection: string, data: Record<string, unknown>, file?: string): Promise<EntryProblem[]> {
  const found = schemaOf(collection, file);
  if (!found) return [];
  const mdx = collectionDefinitions[collection as CollectionName]?.format === 'mdx';
  const { body, ...frontmatter } = data;
  const fields = mdx ? frontmatter : data;
  const parsed = await parseEntryData(found.schema, fields);
  // What the check says of the text fields (index.ts): a Word bullet typed at a field's start, an archive item's
  // title or ingress in the programme's own voice, a text in nynorsk with «Språk» left at «Bokmål». Reported only after the save, they held the whole site back.
  const textFields = [...textFieldProblems(collection, fields), ...languageProblems(found.json, fields, typeof body === 'string' ? body : undefined)];
  const bodyProblems = (mdx && typeof body === 'string' ? bodyPlaceholderProblems(body) : []).map((problem) => ({ field: 'body', ...problem }));
  return [...parsed.placeholders, ...parsed.issues, ...textFields, ...bodyProblems].map((problem) => ({
    ...problem,
    label: problem.field === undefined ? undefined : fieldLabel(found.json, problem.field),
  }));
}

/**
 * The refusal the CMS shows for `problems` (after Decap's «Kunne ikke lagre: »), as its other refusals say it: each
 * field by its label (`bodyLabel` for the text, with the line) and what to write, in the check's words; a line each.
 * «Kontaktperson for pressemeldingen → E-post»: skriv en hel e-postadresse, for eksempel «presse@virksomhet.no».
 */
export function refusalMessage(problems: readonly EntryProblem[], bodyLabel: string): string {
  return problems
    .map(({ field, label, line, message }) => {
      const text =
        field === 'body' ? `Linje ${line} i «${bodyLabel}»: ${message}` : field === undefined ? `${message[0]?.toUpperCase()}${message.slice(1)}` : fieldSaying(`«${label ?? field}»`, message);
      return text.endsWith('.') ? text : `${text}.`;
    })
    .join('\n');
}
