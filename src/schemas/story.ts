import { z } from 'zod';
import { entryId, illustration, keyFigure, publishing, quote, sourceRef } from './common.ts';
import { storySeries } from './figure-table.ts';
import { keysOf, levels, sectors, themes } from './vocabulary.ts';

/** A case story («godt eksempel») from one municipality or several working together. */
export function storySchema(image: () => z.ZodType) {
  return z
    .object({
      title: z.string().min(1),
      /** The ingress: two or three sentences a reader can scan. */
      summary: z.string().min(20, { error: 'ingressen er for kort (minst 20 tegn)' }).max(400, { error: 'ingressen er for lang (høyst 400 tegn)' }),
      municipalities: z.array(entryId).min(1, { error: 'oppgi minst én kommune' }),
      projectName: z.string().optional(),
      sectors: z.array(z.enum(keysOf(sectors))).min(1, { error: 'oppgi minst én sektor' }),
      themes: z.array(z.enum(keysOf(themes))).min(1, { error: 'oppgi minst ett tema' }),
      levels: z.array(z.enum(keysOf(levels))).min(1, { error: 'oppgi minst ett nivå i kvalitetstrakten' }),
      /** Years the work ran, where the sources give them. */
      period: z
        .object({ from: z.number().int().min(2000).max(2030), to: z.number().int().min(2000).max(2030).optional() })
        .strict()
        .refine((p) => p.to === undefined || p.to >= p.from, { error: '«to» kan ikke være før «from»', path: ['to'] })
        .optional(),
      keyFigures: z.array(keyFigure).default([]),
      /** Before-and-after figures as numbers, drawn as a small chart. */
      series: storySeries.optional(),
      quotes: z.array(quote).default([]),
      /** Other municipalities the sources name as working on the same theme. */
      sameTheme: z
        .object({ label: z.string().min(1), municipalities: z.array(entryId).min(1), source: sourceRef })
        .strict()
        .optional(),
      sickLeavePoints: z.array(z.number().int().min(1).max(10)).default([]),
      tools: z.array(entryId).default([]),
      image: illustration(image).optional(),
      ...publishing,
    })
    .strict();
}
