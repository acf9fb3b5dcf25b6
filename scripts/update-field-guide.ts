// Rewrites the tables of fields in docs/redaktorveiledning.md from the schemas
// (src/cms/field-guide.ts). Run after adding or relabelling a field:
//   node scripts/update-field-guide.ts
import { readFile, writeFile } from 'node:fs/promises';
import { fieldGuide, guideEnd, guideStart } from '../src/cms/field-guide.ts';

const path = 'docs/redaktorveiledning.md';
const text = await readFile(path, 'utf8');
const start = text.indexOf(guideStart);
const end = text.indexOf(guideEnd);
if (start < 0 || end < start) throw new Error(`${path} has no ${guideStart} … ${guideEnd} block.`);
await writeFile(path, text.slice(0, start) + fieldGuide() + text.slice(end + guideEnd.length));
