// A case story's series of figures as CSV for Norwegian Excel, from the same data as its chart and table.
import type { APIContext } from 'astro';
import type { CollectionEntry } from 'astro:content';
import { getPublished } from '../../../lib/content.ts';
import { tableCsv } from '../../../lib/csv.ts';
import { spanLabel } from '../../../lib/periods.ts';
import { entryUrl } from '../../../lib/routes.ts';
import { withUnit } from '../../../lib/with-unit.ts';

export async function getStaticPaths() {
  return (await getPublished('stories')).flatMap((story) => (story.data.series ? [{ params: { id: story.id }, props: { story } }] : []));
}

export function GET({ props, site }: APIContext<{ story: CollectionEntry<'stories'> }>) {
  if (!site) throw new Error('The CSV files need `site` in astro.config.mjs for the address of their page.');
  const series = props.story.data.series!;
  const page = new URL(entryUrl('stories', props.story.id), site).href;
  const about = { title: `${props.story.data.title}: ${withUnit(series.caption, series.unit)}`, note: series.note, sources: series.source ? [series.source] : [], sourceText: series.sourceText, page };
  const csv = tableCsv(series.periods.map((p) => spanLabel(p, series.quarters)), series.rows, series.unit ? `(${series.unit})` : '', about);
  return new Response(csv, { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
}
