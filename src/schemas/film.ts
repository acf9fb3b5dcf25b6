import { z } from 'zod';
import { entryId, publishing } from './common.ts';

export const filmSchema = z
  .object({
    title: z.string().min(1),
    summary: z.string().min(20).max(400),
    maker: z.string().min(1),
    year: z.number().int().min(2007).max(2010).optional(),
    municipalities: z.array(entryId).default([]),
    ...publishing,
  })
  .strict();
