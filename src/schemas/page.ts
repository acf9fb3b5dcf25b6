import { z } from 'zod';
import { language, sourceRef } from './common.ts';

/**
 * A free-standing page. Pages about the programme cite sources like any entry;
 * pages about the website itself (accessibility, privacy) have none to cite.
 */
export const pageSchema = z
  .object({
    title: z.string().min(1),
    summary: z.string().min(20).max(400),
    about: z.enum(['programme', 'website']).default('programme'),
    lang: language,
    draft: z.boolean().default(false),
    sources: z.array(sourceRef).default([]),
  })
  .strict()
  .refine((p) => p.about === 'website' || p.sources.length > 0, {
    error: 'oppgi minst én kilde (dokument og side)',
    path: ['sources'],
  });
