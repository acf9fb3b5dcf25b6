// Checks all content under a root folder: parsing, schemas, MDX, the rules
// between entries, the settings, quotes and figures against the sources, and passages copied from them. Used by `npm run check`, by the build and by the tests.
import { join } from 'node:path';
import { checkFacts } from './facts.ts';
import { fieldLabel } from './field-labels.ts';
import { checkIntegrity } from './integrity.ts';
import { loadContent } from './load.ts';
import { checkBodies } from './mdx.ts';
import type { Problem } from './problem.ts';
import { checkSettings } from './settings.ts';
import { collectionJsonSchemas } from './json-schemas.ts';
import { loadSourceTexts } from './source-texts.ts';
import { validateEntries } from './validate.ts';
import { checkVerbatim } from './verbatim.ts';

export { formatProblems, type Problem } from './problem.ts';

export async function checkContent(root: string): Promise<Problem[]> {
  const loaded = await loadContent(root);
  const validated = validateEntries(loaded.entries);
  const bodies = await checkBodies(validated.valid);
  const sources = await loadSourceTexts(join(root, 'sources'));
  const facts = checkFacts(validated.valid, sources);
  const copied = checkVerbatim(validated.valid, sources);
  const missingSources: Problem[] = sources.missing.map((doc) => ({
    file: join('sources', `${doc}.txt`),
    message: 'kildeteksten mangler; legg tilbake filen med teksten fra PDF-en (se content/sources/LESMEG.txt)',
  }));
  const problems = [...loaded.problems, ...validated.problems, ...bodies, ...checkIntegrity(validated.valid), ...missingSources, ...facts, ...copied];
  // Each field also by the labels its schema gives it, as the CMS shows them.
  const collectionOf = new Map(loaded.entries.map((entry) => [entry.file, entry.collection]));
  const labelled = problems.map((problem) => {
    const collection = collectionOf.get(problem.file);
    const label = problem.field === undefined || collection === undefined ? undefined : fieldLabel(collectionJsonSchemas[collection], problem.field);
    return label === undefined ? problem : { ...problem, label };
  });
  return [...labelled, ...(await checkSettings(root))];
}
