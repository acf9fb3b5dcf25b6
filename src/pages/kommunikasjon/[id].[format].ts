// Each communication template as a Word document and as plain text, built
// from its MDX: /kommunikasjon/<id>.docx and /kommunikasjon/<id>.txt.
import type { APIContext } from 'astro';
import type { CollectionEntry } from 'astro:content';
import { downloadFormats, templateFile, type DownloadFormat } from '../../downloads/template-downloads.ts';
import { getPublished } from '../../lib/content.ts';

export async function getStaticPaths() {
  const templates = await getPublished('templates');
  const formats = Object.keys(downloadFormats) as DownloadFormat[];
  return templates.flatMap((template) => formats.map((format) => ({ params: { id: template.id, format }, props: { template, format } })));
}

export async function GET({ props, site }: APIContext<{ template: CollectionEntry<'templates'>; format: DownloadFormat }>) {
  if (!site) throw new Error('The downloads need `site` in astro.config.mjs for their links.');
  const { template, format } = props;
  return new Response(await templateFile(template, format, site), { headers: { 'Content-Type': downloadFormats[format].type } });
}
