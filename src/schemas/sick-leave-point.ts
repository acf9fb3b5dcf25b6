import { z } from 'zod';
import { publishing, title } from './common.ts';

/** One of the ten points for reduced sick leave. Titles as in the final report. */
export const sickLeavePointSchema = z
  .object({
    /** The point's place in the report's list, 1–10; each once (content-check/integrity.ts). Stories name points by it. */
    number: z
      .number()
      .int()
      .min(1, { error: 'nummeret må være fra 1 til 10' })
      .max(10, { error: 'nummeret må være fra 1 til 10' })
      .meta({ label: 'Nummer', kept: 'eksemplene viser til de ti punktene med nummeret' }),
    /** The point as the final report words it. */
    title,
    /** The ingress; 20–400 characters. */
    summary: z.string().min(20).max(400).meta({ label: 'Ingress' }),
    ...publishing,
  })
  .strict();

export type SickLeavePoint = z.output<typeof sickLeavePointSchema>;
