// A key figure's period in the search index (components/KeyFigures.astro keeps the line «period. Kilde: …» out of
// it, for «s. 42» ran into the next figure). Without its period a figure in a result's excerpt read as now: «sykefravær
// på Nøtterøy (…): 8,7 prosent. … 9,1 prosent.», and a journalist could quote it so (fresh eyes). Done in the index
// copy (index-site.ts), so a story page carries no extra markup for it.
import type { HTMLElement } from 'node-html-parser';
import { escapeMarkup } from '../lib/escape-markup.ts';

/**
 * Puts each key figure's period, the text before «Kilde:» of its left-out line, in the index copy after the figure
 * («8,7 prosent. 4. kvartal 2005 til og med 3. kvartal 2006.»); the source stays out. In place; a figure without a
 * period gets nothing.
 */
export function indexKeyFigurePeriods(body: HTMLElement): void {
  for (const line of body.querySelectorAll('.key-figures dd.meta[data-pagefind-ignore]')) {
    const period = line.textContent.replace(/\s+/g, ' ').split(/\bKilder?:/u)[0]!.trim();
    // A sentence of its own in the excerpt: «9,1 prosent. Siste måling i tabellen …».
    if (period) line.insertAdjacentHTML('beforebegin', `<dd>${escapeMarkup(period.charAt(0).toLocaleUpperCase('nb') + period.slice(1))}</dd>`);
  }
}
