import { z } from 'zod';
import { sourceRef, sources } from './common.ts';

/** A row of figures; a cell the extraction lost is null, never guessed. */
const figureRow = z.object({ label: z.string().min(1), values: z.array(z.number().nullable()) }).strict();

type FigureRow = z.infer<typeof figureRow>;

/** Every row needs one value per column. */
function checkRowWidths(rows: FigureRow[], columns: number, columnName: string, ctx: z.RefinementCtx) {
  rows.forEach((row, i) => {
    if (row.values.length !== columns)
      ctx.addIssue({
        code: 'custom',
        path: ['rows', i, 'values'],
        message: `raden «${row.label}» har ${row.values.length} verdier, men det er ${columns} ${columnName}`,
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
    type: z.enum(Object.keys(chartTypes) as [keyof typeof chartTypes, ...(keyof typeof chartTypes)[]], {
      error: 'må være «line», «small-multiples» eller «bars»',
    }),
    leaveOut: z.array(z.string().min(1)).default([]),
    reference: z.string().min(1).optional(),
    lowerBounds: z.boolean().default(false),
    axisLabels: z.array(z.string().min(1)).optional(),
  })
  .strict();

/**
 * A table of figures from the sources. A cell the extraction lost is null and is
 * shown as «tapt i kilden», never guessed.
 */
export const figureTableSchema = z
  .object({
    title: z.string().min(1),
    caption: z.string().min(1),
    unit: z.string().optional(),
    columns: z.array(z.string().min(1)).min(1),
    rows: z.array(figureRow).min(1),
    note: z.string().optional(),
    chart: figureChart.optional(),
    sources,
  })
  .strict()
  .superRefine((table, ctx) => {
    checkRowWidths(table.rows, table.columns.length, 'kolonner', ctx);
    const { chart } = table;
    if (!chart) return;
    const labels = new Set(table.rows.map((r) => r.label));
    const named = [...chart.leaveOut.map((label, i) => ({ label, path: ['chart', 'leaveOut', i] })), ...(chart.reference ? [{ label: chart.reference, path: ['chart', 'reference'] }] : [])];
    for (const { label, path } of named)
      if (!labels.has(label)) ctx.addIssue({ code: 'custom', path, message: `tabellen har ingen rad som heter «${label}»` });
    if (chart.type === 'bars' && table.columns.length !== 1)
      ctx.addIssue({ code: 'custom', path: ['chart', 'type'], message: 'et stolpediagram («bars») kan bare vise en tabell med én kolonne' });
    if (chart.axisLabels && chart.axisLabels.length !== table.columns.length)
      ctx.addIssue({
        code: 'custom',
        path: ['chart', 'axisLabels'],
        message: `har ${chart.axisLabels.length} navn, men tabellen har ${table.columns.length} kolonner`,
      });
    if (chart.reference && chart.type !== 'small-multiples')
      ctx.addIssue({ code: 'custom', path: ['chart', 'reference'], message: '«reference» brukes bare med «small-multiples»' });
  });

/**
 * A short series of figures for a case story, drawn as a small chart: the
 * periods in order, one row per measure. Periods the sources do not give are
 * labelled as such (for example «1. måling») and explained in `note`.
 */
export const storySeries = z
  .object({
    caption: z.string().min(1),
    unit: z.string().optional(),
    periods: z.array(z.string().min(1)).min(2, { error: 'en serie trenger minst to perioder' }),
    rows: z.array(figureRow).min(1),
    note: z.string().optional(),
    source: sourceRef,
  })
  .strict()
  .superRefine((series, ctx) => {
    checkRowWidths(series.rows, series.periods.length, 'perioder', ctx);
    series.rows.forEach((row, i) => {
      if (row.values.every((v) => v === null))
        ctx.addIssue({ code: 'custom', path: ['rows', i, 'values'], message: `raden «${row.label}» har ingen tall` });
    });
  });
