// The secretariat's publications: news, press releases and newsletters.
import { z } from 'zod';
import { entryId, entryIdOf, partialDate, publishing, title } from './common.ts';
import { requiredWhenPrefix } from './meta.ts';
import { itemSources, newIssue, newItem, newNews, requireArchiveSources } from './new-item.ts';
import { releaseContactSchema } from './press-contact.ts';

/** A news item or a press release from the secretariat. */
export const newsSchema = z
  .object({
    /** The headline. */
    title,
    /** The ingress; 20–400 characters. */
    summary: z.string().min(20).max(400).meta({ label: 'Ingress' }),
    /** Publication date, as precise as known (2010-03-17, 2010-03 or 2010); newest first. */
    date: partialDate.meta({ label: 'Dato (ÅÅÅÅ-MM-DD, ÅÅÅÅ-MM eller ÅÅÅÅ)' }),
    /** A news item, or a press release (which also shows in the press room). */
    kind: z.enum(['nyhet', 'pressemelding']).default('nyhet').meta({ label: 'Nyhet eller pressemelding' }),
    /** Press releases are numbered in order of publication; each number once (content-check/integrity.ts). */
    number: z
      .number()
      .int()
      .positive()
      .optional()
      .meta({
        label: 'Nummer',
        nextFree: { kind: 'pressemelding' },
        // Said as required in a press release (no «(valgfritt)» by the label, src/schemas/meta.ts), which is refused
        // without it; optional in a news item, which `nextFree` leaves out (browser/button-names.js).
        hint: `${requiredWhenPrefix}for en pressemelding: neste ledige nummer, i den rekkefølgen pressemeldingene kommer. La feltet stå tomt for en nyhet.`,
      }),
    /** Who the press contacts about this release, where it is not the site's press contact (lib/contact.ts). */
    contact: releaseContactSchema.optional().meta({
      label: 'Kontaktperson for pressemeldingen',
      hint:
        'Bare for en ny pressemelding fra sekretariatet: vises under pressemeldingen og i presserommet i stedet for den faste pressekontakten. ' +
        'Skriv navn og telefon eller e-post (eller begge). La stå tomt for å bruke den faste pressekontakten.',
    }),
    /** The municipalities the item's own text is about (ids in content/municipalities); listed on their pages. */
    municipalities: z
      .array(entryIdOf('municipalities'))
      .default([])
      .meta({ label: 'Kommuner', hint: 'Bare kommuner som saken selv handler om; saken vises på kommunens side' }),
    ...publishing,
    newItem: newItem(newNews),
    sources: itemSources(newNews),
  })
  .strict()
  .superRefine(requireArchiveSources(newNews))
  .refine((n) => n.kind !== 'pressemelding' || n.number !== undefined, {
    error: 'en pressemelding må ha et nummer: pressemeldingene nummereres i den rekkefølgen de kommer',
    path: ['number'],
  })
  // A number on a news item was saved, and then held the whole site back when a press release took the same number
  // (fresh eyes): only press releases are numbered.
  .refine((n) => n.number === undefined || n.kind === 'pressemelding', {
    error: 'bare pressemeldinger har nummer. Ta bort nummeret, eller velg «Pressemelding» under «Nyhet eller pressemelding»',
    path: ['number'],
  })
  .refine((n) => n.contact === undefined || n.kind === 'pressemelding', {
    error: 'en kontaktperson vises bare under en pressemelding: velg «Pressemelding» under «Nyhet eller pressemelding», eller fjern kontaktpersonen',
    path: ['contact'],
  })
  .refine((n) => n.contact === undefined || n.newItem, {
    error: `en pressemelding fra arkivet har ingen kontaktperson (den ble ikke sendt ut av KS): fjern kontaktpersonen, eller slå på «${newNews.label}» hvis pressemeldingen er ny fra sekretariatet`,
    path: ['contact'],
  });

/** A link from a newsletter to another entry on the site. */
export const entryLink = z
  .object({
    /** The kind of entry: the collection it is in. */
    collection: z.enum(['news', 'stories', 'tools', 'events', 'films', 'sickLeavePoints', 'templates', 'pages']).meta({ label: 'Samling' }),
    /** The entry's id (file name without extension) in that collection. */
    id: entryId.meta({ label: 'Id' }),
  })
  .strict()
  .meta({ entryLink: true });

export type EntryLink = z.output<typeof entryLink>;

/** A newsletter: its page, its e-mail and its feed item. */
export const newsletterSchema = z
  .object({
    /** The subject line and heading. */
    title,
    /** The issue number; each once (content-check/integrity.ts); the file is named «nr-N-…». */
    issue: z
      .number()
      .int()
      .positive()
      .meta({
        label: 'Nummer',
        nextFree: true,
        kept: 'filen og adressen til utgaven har nummeret (skal utgaven ha et annet nummer, lag den på nytt med det, og slett denne)',
      }),
    /** When it went out, as precise as known; a new issue's file is named by its month and year (lib/newsletter-id.ts). */
    date: partialDate.meta({
      label: 'Dato (ÅÅÅÅ-MM-DD, ÅÅÅÅ-MM eller ÅÅÅÅ)',
      hint: 'Filen og adressen til utgaven får måneden og året herfra første gang utgaven lagres (for eksempel nr-8-august-2026), og beholder dem om datoen endres senere.',
    }),
    /** The line mail clients show after the subject; at most 150 characters. */
    preheader: z.string().min(1).max(150).meta({ label: 'Forhåndstekst i e-posten' }),
    /** The ingress; 20–400 characters. */
    summary: z.string().min(20).max(400).meta({ label: 'Ingress' }),
    /** Entries on the site the issue points to, in order. */
    items: z.array(entryLink).default([]).meta({ label: 'Saker i denne utgaven', itemLabel: 'Sak i denne utgaven' }),
    ...publishing,
    newItem: newItem(newIssue),
    sources: itemSources(newIssue),
  })
  .strict()
  .superRefine(requireArchiveSources(newIssue));

export type News = z.output<typeof newsSchema>;
export type Newsletter = z.output<typeof newsletterSchema>;
