import { z } from 'zod';
import { partialDate, publishing } from './common.ts';

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
    /** As precise as the sources allow (2010-03-17, 2010-03 or 2010); used for sorting. */
    date: partialDate,
    end: partialDate.optional(),
    /** How to say when, where dates alone say it badly («17. mars–29. april 2010»). */
    when: z.string().min(1).optional(),
    places: z.array(z.string().min(1)).default([]),
    ...publishing,
  })
  .strict();
