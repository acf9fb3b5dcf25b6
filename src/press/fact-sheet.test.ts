import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { factSheet } from './fact-sheet.ts';

const factsPage = readFileSync(new URL('../../content/pages/tall-og-fakta.mdx', import.meta.url), 'utf8').replace(/^---[\s\S]*?\n---\n/, '');

describe('press fact sheet', () => {
  it('finds every chosen figure on the «Tall og fakta» page, with its wording, page and section', () => {
    const facts = factSheet(factsPage);
    expect(facts.length).toBeGreaterThanOrEqual(8);
    expect(facts[0]).toEqual({
      value: '138',
      text: 'Så mange kommuner og bydeler var aktive i programmet.',
      pages: [9],
      section: 'Kommunene',
      sectionId: 'kommunene',
    });
    expect(facts.find((f) => f.value === '297 millioner kroner')).toMatchObject({ pages: [40], sectionId: 'sykefraværet' });
    for (const fact of facts) expect(fact.pages.length).toBeGreaterThan(0);
  });

  it('refuses a figure the page does not have', () => {
    expect(() => factSheet(factsPage, [{ section: 'Kommunene', value: '139' }])).toThrow(/«139» under «Kommunene»/);
    expect(() => factSheet(factsPage, [{ section: 'Ukjent', value: '138' }])).toThrow(/«138» under «Ukjent»/);
    expect(() => factSheet('## A\n\n| Tall | Hva | Side |\n|---|---|---|\n| 1 | en | ukjent |\n', [{ section: 'A', value: '1' }])).toThrow(/with a page/);
  });

  it('gives a section the id Astro gives its heading', () => {
    const markdown = '## Samlinger, kurs og besøk\n\n| Tall | Hva | Side |\n|---|---|---|\n| 5 | kurs | 50 og 51 |\n';
    expect(factSheet(markdown, [{ section: 'Samlinger, kurs og besøk', value: '5' }])[0]).toMatchObject({
      sectionId: 'samlinger-kurs-og-besøk',
      pages: [50, 51],
    });
  });
});
