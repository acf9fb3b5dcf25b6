import { z } from 'zod';
import { entryId, publishing } from './common.ts';

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
    title: z.string().min(1),
    summary: z.string().min(20).max(400),
    kind: z.enum(Object.keys(templateKinds) as [keyof typeof templateKinds, ...(keyof typeof templateKinds)[]]),
    order: z.number().int().default(100),
    /** The case story the worked example draws on. */
    exampleStory: entryId.optional(),
    ...publishing,
  })
  .strict();
