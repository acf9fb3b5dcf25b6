// A key figure's period in the search index (components/KeyFigures.astro keeps the line «period. Kilde: …» out of
// it, for «s. 42» ran into the next figure). Without its period a figure in a result's excerpt read as now: «sykefravær
// på Nøtterøy (…): 8,7 prosent. … 9,1 prosent.», and a journalist could quote it so (fresh eyes). Done in the index
// copy (index-site.ts), so a story page carries no extra markup for it.
import { TextNode, type HTMLElement, type Node } from 'node-html-parser';
import { escapeMarkup } from '../lib/escape-markup.ts';

/**
 * Puts each key figure's period, the text before «Kilde:» of its left-out line, in the index copy after the figure, in
 * brackets («8,7 prosent (4. kvartal 2005 til og med 3. kvartal 2006)»), so no excerpt shows the one without the
 * other: as a sentence of its own after the figure, an excerpt began with «Siste måling i tabellen …», its figure cut
 * off (fresh eyes). The source stays out. In place; a figure without a period gets nothing.
 */
export function indexKeyFigurePeriods(body: HTMLElement): void {
  for (const line of body.querySelectorAll('.key-figures dd.meta[data-pagefind-ignore]')) {
    // Its own brackets as commas inside ours: «(4. kv. 2008 – 3. kv. 2009 (startkvartal fra tabell 4.6))» had two
    // closing brackets in an excerpt (fresh eyes).
    const period = line.textContent
      .replace(/\s+/g, ' ')
      .split(/\bKilder?:/u)[0]!
      .trim()
      .replace(/\.$/u, '')
      .replace(/ ?\(([^()]*)\)/gu, ', $1');
    const value = line.previousElementSibling;
    if (period && value?.classList.contains('value')) value.insertAdjacentHTML('beforeend', ` (${escapeMarkup(period)})`);
  }
}

/**
 * Starts each key figure's label with a capital letter in the index copy, where it begins a sentence («Sykefravær på
 * Nøtterøy (…): 8,7 prosent»): the page shows it in lower case under its figure, and a result's excerpt read «(…)). av
 * Innsatskommunene med høyt sykefravær …», a sentence begun in lower case, as if cut (fresh eyes). In place.
 */
export function indexKeyFigureLabels(body: HTMLElement): void {
  for (const label of body.querySelectorAll('.key-figures dt')) {
    const first = firstText(label);
    if (first) first.rawText = first.rawText.replace(/^(\s*)(\p{Ll})/u, (_, space: string, letter: string) => space + letter.toLocaleUpperCase('nb'));
  }
}

/** The first text node under a node with a letter or digit in it. */
function firstText(node: Node): TextNode | undefined {
  if (node instanceof TextNode) return /[\p{L}\p{N}]/u.test(node.rawText) ? node : undefined;
  for (const child of node.childNodes) {
    const found = firstText(child);
    if (found) return found;
  }
  return undefined;
}
