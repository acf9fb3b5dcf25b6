// The secretariat's publications: news, press releases and newsletters.
import { z } from 'zod';
import { entryId, partialDate, publishing } from './common.ts';

export const newsSchema = z
  .object({
    title: z.string().min(1),
    summary: z.string().min(20).max(400),
    date: partialDate,
    kind: z.enum(['nyhet', 'pressemelding']).default('nyhet'),
    /** Press releases are numbered in order of publication. */
    number: z.number().int().positive().optional(),
    ...publishing,
  })
  .strict()
  .refine((n) => n.kind !== 'pressemelding' || n.number !== undefined, {
    error: 'en pressemelding må ha et nummer («number»)',
    path: ['number'],
  });

/** A link from a newsletter to another entry on the site. */
export const entryLink = z
  .object({
    collection: z.enum(['news', 'stories', 'tools', 'events', 'films', 'sickLeavePoints', 'templates', 'pages']),
    id: entryId,
  })
  .strict();

export const newsletterSchema = z
  .object({
    title: z.string().min(1),
    issue: z.number().int().positive(),
    date: partialDate,
    /** The line mail clients show after the subject. */
    preheader: z.string().min(1).max(150),
    summary: z.string().min(20).max(400),
    items: z.array(entryLink).default([]),
    ...publishing,
  })
  .strict();
