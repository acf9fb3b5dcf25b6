import { z } from 'zod';
import { entryIdOf, publishing, title } from './common.ts';

export const templateKinds = {
  kommunikasjonsstrategi: 'Kommunikasjonsstrategi',
  pressemelding: 'Pressemelding',
  kronikk: 'Kronikk',
  mediemote: 'Møte med mediene',
  'sosiale-medier': 'Sosiale medier',
  informasjonsarbeid: 'Tips for informasjonsarbeid',
} as const;

/** A communication template: guidance, a fill-in template and a worked example. */
export const templateSchema = z
  .object({
    /** The template's name. */
    title,
    /** The ingress; 20–400 characters. */
    summary: z.string().min(20).max(400).meta({ label: 'Ingress' }),
    /** What it helps write (`templateKinds`). */
    kind: z.enum(Object.keys(templateKinds) as [keyof typeof templateKinds, ...(keyof typeof templateKinds)[]]).meta({ label: 'Type mal' }),
    /** Place in the list, lowest first; 100 when left out. */
    order: z.number().int().default(100).meta({ label: 'Rekkefølge' }),
    /** The case story the worked example draws on (an id in content/stories). */
    exampleStory: entryIdOf('stories').optional().meta({ label: 'Eksempel' }),
    ...publishing,
  })
  .strict();

export type Template = z.output<typeof templateSchema>;
