// Word downloads from the build cache: a document is rebuilt only when its
// template (title, summary, address, text, date), the site address, the code
// that writes it or the docx/fflate libraries changed. The code's version is
// the source of this folder and of the Markdown plugins the text goes through.
import { cachedFile, cacheKey } from '../build-cache/file-cache.ts';
import { packageVersion } from '../build-cache/package-version.ts';
import { templateDocx } from './template-docx.ts';
import type { TemplateDocument } from './template-markdown.ts';

const writingCode = import.meta.glob(['./*.ts', '!./*.test.ts', '../markdown/*.ts', '!../markdown/*.test.ts', '../lib/sources.ts', '../lib/routes.ts'], {
  query: '?raw',
  import: 'default',
  eager: true,
}) as Record<string, string>;

let writerVersion: string | undefined;
function version(): string {
  writerVersion ??= cacheKey([
    Object.entries(writingCode)
      .sort(([a], [b]) => a.localeCompare(b))
      .flat(),
    packageVersion('docx'),
    packageVersion('fflate'),
  ]);
  return writerVersion;
}

/** The template as templateDocx writes it (`write` and `dir` are for tests). */
export function cachedTemplateDocx(
  document: TemplateDocument,
  site: URL,
  { write = templateDocx, dir }: { write?: typeof templateDocx; dir?: string } = {},
): Promise<Buffer> {
  // JSON holds every field, so a field added to TemplateDocument is part of the key too.
  return cachedFile('template-docx', [version(), site.href, JSON.stringify(document)], () => write(document, site), dir);
}
