// What `astro dev` shows instead of a page while the content has problems: the
// checker's Norwegian report as a page of its own (file, line, field by its
// label in the CMS, what to write instead, and a link to the entry in the
// CMS), never Astro's or Vite's English error overlay with a stack trace.
import { readFile } from 'node:fs/promises';
import { relative, resolve, sep } from 'node:path';
import type { Problem } from '../content-check/index.ts';
import { parseYaml, splitFrontmatter } from '../content-check/format.ts';
import { collectionDefinitions, collectionNames, contentRoot } from '../schemas/collections.ts';
import { pressContactFile } from '../schemas/press-contact.ts';
import { siteText } from '../lib/site-text.ts';
import { escapeMarkup } from '../lib/escape-markup.ts';
import { fieldSaying } from '../schemas/messages.ts';

/** The entry's address in the CMS, for a file of a collection (path relative to the working directory). */
export function cmsEntryLink(file: string): string | undefined {
  if (resolve(file) === resolve(contentRoot, pressContactFile)) return '/admin/#/collections/settings/entries/pressContact';
  const inContent = relative(resolve(contentRoot), resolve(file)).split(sep);
  if (inContent.length !== 2) return undefined;
  const [folder, name] = inContent as [string, string];
  const collection = collectionNames.find((c) => collectionDefinitions[c].folder === folder);
  if (collection === undefined || !name.endsWith(`.${collectionDefinitions[collection].format}`)) return undefined;
  return `/admin/#/collections/${collection}/entries/${name.replace(/\.\w+$/, '')}`;
}

/**
 * The title (or a municipality's name) of the entry in `file`, as its file says it, for naming the entry where the CMS
 * has not listed it (a notice named it «content/news/….mdx», a path the secretariat does not know; fresh eyes).
 * Undefined for a file without one, or one that cannot be read.
 */
export async function entryTitle(file: string): Promise<string | undefined> {
  try {
    const text = await readFile(resolve(file), 'utf8');
    const data = (file.endsWith('.mdx') ? parseYaml(splitFrontmatter(text)?.frontmatter ?? '') : parseYaml(text)) as { title?: unknown; name?: unknown } | null;
    const title = data?.title ?? data?.name;
    return typeof title === 'string' && title.trim() ? title.trim() : undefined;
  } catch {
    return undefined;
  }
}

/** One problem as the editor reads it, with the field's CMS label. */
export interface ShownProblem {
  file: string;
  /** The entry's title, where its file has one (entryTitle). */
  title?: string | undefined;
  line?: number;
  /** The line in the CMS's text field, for a problem in the body. */
  textLine?: number;
  field?: string;
  message: string;
  cmsLink?: string;
}

export function shownProblem({ file, line, textLine, field, label, message }: Problem): ShownProblem {
  return {
    file,
    line,
    textLine,
    // The checker names the field by its schema's labels, as the CMS shows it.
    field: label ?? field,
    message,
    cmsLink: cmsEntryLink(file),
  };
}

/**
 * The page: a complete HTML document in bokmål. It loads Vite's client only to
 * be reloaded when the content is checked again, so it turns back into the
 * page the editor asked for once the problems are fixed.
 */
/** The problem as said on the page: its field by its label in bold, and its line in the text. */
function problemSaying({ field, textLine, message }: ShownProblem): string {
  if (field === undefined) return escapeMarkup(message);
  const name = `<strong>${escapeMarkup(field)}</strong>`;
  return textLine === undefined ? `Feltet ${fieldSaying(name, escapeMarkup(message))}` : `Feltet ${name}, linje ${textLine}: ${escapeMarkup(message)}`;
}

export function reportPage(problems: readonly Problem[]): string {
  const items = problems.map(shownProblem).map(
    (p) => `<li>
  <p class="file"><code>${escapeMarkup(p.file)}</code>${p.line === undefined ? '' : `, linje ${p.line}`}${p.cmsLink ? ` – <a href="${escapeMarkup(p.cmsLink)}">åpne i redigeringsverktøyet</a>` : ''}</p>
  <p>${problemSaying(p)}</p>
</li>`,
  );
  const count = problems.length === 1 ? 'én feil' : `${problems.length} feil`;
  return `<!doctype html>
<html lang="nb">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Innholdet har ${count} – ${siteText.siteName}</title>
<style>
body { font: 1.125rem/1.5 system-ui, sans-serif; margin: 0 auto; max-width: 46rem; padding: 1.5rem; color: #1a1a1a; background: #fff; }
h1 { font-size: 1.75rem; line-height: 1.2; }
ol { padding-left: 1.5rem; }
li { margin-block: 1rem; padding: 0.75rem 1rem; border-left: 4px solid #b3261e; background: #fdf3f2; }
li p { margin: 0.25rem 0; }
.file { font-size: 1rem; overflow-wrap: anywhere; }
a { color: #0b4f8a; }
</style>
<script type="module" src="/@vite/client"></script>
</head>
<body>
<main>
<h1>Innholdet har ${count}</h1>
<p>Siden kan ikke vises før ${problems.length === 1 ? 'feilen er rettet' : 'feilene er rettet'}. Ingenting er tapt: det som er lagret, står i filene.
Rett det som står under, i redigeringsverktøyet eller i filen, og lagre. Denne siden lastes på nytt av seg selv.</p>
<ol>
${items.join('\n')}
</ol>
</main>
</body>
</html>
`;
}
