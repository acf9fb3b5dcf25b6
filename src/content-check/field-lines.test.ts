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

  it('falls back to the nearest parent that is written, and to nothing when none is', () => {
    expect(lineOfField(story, 'keyFigures (nr. 1) → source')).toBe(5);
    expect(lineOfField(story, 'lang')).toBeUndefined();
  });

  it('reads a YAML file without frontmatter markers', () => {
    expect(lineOfField('name: Gloppen\nkind: kommune\ncounty: Sogn og Fjordane\n', 'county')).toBe(3);
  });
});
