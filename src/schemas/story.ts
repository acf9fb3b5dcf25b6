import { z } from 'zod';
import { entryIdOf, illustration, keyFigure, publishing, quote, title } from './common.ts';
import { storySeries } from './figure-table.ts';
import { factSourceFields, itemSources, newItem, newStory, requireArchiveSources, requireFactSources } from './new-item.ts';
import { keysOf, levels, sectors, themes } from './vocabulary.ts';

/** A key figure in a story: cited by document and page in an archive story, in words in a new one (new-item.ts). */
const storyKeyFigure = keyFigure.extend(factSourceFields('tallet'));

/** A quote in a story, cited the same way; its own themes and language last, as before. */
const storyQuote = quote.omit({ themes: true, lang: true }).extend({ ...factSourceFields('sitatet'), themes: quote.shape.themes, lang: quote.shape.lang });

/**
 * A case story («godt eksempel») from one municipality or several working together. The archive's stories were written
 * from the programme's documents and cite them; one the secretariat writes now (`newItem`) cites its own sources.
 */
export function storySchema(image: () => z.ZodType) {
  return z
    .object({
      /** The story's heading: what was done, in a reader's words. */
      title,
      /** The ingress: two or three sentences a reader can scan; 20–400 characters. */
      summary: z
        .string()
        .min(20, { error: 'ingressen er for kort (minst 20 tegn)' })
        .max(400, { error: 'ingressen er for lang (høyst 400 tegn)' })
        .meta({ label: 'Ingress', hint: 'To–tre setninger: hva de gjorde og hva det førte til' }),
      /**
       * Written now by the secretariat, or for the archive from the programme's documents: decides which source each
       * fact below needs, so it stands near the top of the form (fresh eyes: at the bottom, it was found last).
       */
      newItem: newItem(newStory),
      /** The municipalities that did the work (ids in content/municipalities); at least one. */
      municipalities: z.array(entryIdOf('municipalities')).min(1, { error: 'oppgi minst én kommune' }).meta({ label: 'Kommuner' }),
      /** The project's own name, where the sources give one. */
      projectName: z.string().optional().meta({ label: 'Prosjektnavn' }),
      /** Service areas (vocabulary.ts `sectors`); at least one. */
      sectors: z.array(z.enum(keysOf(sectors))).min(1, { error: 'oppgi minst én sektor' }).meta({ label: 'Sektorer' }),
      /** Topics (vocabulary.ts `themes`); at least one. Stories are browsed and the quote bank grouped by them. */
      themes: z.array(z.enum(keysOf(themes))).min(1, { error: 'oppgi minst ett tema' }).meta({ label: 'Temaer' }),
      /** Levels of the quality funnel the work touched (vocabulary.ts `levels`); at least one. */
      levels: z.array(z.enum(keysOf(levels))).min(1, { error: 'oppgi minst ett nivå i kvalitetstrakten' }).meta({ label: 'Nivå i kvalitetstrakten' }),
      /** Years the work ran, where the sources give them; `to` left out when the sources give only the start. */
      period: z
        .object({
          /** First year, four digits. */
          from: z.number().int().min(2000).max(2030).meta({ label: 'Fra år', year: true }),
          /** Last year, four digits; not before `from`. */
          to: z.number().int().min(2000).max(2030).optional().meta({ label: 'Til år', year: true }),
        })
        .strict()
        .refine((p) => p.to === undefined || p.to >= p.from, { error: 'kan ikke være før «Fra år»', path: ['to'] })
        .optional()
        .meta({ label: 'Periode' }),
      /** Figures exactly as the sources print them, each with its page (a new story's: its source in words). */
      keyFigures: z.array(storyKeyFigure).default([]).meta({ label: 'Nøkkeltall', itemLabel: 'Nøkkeltall' }),
      /** Before-and-after figures as numbers, drawn as a small chart. */
      series: storySeries.optional().meta({ label: 'Tallserie, vist som et lite diagram' }),
      /** Quotes word for word from their sources, cited like the figures; they also go into the quote bank (/presse/sitater/). */
      quotes: z.array(storyQuote).default([]).meta({ label: 'Sitater', itemLabel: 'Sitat' }),
      /** Other municipalities the sources name as working on the same theme. */
      sameTheme: z
        .object({
          /** The heading over the list, as the source frames it («Andre kommuner som har arbeidet med …»). */
          label: z.string().min(1).meta({ label: 'Overskrift' }),
          /** The municipalities named (ids in content/municipalities); at least one. */
          municipalities: z.array(entryIdOf('municipalities')).min(1).meta({ label: 'Kommuner' }),
          /** The page that names them, or (new story) where the list comes from. */
          ...factSourceFields('listen'),
        })
        .strict()
        .optional()
        .meta({ label: 'Andre kommuner med samme tema' }),
      /** Which of the ten points for reduced sick leave the story shows, by the point's `number` (1–10). */
      sickLeavePoints: z
        .array(z.number().int().min(1).max(10).meta({ reference: { collection: 'sickLeavePoints', field: 'number' } }))
        .default([])
        .meta({ label: 'Punkter mot sykefravær', itemLabel: 'Punkt mot sykefravær (nummer)' }),
      /** Tools the municipality used (ids in content/tools). */
      tools: z.array(entryIdOf('tools')).default([]).meta({ label: 'Verktøy' }),
      /** One illustration with alt text and credit, stored in content/media/ (src/cms/config.ts). */
      image: illustration(image).optional().meta({ label: 'Bilde' }),
      ...publishing,
      sources: itemSources(newStory),
    })
    .strict()
    .superRefine(requireArchiveSources(newStory))
    .superRefine(requireFactSources);
}

/** A story's frontmatter as parsed (defaults filled in). `image.src` is whatever the image helper gives. */
export type Story = z.output<ReturnType<typeof storySchema>>;
