// `npm run check`: validates all content and prints what to fix, in Norwegian.
import { checkContent, formatProblems } from '../src/content-check/index.ts';
import { contentRoot } from '../src/schemas/collections.ts';

const problems = await checkContent(contentRoot);
if (problems.length > 0) {
  console.error(formatProblems(problems));
  process.exit(1);
}
console.log('Innholdet er i orden: ingen feil funnet.');
