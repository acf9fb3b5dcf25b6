// The issue's «Done when»: a new story field is its schema line with its meta,
// and nothing else. Here the story schema gains a field (as an editor of
// src/schemas/story.ts would add it), and the CMS config, the editor's guide
// the checker's labels and `npm run new` all have it without any other file changing.
import { describe, expect, it, vi } from 'vitest';
import { z } from 'zod';

vi.mock('../schemas/story.ts', async (original) => {
  const story = await original<typeof import('../schemas/story.ts')>();
  return {
    ...story,
    storySchema: (image: () => z.ZodType) =>
      story.storySchema(image).extend({
        /** The contact person the sources name for the project. */
        contactPerson: z.string().min(3).optional().meta({ label: 'Kontaktperson', hint: 'Navn og rolle, slik kilden gir dem' }),
        /** Who owned the project: a required field. */
        projectOwner: z.string().min(1).meta({ label: 'Prosjekteier' }),
      }),
  };
});

const { cmsConfig } = await import('./config.ts');
const { fieldGuide } = await import('./field-guide.ts');
const { collectionJsonSchemas } = await import('../content-check/json-schemas.ts');
const { fieldLabel } = await import('../content-check/field-labels.ts');
const { entryTypes } = await import('../scaffold/entry-types.ts');

describe('a field added to the story schema with its meta', () => {
  it('is in the CMS, labelled, with its help text, and in no other collection', () => {
    const collections = cmsConfig().collections.filter((c) => 'folder' in c);
    const stories = collections.find((c) => c.name === 'stories');
    expect(stories?.fields.find((f) => f.name === 'contactPerson')).toEqual({
      name: 'contactPerson', label: 'Kontaktperson', widget: 'string', required: false, hint: 'Navn og rolle, slik kilden gir dem (minst 3 tegn)',
      // Checked at the field (text-length-widget.js).
      min_length: 3,
    });
    for (const c of collections.filter((c) => c.name !== 'stories')) expect(c.fields.map((f) => f.name)).not.toContain('contactPerson');
  });

  it("is in the editor's guide and named by its label in the checker's messages", () => {
    expect(fieldGuide()).toContain('| `contactPerson` | Kontaktperson | nei | Navn og rolle, slik kilden gir dem |');
    expect(fieldLabel(collectionJsonSchemas.stories, 'contactPerson')).toBe('Kontaktperson');
  });

  it('when required, starts as a placeholder named by its label in a new story (npm run new)', () => {
    const { data } = entryTypes['eksempel']!.build({ title: 'Et eksempel', today: '2010-03-15', nextNumber: 1 });
    expect(data['projectOwner']).toBe('FYLL UT: Prosjekteier');
    expect(data['contactPerson']).toBeUndefined();
  });
});
