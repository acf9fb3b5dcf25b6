// Checks all content under a root folder: parsing, schemas, MDX, the rules
// between entries, the settings, quotes and figures against the sources, and passages copied from them. Used by `npm run check`, by the build and by the tests.
import { join } from 'node:path';
import { checkEntries } from './cached-entry-checks.ts';
import { checkWellFormedFacts } from './facts.ts';
import { checkBodies } from './mdx.ts';
import { fieldLabel } from './field-labels.ts';
import { lineOfField } from './field-lines.ts';
import { checkIntegrity } from './integrity.ts';
import { loadContent } from './load.ts';
import type { Problem } from './problem.ts';
import { checkSettings } from './settings.ts';
import { siteAddresses } from './site-addresses.ts';
import { textFieldProblems } from './text-fields.ts';
import { valueCommentsInFile } from './yaml-comments.ts';
import { languageProblems } from './entry-language.ts';
import { collectionJsonSchemas } from './json-schemas.ts';
import { loadSourceTexts } from './source-texts.ts';
import { anchorLinkProblems, entriesWithAnchors } from './page-anchors.ts';
import { validateEntries } from './validate.ts';

export { formatProblems, type Problem } from './problem.ts';

export async function checkContent(root: string): Promise<Problem[]> {
  const loaded = await loadContent(root);
  const validated = await validateEntries(loaded.entries);
  const validFiles = new Set(validated.valid.map((entry) => entry.file));
  const invalid = loaded.entries.filter((entry) => !validFiles.has(entry.file));
  const addresses = siteAddresses(loaded.entries);
  const sources = await loadSourceTexts(join(root, 'sources'));
  // Bodies, facts and copied passages, for each valid entry from the build cache unless it (or what its body
  // links to or shows) changed; the bodies of invalid entries too, so all their problems show in one run.
  const checked = await checkEntries(validated.valid, sources, { addresses });
  const bodies = [...checked.bodies, ...(await checkBodies(invalid, addresses))];
  // The quotes and figures of an invalid entry that are whole on their own, in the same run (not at the next save).
  const facts = [...checked.facts, ...checkWellFormedFacts(invalid, sources)];
  const { copied } = checked;
  // A link to a place on a page needs every text's headings, so it is checked across entries, not one by one.
  const anchorLinks = anchorLinkProblems(await entriesWithAnchors(loaded.entries));
  const missingSources: Problem[] = sources.missing.map((doc) => ({
    file: join('sources', `${doc}.txt`),
    message: 'kildeteksten mangler; legg tilbake filen med teksten fra PDF-en (se content/sources/LESMEG.txt)',
  }));
  const textFields: Problem[] = loaded.entries.flatMap((entry) =>
    [...textFieldProblems(entry.collection, entry.data), ...languageProblems(collectionJsonSchemas[entry.collection], entry.data, entry.body)].map(({ field, message }) => ({
      file: entry.file,
      field,
      message,
    })),
  );
  const valueComments: Problem[] = loaded.entries.flatMap((entry) => valueCommentsInFile(entry.text).map(({ line, message }) => ({ file: entry.file, line, message })));
  const problems = [...loaded.problems, ...valueComments, ...validated.problems, ...textFields, ...bodies, ...anchorLinks, ...checkIntegrity(validated.valid, invalid), ...missingSources, ...facts, ...copied];
  // Each field also by the labels its schema gives it, as the CMS shows them,
  // and on the line it stands on in the file.
  const entryOf = new Map(loaded.entries.map((entry) => [entry.file, entry]));
  const labelled = problems.map((problem) => {
    const entry = entryOf.get(problem.file);
    if (problem.field === undefined || entry === undefined) return problem;
    const label = fieldLabel(collectionJsonSchemas[entry.collection], problem.field);
    const line = problem.line ?? lineOfField(entry.text, problem.field);
    return { ...problem, ...(label === undefined ? {} : { label }), ...(line === undefined ? {} : { line }) };
  });
  return [...labelled, ...(await checkSettings(root))];
}
