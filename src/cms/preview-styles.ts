// The site's stylesheet as one file for the CMS preview: src/styles/global.css
// with its @imports (Designsystemet's and our own) written out in place.
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, resolve } from 'node:path';

const require = createRequire(import.meta.url);
// From the project folder: the build runs this from a bundle elsewhere.
const globalCss = resolve('src/styles/global.css');

async function inline(file: string): Promise<string> {
  const text = await readFile(file, 'utf8');
  const parts: string[] = [];
  let last = 0;
  for (const match of text.matchAll(/@import\s+'([^']+)';/g)) {
    const target = match[1]!;
    const path = target.startsWith('.') ? resolve(dirname(file), target) : require.resolve(target);
    parts.push(text.slice(last, match.index), await inline(path));
    last = match.index + match[0].length;
  }
  return parts.join('') + text.slice(last);
}

/** The preview's CSS, plus room around the text like the site's pages have. */
export async function previewStyles(): Promise<string> {
  // Images as the site's text column shows them (StoryImage.astro, text images): the width of the text at most.
  const images =
    '.entry-preview img { display: block; max-width: 100%; height: auto; border-radius: var(--ds-border-radius-md); }\n' +
    '.entry-preview .story-image { margin: var(--ds-size-6) 0; }\n.entry-preview .story-image figcaption { margin-top: var(--ds-size-2); }\n';
  // A figure table's cells as NumberTable.astro sets them (its styles are scoped to the site's component).
  const figures =
    '.figure-preview .scroll { overflow-x: auto; }\n.figure-preview .number { text-align: end; white-space: nowrap; font-variant-numeric: tabular-nums; }\n' +
    '.figure-preview .lost { color: var(--ds-color-neutral-text-subtle); font-style: italic; }\n';
  return `${await inline(globalCss)}\n.entry-preview { padding: 1.5rem; max-width: 45rem; }\n${images}${figures}`;
}
