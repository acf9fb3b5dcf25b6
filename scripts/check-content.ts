// `npm run check`: validates all content and prints what to fix, in Norwegian.
// `npm run check -- --fix` first rewrites files into the form the CMS saves.
import { checkContent, formatProblems } from '../src/content-check/index.ts';
import { checkFormatting } from '../src/content-check/formatting.ts';
import { contentRoot } from '../src/schemas/collections.ts';

const fix = process.argv.includes('--fix');
const formatting = await checkFormatting(contentRoot, { fix });
if (formatting.fixed.length > 0) {
  console.log(`Skrev ${formatting.fixed.length} fil${formatting.fixed.length === 1 ? '' : 'er'} om til samme form som CMS-et lagrer:`);
  for (const file of formatting.fixed) console.log(`  ${file}`);
}
const problems = [...(await checkContent(contentRoot)), ...formatting.problems];
if (problems.length > 0) {
  console.error(formatProblems(problems));
  process.exit(1);
}
console.log('Innholdet er i orden: ingen feil funnet.');
