// The secretariat's publications: news, press releases and newsletters.
import { z } from 'zod';
import { entryId, entryIdOf, partialDate, publishing, sourceRef, title } from './common.ts';
import { requiredWhenPrefix } from './meta.ts';

/**
 * The archive's news, press releases and issues were written for Kompetansebanken from the programme's documents
 * (2007–2010): each cites them, and every output says it is not the programme's own (lib/archive-note.ts). An item
 * the secretariat writes now is neither: `newItem` on, it needs no programme source and carries no such note.
 * Off (and left out, as in the archive's files), the item is from the archive and needs a source.
 */
function newItem({ label, noun, definite }: NewItemWords) {
  return z
    .boolean()
    .default(false)
    .meta({
      label,
      // Written in the CMS, an item is the secretariat's own; the archive's files were written by hand.
      cmsDefault: true,
      hint:
        `Slå på for en ${noun} som skrives nå og ikke bygger på programmets dokumenter: da trengs ingen kilde, og siden sier ikke at den er ` +
        `skrevet ut fra dem. Av: ${definite} er skrevet for arkivet ut fra programmets dokumenter og må ha minst én kilde.`,
    });
}

/** The sources of an item that may be new: required for an archive item (`requireArchiveSources`), not for a new one. */
function itemSources({ noun }: NewItemWords) {
  return z
    .array(sourceRef)
    .default([])
    .meta({ label: 'Kilder', itemLabel: 'Kilde', hint: `${requiredWhenPrefix}for en ${noun} fra arkivet: minst én kilde (dokument og side).` });
}

/** An archive item without sources: what to add, or what to switch on if the item is new. */
function requireArchiveSources({ label, definite }: NewItemWords) {
  return (data: { newItem: boolean; sources: unknown[] }, ctx: z.RefinementCtx) => {
    if (data.newItem || data.sources.length > 0) return;
    ctx.addIssue({
      code: 'custom',
      path: ['sources'],
      message:
        `oppgi minst én kilde (dokument og side): ${definite} er skrevet for arkivet ut fra programmets dokumenter. ` +
        `Er den skrevet nå og bygger ikke på dem, slå på «${label}»`,
    });
  };
}

/** The switch's label, and what the item is called in its help and messages. */
interface NewItemWords {
  label: string;
  noun: 'sak' | 'utgave';
  definite: 'saken' | 'utgaven';
}
const newNews: NewItemWords = { label: 'Ny sak fra sekretariatet', noun: 'sak', definite: 'saken' };
const newIssue: NewItemWords = { label: 'Ny utgave fra sekretariatet', noun: 'utgave', definite: 'utgaven' };

/** The switch's label in a collection's form, for messages that tell the editor to switch it on. */
export function newItemLabel(collection: string): string {
  return collection === 'newsletters' ? newIssue.label : newNews.label;
}

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
    number: z.number().int().positive().optional().meta({ label: 'Nummer', hint: 'Bare for pressemeldinger' }),
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
    issue: z.number().int().positive().meta({ label: 'Nummer' }),
    /** When it went out, as precise as known. */
    date: partialDate.meta({ label: 'Dato (ÅÅÅÅ-MM-DD, ÅÅÅÅ-MM eller ÅÅÅÅ)' }),
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
