// The canonical form is what Decap CMS writes: the formatter's output equals
// Decap's own serialiser (decap-cms-core's yaml and frontmatter formats) on the
// same data, it is idempotent, and it keeps the data and the body as they were.
import { describe, expect, it } from 'vitest';
import yamlFormatter from 'decap-cms-core/dist/esm/formats/yaml';
import { frontmatterYAML } from 'decap-cms-core/dist/esm/formats/frontmatter';
import { firstDifferentLine, formatContentFile, parseYaml } from './format.ts';

const order = ['title', 'summary', 'municipalities', 'sources', 'body'];
const story = `---
sources:
  - { doc: S002, page: 24 }
title: 'Barnehagen: foreldre'
summary: >-
  Barnehagene i Gloppen ville at foreldre med et annet morsmål skulle forstå hva
  som skjer i barnehagen, og laget en film.
municipalities: [gloppen, flora]
date: 2010-06
---

## Bakgrunn

| Tiltak | Resultat |
| --- | --- |
`;

describe('formatContentFile', () => {
  it('writes MDX exactly as Decap CMS saves it: fields in order, block lists, body untouched', () => {
    const formatted = formatContentFile(story, 'mdx', order)!;
    const decap = frontmatterYAML();
    const data = decap.fromFile(story);
    expect(formatted).toBe(decap.toFile(data, order, {}));
    expect(formatted).toMatch(/^---\ntitle: "Barnehagen: foreldre"\nsummary: Barnehagene/);
    expect(formatted).toContain('municipalities:\n  - gloppen\n  - flora\nsources:\n  - doc: S002\n    page: 24\n');
    expect(formatted.endsWith('---\n\n## Bakgrunn\n\n| Tiltak | Resultat |\n| --- | --- |\n')).toBe(true);
  });

  it('writes YAML files as Decap saves them', () => {
    const text = 'sources: [{ doc: S002, page: 60 }]\nname: Gloppen\ncounty: sogn-og-fjordane\n';
    const formatted = formatContentFile(text, 'yaml', ['name', 'county', 'sources'])!;
    expect(formatted).toBe(yamlFormatter.toFile(parseYaml(text), ['name', 'county', 'sources'], {}));
    expect(formatted).toBe('name: Gloppen\ncounty: sogn-og-fjordane\nsources:\n  - doc: S002\n    page: 60\n');
  });

  it('is idempotent and keeps the data', () => {
    const once = formatContentFile(story, 'mdx', order)!;
    expect(formatContentFile(once, 'mdx', order)).toBe(once);
    const data = (text: string) => parseYaml(text.split('---\n')[1]!);
    expect(data(once)).toEqual(data(story));
  });

  it('makes a one-field change a one-line diff', () => {
    const once = formatContentFile(story, 'mdx', order)!;
    const changed = formatContentFile(once.replace('title: "Barnehagen: foreldre"', 'title: Barnehagen og foreldrene'), 'mdx', order)!;
    const removed = once.split('\n').filter((line, i) => line !== changed.split('\n')[i]);
    expect(removed).toEqual(['title: "Barnehagen: foreldre"']);
    expect(firstDifferentLine(once, changed)).toBe(2);
  });

  it('leaves files it cannot read to the checker', () => {
    expect(formatContentFile('---\ntitle: [oops\n---\n', 'mdx', order)).toBeUndefined();
    expect(formatContentFile('no frontmatter', 'mdx', order)).toBeUndefined();
    expect(formatContentFile('- a list\n', 'yaml', order)).toBeUndefined();
  });
});
