// Each figure table on /tall/ as CSV for Norwegian Excel, from the same data as its chart and table.
import type { APIContext } from 'astro';
import type { CollectionEntry } from 'astro:content';
import { getPublished } from '../../lib/content.ts';
import { tableCsv } from '../../lib/csv.ts';
import { periodLabel } from '../../lib/periods.ts';

export async function getStaticPaths() {
  return (await getPublished('figures')).map((table) => ({ params: { id: table.id }, props: { table } }));
}

export function GET({ props }: APIContext<{ table: CollectionEntry<'figures'> }>) {
  const { columns, rows, unit } = props.table.data;
  const csv = tableCsv(columns.map(periodLabel), rows, unit ? `(${unit})` : '');
  return new Response(csv, { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
}
