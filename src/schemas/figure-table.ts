import { z } from 'zod';
import { sources } from './common.ts';

/**
 * A table of figures from the sources. A cell the extraction lost is null and is
 * shown as «tapt i kilden», never guessed.
 */
export const figureTableSchema = z
  .object({
    title: z.string().min(1),
    caption: z.string().min(1),
    unit: z.string().optional(),
    columns: z.array(z.string().min(1)).min(1),
    rows: z.array(z.object({ label: z.string().min(1), values: z.array(z.number().nullable()) }).strict()).min(1),
    note: z.string().optional(),
    sources,
  })
  .strict()
  .superRefine((table, ctx) => {
    table.rows.forEach((row, i) => {
      if (row.values.length !== table.columns.length)
        ctx.addIssue({
          code: 'custom',
          path: ['rows', i, 'values'],
          message: `raden «${row.label}» har ${row.values.length} verdier, men tabellen har ${table.columns.length} kolonner`,
        });
    });
  });
