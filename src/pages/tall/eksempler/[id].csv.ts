// A case story's series of figures as CSV for Norwegian Excel, from the same data as its chart and table.
import type { APIContext } from 'astro';
import type { CollectionEntry } from 'astro:content';
import { getPublished } from '../../../lib/content.ts';
import { tableCsv } from '../../../lib/csv.ts';
import { periodLabel } from '../../../lib/periods.ts';

export async function getStaticPaths() {
  return (await getPublished('stories')).flatMap((story) => (story.data.series ? [{ params: { id: story.id }, props: { story } }] : []));
}

export function GET({ props }: APIContext<{ story: CollectionEntry<'stories'> }>) {
  const series = props.story.data.series!;
  const csv = tableCsv(series.periods.map(periodLabel), series.rows, series.unit ? `(${series.unit})` : '');
  return new Response(csv, { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
}
