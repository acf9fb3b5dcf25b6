import { z } from 'zod';
import { entryIdOf, publishing, title } from './common.ts';

/** A method or tool kit a municipality can use. */
export const toolSchema = z
  .object({
    /** The tool's name. */
    title,
    /** The ingress; 20–400 characters. */
    summary: z.string().min(20).max(400).meta({ label: 'Ingress' }),
    /** Place in the list, lowest first; 100 when left out. */
    order: z.number().int().default(100).meta({ label: 'Rekkefølge' }),
    /** Tools that go with this one (ids in content/tools). */
    related: z.array(entryIdOf('tools')).default([]).meta({ label: 'Beslektede verktøy' }),
    ...publishing,
  })
  .strict();

export type Tool = z.output<typeof toolSchema>;
