import { z } from 'zod';
import { isoDate, publishing } from './common.ts';

export const eventKinds = {
  konferanse: 'Konferanse',
  nettverkssamling: 'Nettverkssamling',
  kurs: 'Kurs',
  oppstartsamling: 'Oppstartsamling',
  prosjektledersamling: 'Prosjektledersamling',
} as const;

export const eventSchema = z
  .object({
    title: z.string().min(1),
    summary: z.string().min(20).max(400),
    kind: z.enum(Object.keys(eventKinds) as [keyof typeof eventKinds, ...(keyof typeof eventKinds)[]]),
    /** Exact dates where the sources give them. */
    start: isoDate.optional(),
    end: isoDate.optional(),
    /** When only part of a date is known, as the sources put it («mars–april 2010»). */
    when: z.string().min(1),
    places: z.array(z.string().min(1)).default([]),
    ...publishing,
  })
  .strict();
