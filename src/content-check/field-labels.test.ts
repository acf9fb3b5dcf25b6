import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { storySchema } from '../schemas/story.ts';
import { jsonSchemaOf } from '../schemas/meta.ts';
import { fieldLabel } from './field-labels.ts';
import { fieldPath } from './problem.ts';

const stories = jsonSchemaOf(storySchema(() => z.string()));

describe('fieldLabel', () => {
  it('reads the labels along a field as fieldPath writes it, through lists and groups', () => {
    expect(fieldLabel(stories, 'summary')).toBe('Ingress');
    expect(fieldLabel(stories, fieldPath(['quotes', 0, 'text'])!)).toBe('Sitater (nr. 1) → Sitat');
    expect(fieldLabel(stories, fieldPath(['series', 'rows', 1, 'values', 2])!)).toBe('Tallserie, vist som et lite diagram → Rader (nr. 2) → Tall (nr. 3)');
    expect(fieldLabel(stories, fieldPath(['sameTheme', 'label'])!)).toBe('Andre kommuner med samme tema → Overskrift');
  });

  it('gives none for a field the schema does not know', () => {
    expect(fieldLabel(stories, 'colour')).toBeUndefined();
    expect(fieldLabel(stories, 'image → size')).toBeUndefined();
  });
});
