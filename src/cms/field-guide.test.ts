import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { fieldGuide, guideEnd, guideStart } from './field-guide.ts';

describe("the editor's guide's tables of fields", () => {
  it('are what the schemas say (run `node scripts/update-field-guide.ts` after changing a field)', async () => {
    const guide = await readFile('docs/redaktorveiledning.md', 'utf8');
    const block = guide.slice(guide.indexOf(guideStart), guide.indexOf(guideEnd) + guideEnd.length);
    expect(block).toBe(fieldGuide());
  });

  it('give each field its name in the file, its label, whether it is required, and its help', () => {
    const guide = fieldGuide();
    expect(guide).toContain('| `summary` | Ingress | ja | To–tre setninger: hva de gjorde og hva det førte til; 20–400 tegn |');
    expect(guide).toContain('| `quotes → source → page` | Side i PDF-en | nei |');
    expect(guide).toContain('| `sickLeavePoints` | Punkter mot sykefravær | nei | verdien av «number» i en fil i content/sick-leave-points |');
    expect(guide).toContain('| `partOf` | Del av | nei | id-en (filnavnet uten filtype) til en fil i content/municipalities |');
  });
});
