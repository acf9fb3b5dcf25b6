import { z } from 'zod';
import { partialDate, publishing, title } from './common.ts';
import { eventDateProblems } from './event-dates.ts';
import { itemSources, newEvent, newItem, requireArchiveSources } from './new-item.ts';

export const eventKinds = {
  konferanse: 'Konferanse',
  nettverkssamling: 'Nettverkssamling',
  kurs: 'Kurs',
  oppstartsamling: 'Oppstartsamling',
  prosjektledersamling: 'Prosjektledersamling',
} as const;

export const eventSchema = z
  .object({
    /** The event's name. */
    title,
    /** The ingress: what it was and who came; 20–400 characters. */
    summary: z.string().min(20).max(400).meta({ label: 'Ingress' }),
    /** What kind of gathering (`eventKinds`). */
    kind: z.enum(Object.keys(eventKinds) as [keyof typeof eventKinds, ...(keyof typeof eventKinds)[]]).meta({ label: 'Type arrangement' }),
    /** As precise as the sources allow (2010-03-17, 2010-03 or 2010); used for sorting. */
    date: partialDate.meta({ label: 'Dato (ÅÅÅÅ-MM-DD, ÅÅÅÅ-MM eller ÅÅÅÅ)' }),
    /** The last day, for events over several days; same form as `date`. */
    end: partialDate.optional().meta({ label: 'Sluttdato' }),
    /**
     * What the dates alone do not say (times, «Fra høsten 2007 og ut programperioden»): shown beside the dates, never
     * instead of them (lib/events.ts eventWhen). A day it names must lie within the dates (event-dates.ts).
     */
    when: z
      .string()
      .min(1)
      .optional()
      .meta({
        label: 'Når (fritekst)',
        hint: 'Vises etter datoene, som alltid vises: skriv det datoene ikke sier, for eksempel «kl. 10.00–15.30 begge dager». En dag du nevner her, må være en av arrangementets dager. Påmeldingsfristen har et eget felt.',
      }),
    /** The last day to register; not after the event's last day. Shown with the dates, and as passed once it is (lib/events.ts). */
    registrationDeadline: partialDate.optional().meta({
      label: 'Påmeldingsfrist',
      hint: 'Siste dag for å melde seg på (ÅÅÅÅ-MM-DD), senest arrangementets siste dag. Vises på arrangementets side og i listen; når fristen er ute, står det at den har gått ut.',
    }),
    /** Where it was held, one place a line. */
    places: z.array(z.string().min(1)).default([]).meta({ label: 'Steder', itemLabel: 'Sted' }),
    ...publishing,
    newItem: newItem(newEvent),
    sources: itemSources(newEvent),
  })
  .strict()
  .superRefine(requireArchiveSources(newEvent))
  .superRefine((event, ctx) => {
    for (const { path, message } of eventDateProblems(event)) ctx.addIssue({ code: 'custom', path: [path], message });
  });

/** Named so it does not shadow the DOM's `Event`. */
export type ProgrammeEvent = z.output<typeof eventSchema>;
