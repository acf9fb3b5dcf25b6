// Checks all content under a root folder: parsing, schemas, MDX, the rules
// between entries, the settings, quotes and figures against the sources, and passages copied from them. Used by `npm run check`, by the build and by the tests.
import { join } from 'node:path';
import { checkFacts } from './facts.ts';
import { checkIntegrity } from './integrity.ts';
import { loadContent } from './load.ts';
import { checkBodies } from './mdx.ts';
import type { Problem } from './problem.ts';
import { checkSettings } from './settings.ts';
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
  return [...loaded.problems, ...validated.problems, ...bodies, ...checkIntegrity(validated.valid), ...missingSources, ...facts, ...copied, ...(await checkSettings(root))];
}
