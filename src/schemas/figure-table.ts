import { z } from 'zod';
import { sources, title } from './common.ts';
import { factSourceFields } from './new-item.ts';

/** A row of figures; a cell the extraction lost is null, never guessed. */
const figureRow = z
  .object({
    /** What the row measures, as the source names it («Sykefravær totalt»); `leaveOut` and `reference` name rows by it. */
    label: z.string().min(1).meta({ label: 'Radnavn' }),
    /** One number per column or period, in the table's `unit`; null where the extraction lost the figure. */
    values: z.array(z.number().meta({ inUnit: true }).nullable()).meta({ label: 'Tall', itemLabel: 'Tall', hint: 'Ett per kolonne, i enheten i «Enhet» (skriv 8,2, ikke 8,2 %); la stå tomt der tallet er tapt i kilden' }),
  })
  .strict();

type FigureRow = z.infer<typeof figureRow>;

/** «1 kolonne», «2 kolonner»: a count with its noun in the number Norwegian uses. */
const counted = (count: number, one: string, more: string) => `${count} ${count === 1 ? one : more}`;

/**
 * Every row needs one value per column. Said once per row, by its name (the path before it says its number), with
 * what to do in the form: a row short of figures gets «Legg til: tall» (a figure may stay empty, lost in the source);
 * one with a figure too many says which to remove (figure-columns.js labels it so). `columnNames` are the columns'
 * word, one and more («kolonne», «kolonner»).
 */
function checkRowWidths(rows: FigureRow[], columns: number, columnNames: [string, string], ctx: z.RefinementCtx) {
  const [one, more] = columnNames;
  rows.forEach((row, i) => {
    const figures = row.values.length;
    if (figures === columns) return;
    const todo =
      figures < columns
        ? `trykk «Legg til: tall» i raden til den har ${counted(columns, 'tall', 'tall')} (et tall som er tapt i kilden, kan stå tomt), eller fjern ${columns - figures === 1 ? `en ${one}` : `${columns - figures} ${more}`}`
        : `fjern ${figures - columns === 1 ? `tall ${columns + 1}` : `tall ${columns + 1}–${figures}`} med krysset ved det, eller legg til ${figures - columns === 1 ? `en ${one}` : `${figures - columns} ${more}`}`;
    ctx.addIssue({
      code: 'custom',
      path: ['rows', i, 'values'],
      message: `raden «${row.label}» har ${counted(figures, 'tall', 'tall')}, men det er ${counted(columns, one, more)}: ${todo}`,
    });
  });
}

/**
 * How a table is drawn as a chart. `line` draws each row as a line over the
 * columns (periods); `small-multiples` draws one small line chart per row,
 * each with the `reference` row for comparison; `bars` draws one bar per row
 * for a table with a single column. `leaveOut` names rows that are not drawn
 * (sums and differences, which would dwarf or muddle the parts); the table
 * still shows them. `lowerBounds` says the figures are printed as «over N».
 * `axisLabels` are short column names for the x axis of a line chart.
 */
export const chartTypes = {
  bars: 'Stolpediagram (tabell med én kolonne)',
  line: 'Linjediagram (én linje per rad)',
  'small-multiples': 'Ett lite linjediagram per rad',
};

const figureChart = z
  .object({
    /** How the table is drawn; see `chartTypes`. */
    type: z
      .enum(Object.keys(chartTypes) as [keyof typeof chartTypes, ...(keyof typeof chartTypes)[]], {
        error: 'må være «line», «small-multiples» eller «bars»',
      })
      .meta({ label: 'Diagramtype' }),
    /** Row labels not drawn (sums and differences); each must name a row. */
    leaveOut: z.array(z.string().min(1)).default([]).meta({ label: 'Rader som ikke tegnes (summer og differanser)', itemLabel: 'Rad som ikke tegnes' }),
    /** The row drawn beside every other for comparison; `small-multiples` only; must name a row. */
    reference: z.string().min(1).optional().meta({ label: 'Rad til sammenligning i hvert lite diagram (for eksempel snittet)' }),
    /** The figures are printed as «over N»: the chart and each table cell say so, the CSV's headings too. */
    lowerBounds: z.boolean().default(false).meta({ label: 'Tallene er nedre grenser («over 500»)' }),
    /** Short names for the x axis of a line chart, one per column. */
    axisLabels: z.array(z.string().min(1)).optional().meta({ label: 'Korte kolonnenavn under diagrammet', itemLabel: 'Kort kolonnenavn' }),
  })
  .strict();

/**
 * A table of figures from the sources. A cell the extraction lost is null and is
 * shown as «tapt i kilden», never guessed.
 */
export const figureTableSchema = z
  .object({
    /** The table's heading on /tall/. */
    title,
    /** The table's caption: what the figures are, where and when. */
    caption: z.string().min(1).meta({ label: 'Tabelltekst' }),
    /** The unit of every figure («prosent», «antall»), where one unit fits all. */
    unit: z.string().optional().meta({ label: 'Enhet' }),
    /** Column headings, in order; every row has one value per column. */
    columns: z.array(z.string().min(1)).min(1).meta({ label: 'Kolonner', itemLabel: 'Kolonne' }),
    /** The rows, in the source's order. */
    rows: z.array(figureRow).min(1).meta({ label: 'Rader', itemLabel: 'Rad', open: true }),
    /** What the source does not say or what was lost, shown under the table. */
    note: z.string().optional().meta({ label: 'Merknad' }),
    /** How the table is drawn as a chart; no chart without it. */
    chart: figureChart.optional().meta({ label: 'Diagram' }),
    /** The pages the figures stand on (at least one). */
    sources,
  })
  .strict()
  .superRefine((table, ctx) => {
    checkRowWidths(table.rows, table.columns.length, ['kolonne', 'kolonner'], ctx);
    const { chart } = table;
    if (!chart) return;
    const labels = new Set(table.rows.map((r) => r.label));
    const named = [...chart.leaveOut.map((label, i) => ({ label, path: ['chart', 'leaveOut', i] })), ...(chart.reference ? [{ label: chart.reference, path: ['chart', 'reference'] }] : [])];
    for (const { label, path } of named)
      if (!labels.has(label)) ctx.addIssue({ code: 'custom', path, message: `tabellen har ingen rad som heter «${label}»` });
    if (chart.type === 'bars' && table.columns.length !== 1)
      ctx.addIssue({
        code: 'custom',
        path: ['chart', 'type'],
        message: `«${chartTypes.bars}» kan bare vise en tabell med én kolonne, og denne har ${table.columns.length}: velg «${chartTypes.line}» eller «${chartTypes['small-multiples']}» i «Diagramtype», eller fjern kolonner til det er én igjen`,
      });
    if (chart.axisLabels && chart.axisLabels.length !== table.columns.length)
      ctx.addIssue({
        code: 'custom',
        path: ['chart', 'axisLabels'],
        message: `har ${chart.axisLabels.length} navn, men tabellen har ${table.columns.length} kolonner`,
      });
    if (chart.reference && chart.type !== 'small-multiples')
      ctx.addIssue({ code: 'custom', path: ['chart', 'reference'], message: `brukes bare med «${chartTypes['small-multiples']}» i «Diagramtype»: velg den, eller la feltet stå tomt` });
  });

/**
 * A short series of figures for a case story, drawn as a small chart: the
 * periods in order, one row per measure. Periods the sources do not give are
 * labelled as such (for example «1. måling») and explained in `note`.
 */
export const storySeries = z
  .object({
    /** What the series shows, as the chart's caption. */
    caption: z.string().min(1).meta({ label: 'Hva serien viser' }),
    /** The unit of every figure («prosent»), where one unit fits all. */
    unit: z.string().optional().meta({ label: 'Enhet' }),
    /** The periods in order, as the source names them («Q3 06», «1. måling»); at least two. */
    periods: z.array(z.string().min(1)).min(2, { error: 'en serie trenger minst to perioder' }).meta({ label: 'Perioder, i rekkefølge', itemLabel: 'Periode' }),
    /**
     * How many quarters each period spans, where the source labels a span by its last quarter (KS' PAI figures: four
     * quarters, labelled «Q3 06»). The table and what the chart says in words then name the span (lib/periods.ts).
     */
    quarters: z
      .number()
      .int()
      .min(2)
      .optional()
      .meta({ label: 'Kvartaler per periode', hint: 'Fyll ut bare når hver periode er flere kvartaler merket med det siste, for eksempel 4 for PAI-tall merket «Q3 06»' }),
    /** One row per measure, one value per period. */
    rows: z.array(figureRow).min(1).meta({ label: 'Rader', itemLabel: 'Rad', open: true }),
    /** What the source does not say (for example the periods' dates). */
    note: z.string().optional().meta({ label: 'Merknad' }),
    /** The page the figures stand on, or (new story) where they come from (new-item.ts). */
    ...factSourceFields('tallene i serien'),
  })
  .strict()
  .superRefine((series, ctx) => {
    checkRowWidths(series.rows, series.periods.length, ['periode', 'perioder'], ctx);
    series.rows.forEach((row, i) => {
      if (row.values.every((v) => v === null))
        ctx.addIssue({ code: 'custom', path: ['rows', i, 'values'], message: `raden «${row.label}» har ingen tall` });
    });
  });

export type FigureTable = z.output<typeof figureTableSchema>;
export type StorySeries = z.output<typeof storySeries>;
