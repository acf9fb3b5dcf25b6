import { describe, expect, it } from 'vitest';
import { lineOfField } from './field-lines.ts';

const story = `---
title: Tittel
summary: Kort
keyFigures:
  - value: 6,9 prosent
    label: Sykefravær
  - value: "12"
    label: Kommuner
    source:
      doc: S002
      page: 58
---

Tekst.
`;

describe('lineOfField', () => {
  it('finds a top-level field, an item of a list and a field inside an item', () => {
    expect(lineOfField(story, 'summary')).toBe(3);
    expect(lineOfField(story, 'keyFigures (nr. 2)')).toBe(7);
    expect(lineOfField(story, 'keyFigures (nr. 2) → label')).toBe(8);
    expect(lineOfField(story, 'keyFigures (nr. 2) → source → page')).toBe(11);
  });

  // «er tomt» for a field emptied by hand («sectors:») had named the file alone: the empty value is no YAML node.
  it('finds a field written with no value by its key, at the top and inside an item', () => {
    const emptied = story.replace('summary: Kort', 'summary:\nsectors:').replace('    label: Kommuner', '    label:');
    expect(lineOfField(emptied, 'summary')).toBe(3);
    expect(lineOfField(emptied, 'sectors')).toBe(4);
    expect(lineOfField(emptied, 'keyFigures (nr. 2) → label')).toBe(9);
  });

  it('falls back to the nearest parent that is written, and to nothing when none is', () => {
    expect(lineOfField(story, 'keyFigures (nr. 1) → source')).toBe(5);
    expect(lineOfField(story, 'lang')).toBeUndefined();
  });

  it('reads a YAML file without frontmatter markers', () => {
    expect(lineOfField('name: Gloppen\nkind: kommune\ncounty: Sogn og Fjordane\n', 'county')).toBe(3);
  });
});
