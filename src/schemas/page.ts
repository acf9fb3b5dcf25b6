import { z } from 'zod';
import { language, sourceRef, title } from './common.ts';

/**
 * A free-standing page. Pages about the programme cite sources like any entry;
 * pages about the website itself (accessibility, privacy) have none to cite.
 */
export const pageSchema = z
  .object({
    /** The page's heading. */
    title,
    /** The ingress; 20–400 characters. */
    summary: z.string().min(20).max(400).meta({ label: 'Ingress' }),
    /** «programme» pages cite sources; «website» pages (accessibility, privacy) need none. */
    about: z.enum(['programme', 'website']).default('programme').meta({ label: 'Handler om' }),
    /** Written standard; see common.ts `language`. */
    lang: language,
    /** A draft is never published. */
    draft: z.boolean().default(false).meta({ label: 'Utkast (vises ikke på nettstedet)' }),
    /** Where the facts come from; required unless the page is about the website. */
    sources: z.array(sourceRef).default([]).meta({ label: 'Kilder', itemLabel: 'Kilde' }),
  })
  .strict()
  .refine((p) => p.about === 'website' || p.sources.length > 0, {
    error: 'oppgi minst én kilde (dokument og side)',
    path: ['sources'],
  });

export type Page = z.output<typeof pageSchema>;
