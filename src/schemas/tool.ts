import { z } from 'zod';
import { entryId, publishing } from './common.ts';

/** A method or tool kit a municipality can use. */
export const toolSchema = z
  .object({
    title: z.string().min(1),
    summary: z.string().min(20).max(400),
    order: z.number().int().default(100),
    related: z.array(entryId).default([]),
    ...publishing,
  })
  .strict();
