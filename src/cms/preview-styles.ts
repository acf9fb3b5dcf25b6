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
  // A figure table's cells, and a story series' (StorySeries.astro), as NumberTable.astro sets them (its styles are
  // scoped to the site's component).
  const figures =
    ':is(.figure-preview, .story-series) .scroll { overflow-x: auto; }\n:is(.figure-preview, .story-series) .number { text-align: end; white-space: nowrap; font-variant-numeric: tabular-nums; }\n' +
    ':is(.figure-preview, .story-series) .lost { color: var(--ds-color-neutral-text-subtle); font-style: italic; }\n' +
    '.entry-preview .story-series { margin-block: var(--ds-size-8); }\n.story-series .caption { margin: 0; padding-block-end: var(--ds-size-2); font-weight: 500; }\n' +
    '.story-series .kept { white-space: nowrap; }\n';
  // A municipality's facts and figures as its page and KeyFigures.astro set them (scoped to those, as above).
  const municipality =
    '.municipality-preview .facts { display: grid; gap: var(--ds-size-2); margin-block: var(--ds-size-4); }\n' +
    '.municipality-preview .facts div { display: grid; grid-template-columns: minmax(8rem, 12rem) 1fr; gap: var(--ds-size-4); }\n' +
    '@media (max-width: 30rem) { .municipality-preview .facts div { grid-template-columns: 1fr; gap: 0; } }\n' +
    '.municipality-preview .facts dt { font-weight: 600; }\n.municipality-preview dd { margin: 0; }\n' +
    '.municipality-preview .key-figures dl { display: grid; gap: var(--ds-size-3); grid-template-columns: repeat(auto-fill, minmax(min(100%, 13rem), 1fr)); margin: var(--ds-size-3) 0 0; }\n' +
    '.municipality-preview .key-figures dl > div { background: var(--ds-color-accent-background-tinted); border-radius: var(--ds-border-radius-md); padding: var(--ds-size-3) var(--ds-size-4); display: flex; flex-direction: column; }\n' +
    '.municipality-preview .key-figures .value { order: -1; font-size: var(--ds-font-size-7); font-weight: 700; line-height: 1.1; color: var(--ds-color-accent-text-default); hyphens: none; }\n';
  // A press release's contact as PressContact.astro and PressContactAddress.astro set it (scoped to those, as above).
  const press =
    '.entry-preview .press-contact { margin-block: var(--ds-size-8) 0; }\n.entry-preview .press-contact-address { font-style: normal; }\n' +
    '.entry-preview .press-contact-address a { display: inline-block; min-block-size: 24px; }\n';
  // A story's figures and quotes as KeyFigures.astro and QuoteFigure.astro set them (scoped there).
  const story =
    '.entry-preview .key-figures { margin-block: var(--ds-size-6); }\n.entry-preview .key-figures dl { display: grid; gap: var(--ds-size-3); grid-template-columns: repeat(auto-fill, minmax(min(100%, 13rem), 1fr)); margin: var(--ds-size-3) 0 0; }\n' +
    '.entry-preview .key-figures dl > div { background: var(--ds-color-accent-background-tinted); border-radius: var(--ds-border-radius-md); padding: var(--ds-size-3) var(--ds-size-4); display: flex; flex-direction: column; }\n' +
    '.entry-preview .key-figures dd { margin: 0; }\n.entry-preview .key-figures .value { order: -1; font-size: var(--ds-font-size-7); font-weight: 700; line-height: 1.1; color: var(--ds-color-accent-text-default); hyphens: none; }\n' +
    '.entry-preview .quotes { margin-block: var(--ds-size-8); display: grid; grid-template-columns: minmax(0, 1fr); gap: var(--ds-size-4); }\n' +
    '.entry-preview .quote { margin: 0; border-inline-start: 4px solid var(--ds-color-varm-base-default); padding-inline-start: var(--ds-size-4); }\n' +
    '.entry-preview .quote blockquote { margin: 0; font-size: var(--ds-font-size-5); }\n.entry-preview .quote blockquote p { margin: 0; }\n';
  // An event's facts as its page sets them (pages/arrangementer/[id].astro, scoped there).
  const event =
    '.entry-preview .event-facts { display: flex; flex-wrap: wrap; gap: var(--ds-size-2) var(--ds-size-8); }\n.entry-preview .event-facts > div { min-width: 0; }\n' +
    '.entry-preview .event-facts dt { font-weight: 600; }\n.entry-preview .event-facts dd { margin: 0; }\n';
  return `${await inline(globalCss)}\n.entry-preview { padding: 1.5rem; max-width: 45rem; }\n${images}${figures}${municipality}${press}${event}${story}`;
}
