// Building blocks shared by the collection schemas. Messages are Norwegian
// because editors read them.
import { z } from 'zod';
import { pageCount, sourceDocuments, type SourceDocumentId } from './source-documents.ts';
import { keysOf, languages } from './vocabulary.ts';
import './messages.ts';

/** An entry id used to point at another entry: lowercase words joined by hyphens. */
export const entryId = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, {
    error: 'må være en id med små bokstaver, tall og bindestrek (som «bydel-nordre-aker»)',
  });

const documentIds = Object.keys(sourceDocuments) as [SourceDocumentId, ...SourceDocumentId[]];

/** Where a fact comes from: a document and, for the final report, its PDF page. */
export const sourceRef = z
  .object({
    doc: z.enum(documentIds, { error: `må være en av kildene ${documentIds.join(', ')}` }),
    page: z.number().int().positive().optional(),
  })
  .strict()
  .superRefine((ref, ctx) => {
    const pages = pageCount(ref.doc);
    if (pages === undefined) {
      if (ref.page !== undefined)
        ctx.addIssue({ code: 'custom', path: ['page'], message: `${ref.doc} har ikke sidetall; ta bort «page»` });
    } else if (ref.page === undefined) {
      ctx.addIssue({ code: 'custom', path: ['page'], message: `oppgi sidetall (1–${pages}) for ${ref.doc}` });
    } else if (ref.page > pages) {
      ctx.addIssue({
        code: 'custom',
        path: ['page'],
        message: `${ref.doc} har bare ${pages} sider, men side ${ref.page} er oppgitt`,
      });
    }
  });

export const sources = z.array(sourceRef).min(1, { error: 'oppgi minst én kilde (dokument og side)' });

/** A figure exactly as the source prints it, with the period it covers. */
export const keyFigure = z
  .object({
    value: z.string().min(1),
    label: z.string().min(1),
    period: z.string().optional(),
    source: sourceRef,
  })
  .strict();

/** A quote as printed in the source, with who said or wrote it. */
export const quote = z
  .object({
    text: z.string().min(1),
    attribution: z.string().min(1, { error: 'oppgi hvem som sa eller skrev sitatet' }),
    source: sourceRef,
  })
  .strict();

export type DatePrecision = 'year' | 'month' | 'day';

/** A date as precise as the sources allow: the first moment it covers and how precise it is. */
export interface PartialDate {
  date: Date;
  precision: DatePrecision;
}

const dateMessage = 'må være en dato: ÅÅÅÅ-MM-DD, eller ÅÅÅÅ-MM eller ÅÅÅÅ når kilden ikke gir dagen (for eksempel 2010-06-15, 2010-06 eller 2010)';

/**
 * A date written 2010-06-15, 2010-06 or 2010. YAML reads a full date as a Date;
 * shorter forms arrive as text (or a number, for a bare year).
 */
export const partialDate = z
  .union([z.date(), z.string(), z.number()], { error: dateMessage })
  .transform((value, ctx): PartialDate => {
    if (value instanceof Date) {
      if (Number.isNaN(value.getTime())) ctx.addIssue({ code: 'custom', message: dateMessage });
      return { date: value, precision: 'day' };
    }
    const match = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(String(value));
    const [year, month = '01', day = '01'] = match?.slice(1) ?? [];
    const date = new Date(`${year}-${month}-${day}T00:00:00Z`);
    // Rejects 2010-13 and 2010-02-30 as well as text that is not a date.
    if (!match || Number.isNaN(date.getTime()) || date.toISOString().slice(0, 10) !== `${year}-${month}-${day}`) {
      ctx.addIssue({ code: 'custom', message: dateMessage });
      return z.NEVER;
    }
    return { date, precision: match[3] ? 'day' : match[2] ? 'month' : 'year' };
  });

export const language = z.enum(keysOf(languages), { error: 'må være «nb» (bokmål) eller «nn» (nynorsk)' }).default('nb');

/**
 * An illustration with required alt text and credit. `image` is Astro's image()
 * helper from the collection's schema context.
 */
export function illustration(image: () => z.ZodType) {
  return z
    .object({
      src: image(),
      alt: z.string({ error: 'bildet mangler alt-tekst' }).trim().min(1, { error: 'bildet mangler alt-tekst' }),
      credit: z
        .string({ error: 'bildet mangler kreditering, skriv «Foto: Navn / Virksomhet»' })
        .regex(/^(Foto|Illustrasjon|Grafikk): .+/, { error: 'kreditering skrives «Foto: Navn / Virksomhet»' }),
    })
    .strict();
}

/** Fields every published entry has. */
export const publishing = {
  lang: language,
  draft: z.boolean().default(false),
  sources,
};
