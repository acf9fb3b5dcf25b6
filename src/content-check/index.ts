// Checks all content under a root folder: parsing, schemas, MDX and the rules
// between entries. Used by `npm run check`, by the build and by the tests.
import { checkIntegrity } from './integrity.ts';
import { loadContent } from './load.ts';
import { checkBodies } from './mdx.ts';
import type { Problem } from './problem.ts';
import { validateEntries } from './validate.ts';

export { formatProblems, type Problem } from './problem.ts';

export async function checkContent(root: string): Promise<Problem[]> {
  const loaded = await loadContent(root);
  const validated = validateEntries(loaded.entries);
  const bodies = await checkBodies(validated.valid);
  return [...loaded.problems, ...validated.problems, ...bodies, ...checkIntegrity(validated.valid)];
}
