// `npm run fonts`: writes the web font's small files and stylesheet to src/fonts/ (see font-subsets.ts).
import { writeFileSync } from 'node:fs';
import { fontCss, files, subsetFile } from '../src/fonts/font-subsets.ts';

for (const file of Object.values(files)) {
  const bytes = await subsetFile(file);
  writeFileSync(new URL(`../src/fonts/${file.name}`, import.meta.url), bytes);
  console.log(`${file.name}: ${bytes.length} B`);
}
writeFileSync(new URL('../src/fonts/inter.css', import.meta.url), fontCss());
