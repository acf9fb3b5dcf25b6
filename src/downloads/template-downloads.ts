// The downloads of a communication template: a Word document and plain text,
// at /kommunikasjon/<id>.docx and .txt, next to the template's page.
import type { CollectionEntry } from 'astro:content';
import { cachedTemplateDocx } from './cached-template-docx.ts';
import { lastChanged } from '../lib/last-changed.ts';
import { entryUrl } from '../lib/routes.ts';
import type { TemplateDocument } from './template-markdown.ts';
import { templateText } from './template-text.ts';

export const downloadFormats = {
  docx: { label: 'Word-dokument', type: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document' },
  txt: { label: 'Ren tekst', type: 'text/plain; charset=utf-8' },
} as const;
export type DownloadFormat = keyof typeof downloadFormats;

export function downloadPath(id: string, format: DownloadFormat): string {
  return `${entryUrl('templates', id).replace(/\/$/, '')}.${format}`;
}

function templateDocument(template: CollectionEntry<'templates'>, site: URL): TemplateDocument {
  const { title, summary } = template.data;
  // Outside git (an export), a fixed date (the programme's end) keeps the build reproducible.
  const date = lastChanged(template.filePath, new Date('2010-12-31T12:00:00Z'));
  return { title, summary, url: new URL(entryUrl('templates', template.id), site).href, body: template.body ?? '', date, lang: template.data.lang };
}

export async function templateFile(template: CollectionEntry<'templates'>, format: DownloadFormat, site: URL): Promise<Uint8Array<ArrayBuffer>> {
  const document = templateDocument(template, site);
  return format === 'docx' ? new Uint8Array(await cachedTemplateDocx(document, site)) : new TextEncoder().encode(templateText(document, site));
}
