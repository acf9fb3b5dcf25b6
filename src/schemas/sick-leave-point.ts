import { z } from 'zod';
import { publishing } from './common.ts';

/** One of the ten points for reduced sick leave. Titles as in the final report. */
export const sickLeavePointSchema = z
  .object({
    number: z.number().int().min(1, { error: 'nummeret må være fra 1 til 10' }).max(10, { error: 'nummeret må være fra 1 til 10' }),
    title: z.string().min(1),
    summary: z.string().min(20).max(400),
    ...publishing,
  })
  .strict();
