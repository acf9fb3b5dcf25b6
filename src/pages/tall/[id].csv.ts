// Each figure table on /tall/ as CSV for Norwegian Excel, from the same data as its chart and table.
import type { APIContext } from 'astro';
import type { CollectionEntry } from 'astro:content';
import { getPublished } from '../../lib/content.ts';
import { tableCsv } from '../../lib/csv.ts';
import { periodLabel } from '../../lib/periods.ts';
import { entryUrl } from '../../lib/routes.ts';
import { withUnit } from '../../lib/with-unit.ts';

export async function getStaticPaths() {
  return (await getPublished('figures')).map((table) => ({ params: { id: table.id }, props: { table } }));
}

export function GET({ props, site }: APIContext<{ table: CollectionEntry<'figures'> }>) {
  if (!site) throw new Error('The CSV files need `site` in astro.config.mjs for the address of their page.');
  const { columns, rows, unit, chart, title, caption, note, sources } = props.table.data;
  // A spreadsheet needs the bare numbers: that they are lower bounds («over 500») goes in the heading.
  const headings = columns.map(periodLabel).map((heading) => (chart?.lowerBounds ? `${heading} (over)` : heading));
  const page = new URL(entryUrl('figures', props.table.id), site).href;
  const csv = tableCsv(headings, rows, unit ? `(${unit})` : '', { title: withUnit(title, unit), caption, note, sources, page });
  return new Response(csv, { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
}
