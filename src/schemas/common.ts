// Building blocks shared by the collection schemas. Messages are Norwegian
// because editors read them.
import { z } from 'zod';
import { pageCount, sourceDocuments, type SourceDocumentId } from './source-documents.ts';
import { requiredWhenPrefix, type Reference } from './meta.ts';
import { keysOf, languages, themes } from './vocabulary.ts';
import { partialDateOf } from './date-text.ts';
import { isoFromTyped, typedDateProblem } from './typed-date.ts';
import './messages.ts';

/** An entry id used to point at another entry: lowercase words joined by hyphens. */
export const entryId = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, {
    error: 'må være en id med små bokstaver, tall og bindestrek (som «bydel-nordre-aker»)',
  });

/**
 * The id of an entry of `collection` (its file name without extension). The
 * schema says where it points, so the CMS makes it a pick-list and the checker
 * looks the id up (src/schemas/references.ts). `collection` is a collection's
 * name in collections.ts (a plain string here: the registry's types are built
 * from these schemas; references.test.ts checks every name).
 */
export function entryIdOf(collection: Reference['collection'], field?: Reference['field']) {
  return entryId.meta({ reference: { collection, ...(field !== undefined && { field }) } });
}

const documentIds = Object.keys(sourceDocuments) as [SourceDocumentId, ...SourceDocumentId[]];

/** The page field's help: which documents need a page, and how many each has («S002, side 1–68»). */
function pageHint(): string {
  const paged = documentIds.flatMap((id) => (pageCount(id) === undefined ? [] : [`${id}, side 1–${pageCount(id)}`]));
  return `${requiredWhenPrefix}for ${paged.join('; ')}. De andre dokumentene oppgis uten side.`;
}

/** Where a fact comes from: a document and, for the final report, its PDF page. */
export const sourceRef = z
  .object({
    /** The document's id in source-documents.ts («S002»). */
    doc: z.enum(documentIds, { error: `må være en av kildene ${documentIds.join(', ')}` }).meta({ label: 'Dokument' }),
    /** The PDF page (1-based), for documents cited by page (those with `pages`); the others are cited whole. */
    page: z.number().int().positive().optional().meta({ label: 'Side i PDF-en', hint: pageHint() }),
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

export type SourceRef = z.output<typeof sourceRef>;

/** The sources an entry's facts come from; at least one, since every entry cites (house rule). */
const noSources = 'oppgi minst én kilde (dokument og side)';
export const sources = z
  // Left out and left empty get the same advice (not the general «mangler; … med en liste»).
  .array(sourceRef, { error: (issue) => (issue.input === undefined ? noSources : undefined) })
  .min(1, { error: noSources })
  .meta({ label: 'Kilder', itemLabel: 'Kilde' });

/** A figure exactly as the source prints it, with the period it covers. */
export const keyFigure = z
  .object({
    /** The figure as printed, as text («6,9 %», «over 500»); each number in it must stand on the cited page (content-check/facts.ts). */
    value: z.string().min(1).meta({ label: 'Tallet', hint: 'Slik kilden skriver det, for eksempel «6,9 %»' }),
    /** What the figure measures, in a few words («sykefravær i Mandal»). */
    label: z.string().min(1).meta({ label: 'Hva tallet viser' }),
    /** The period it covers as the source names it («Q4 05», «2008»); shown as «4. kv. 2005» (lib/periods.ts). */
    period: z.string().optional().meta({ label: 'Periode' }),
    /** The page the figure stands on. */
    source: sourceRef.meta({ label: 'Kilde' }),
  })
  .strict();

export type KeyFigure = z.output<typeof keyFigure>;

/** A quote as printed in the source, with who said or wrote it. */
export const quote = z
  .object({
    /** Word for word as on the cited page; «…» marks words left out (checked by content-check/facts.ts). */
    text: z.string().min(1).meta({ label: 'Sitat', hint: 'Ordrett fra kilden, uten anførselstegn rundt; … der ord er utelatt' }),
    /** Name and role where the source gives both, else the role or the document. */
    attribution: z
      .string()
      .min(1, { error: 'oppgi hvem som sa eller skrev sitatet' })
      .meta({
        label: 'Hvem sa det',
        hint: 'Navn og rolle slik kilden gir dem, uten strek foran. Er det noens ord gjengitt i sluttrapporten: «…, gjengitt i sluttrapporten». Er det rapportens egne ord: «Sekretariatets sluttrapport»',
      }),
    /** The page the quote stands on. */
    source: sourceRef.meta({ label: 'Kilde' }),
    /**
     * What the quote itself is about, where that is not every theme of its story (the quote bank groups by it):
     * a story on sick leave may quote the report's thanks to the municipality. An empty list: about the programme.
     */
    themes: z
      .array(z.enum(keysOf(themes)))
      .optional()
      .meta({
        label: 'Sitatets temaer',
        hint: 'Fyll ut bare når sitatet ikke handler om alle eksempelets temaer; sitatbanken viser det under temaene her. Tom liste: sitatet handler om programmet som helhet. Uten feltet står sitatet under alle eksempelets temaer.',
      }),
    /**
     * The quote's written standard where it is not its entry's: a nynorsk quote in a bokmål story (Bømlo's staff in
     * the final report). Marked lang="nn" wherever it is shown (WCAG 3.1.2); without it, the entry's language.
     */
    lang: z
      .enum(keysOf(languages), { error: 'må være «nb» (bokmål) eller «nn» (nynorsk)' })
      .optional()
      .meta({ label: 'Sitatets språk', hint: 'Fyll ut bare når sitatet er skrevet på en annen målform enn eksempelet, som et sitat på nynorsk i et eksempel på bokmål.' }),
  })
  .strict();

export type Quote = z.output<typeof quote>;

export type DatePrecision = 'year' | 'month' | 'day';

/** A date as precise as the sources allow: the first moment it covers and how precise it is. */
export interface PartialDate {
  date: Date;
  precision: DatePrecision;
}

/** The first moment after a partial date: the next day, month or year. */
export function afterPartialDate({ date, precision }: PartialDate): Date {
  const next = new Date(date);
  if (precision === 'day') next.setUTCDate(next.getUTCDate() + 1);
  else if (precision === 'month') next.setUTCMonth(next.getUTCMonth() + 1);
  else next.setUTCFullYear(next.getUTCFullYear() + 1);
  return next;
}

/** The most letters a title may have. */
export const longestTitle = 150;

/** What is said of a longer title (`%{length}`: its letters), by the check and by the CMS before a save. */
export const titleTooLong = `er %{length} tegn; en tittel kan ha høyst ${longestTitle}. Skriv en kortere tittel, og legg resten i ingressen`;

/**
 * An entry's title: at least one letter or digit. The CMS makes a new entry's
 * file name from it, and a title of spaces or punctuation only («   », «?!»)
 * left none: Decap refused it in English («slug is not allowed to be empty»).
 * The letters are written out, not \p{L}: Decap checks the pattern without
 * the u flag. Latin letters with Sami ones (đ, ŋ, ŧ, š, ž, č, á) and digits.
 */
export const title = z
  .string()
  .regex(/[0-9A-Za-zÀ-ÖØ-öø-ɏ]/, { error: 'må ha minst én bokstav eller ett tall' })
  // A title is a page's heading, a feed's item and a newsletter's e-mail subject: a pasted paragraph of 402
  // letters went through (fresh eyes). The longest in the content has 80.
  .max(longestTitle, { error: (issue) => titleTooLong.replace('%{length}', typeof issue.input === 'string' ? String(issue.input.length) : 'for mange') })
  .meta({ label: 'Tittel', tooLong: titleTooLong });

const dateMessage = 'må være en dato: ÅÅÅÅ-MM-DD, eller ÅÅÅÅ-MM eller ÅÅÅÅ når kilden ikke gir dagen (for eksempel 2010-06-15, 2010-06 eller 2010)';
/** The same, said of an empty or missing date field. */
const askForDate = dateMessage.replace(/^må være/, 'skriv');

/** The months as Norwegian writes them, lower case. */
export const monthNames = ['januar', 'februar', 'mars', 'april', 'mai', 'juni', 'juli', 'august', 'september', 'oktober', 'november', 'desember'];

/** For a date written in the right form that the calendar does not have: «31. februar 2010 finnes ikke; …». */
export function missingDateMessage(year: number, month: number, day: number): string {
  const name = monthNames[month - 1];
  const what = name === undefined ? `måned ${month} finnes ikke (måneden er 01 til 12)` : `${day}. ${name} ${year} finnes ikke`;
  return `${what}; sjekk datoen i kilden og skriv den som ÅÅÅÅ-MM-DD`;
}

/**
 * For a date written as Norwegians write it, in a file written outside the CMS (whose field rewrites it): the date in
 * the form to write («er skrevet «17.10.2007»; skriv … 2007-10-17»), or what is wrong with it («er en dag som ikke
 * finnes: februar 2008 har 29 dager …»); the general message for anything else. «17.10.2007» had the general message
 * only, and the editor had to work the form out.
 */
function typedDateMessage(value: string | number): string {
  const typed = String(value).trim();
  if (typed === '') return `er tomt; ${askForDate}`;
  // A year of two digits is the programme's century: «17.10.07» is 2007-10-17.
  const iso = isoFromTyped(typed, monthNames) ?? isoFromTyped(typed.replace(/(?<![\d])(\d{2})$/, '20$1'), monthNames);
  if (iso) return `er skrevet «${typed}»; skriv datoen som ${iso.length === 7 ? 'ÅÅÅÅ-MM' : 'ÅÅÅÅ-MM-DD'}: ${iso}`;
  const problem = typedDateProblem(typed, monthNames);
  return problem === undefined || problem.startsWith('må være en dato') ? dateMessage : problem;
}

/**
 * A date written 2010-06-15, 2010-06 or 2010. YAML reads a full date as a Date;
 * shorter forms arrive as text (or a number, for a bare year).
 */
export const partialDate = z
  .union([z.date(), z.string(), z.number()], {
    error: (issue) => (issue.input === undefined ? `mangler; ${askForDate}` : issue.input === null ? `er tomt; ${askForDate}` : dateMessage),
  })
  .transform((value, ctx): PartialDate => {
    const read = partialDateOf(value);
    if (read) return read;
    // Written right, but not in the calendar: 2010-13 or 2010-02-31.
    const written = value instanceof Date ? null : /^(\d{4})-(\d{2})(?:-(\d{2}))?$/.exec(String(value).trim());
    const [year, month, day = '01'] = written?.slice(1) ?? [];
    ctx.addIssue({ code: 'custom', message: written ? missingDateMessage(Number(year), Number(month), Number(day)) : value instanceof Date ? dateMessage : typedDateMessage(value) });
    return z.NEVER;
  });

/** The entry's written standard: «nb» (bokmål, the default) or «nn» (nynorsk); sets the page's `lang`. */
export const language = z.enum(keysOf(languages), { error: 'må være «nb» (bokmål) eller «nn» (nynorsk)' }).default('nb').meta({ label: 'Språk' });

/**
 * An illustration with required alt text and credit. `image` is Astro's image()
 * helper from the collection's schema context.
 */
export function illustration(image: () => z.ZodType) {
  return z
    .object({
      /** The image file, a path relative to the entry's file («./bilde.jpg»); it must exist beside the entry. */
      src: image().meta({ label: 'Bildefil' }),
      /** What the image shows, for readers who cannot see it (WCAG 1.1.1). */
      alt: z.string({ error: 'bildet mangler alt-tekst' }).trim().min(1, { error: 'bildet mangler alt-tekst' }).meta({ label: 'Alt-tekst (hva bildet viser)' }),
      /** Who made it, «Foto: Navn / Virksomhet» (or «Illustrasjon:», «Grafikk:»), as the rights holder requires. */
      credit: z
        .string({ error: 'bildet mangler kreditering, skriv «Foto: Navn / Virksomhet»' })
        .regex(/^(Foto|Illustrasjon|Grafikk): .+/, { error: 'kreditering skrives «Foto: Navn / Virksomhet»' })
        .meta({ label: 'Kreditering («Foto: Navn / Virksomhet»)' }),
    })
    .strict();
}

/** Fields every published entry has. */
export const publishing = {
  /** Written standard; see `language`. */
  lang: language,
  /** A draft shows in `npm run dev` but is never published (lib/published.ts). */
  draft: z.boolean().default(false).meta({ label: 'Utkast (vises ikke på nettstedet)' }),
  /** Where the entry's facts come from; see `sources`. */
  sources,
};
