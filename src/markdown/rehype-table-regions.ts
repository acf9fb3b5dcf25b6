// Tables from Markdown, readable at 320 px without breaking words: each sits in
// a region that scrolls sideways when the table is wider than the page. The
// region is named after the table's heading and columns and can take keyboard
// focus, so it can be scrolled with the arrow keys (WCAG 2.1.1, axe's
// «scrollable-region-focusable»). Columns of numbers get the class `number`
// (aligned right: src/styles/prose.css), each number in them a .nowrap span.
// A table of text with three columns or more is shown row by row on phones.
import type { Element, ElementContent, Root, RootContent } from 'hast';
import { toText } from 'hast-util-to-text';

const isElement = (node: RootContent, tagName?: string): node is Element =>
  node.type === 'element' && (tagName === undefined || node.tagName === tagName);

// A number as the site writes it, kept on one line with a short unit: «1 234»,
// «11,8», «-0,4», «45 %», «12 prosent», «2007–2010».
const digits = String.raw`\d(?:[.,]?\d|[\s\u00A0\u202F]\d)*`;
const numberValue = String.raw`[+\-−±]?\s?${digits}(?:\s?[–-]\s?${digits})?(?:\s?(?:%|‰|prosent|pst\.?|kr\.?)(?!\p{L}))?`;
// A cell of numbers: one, or two joined by «og», «til» or «av» («50 og 51»,
// «9 av 12»), with a longer unit after («0,4 prosentpoeng», «297 millioner
// kroner») or a word or sign for about, at least or at most before
// («over 50 prosent», «ca. 900», «< 5»). The words around the numbers may wrap.
const qualifier = String.raw`(?:over|under|ca\.|cirka|om lag|omtrent|rundt|nesten|nær|minst|maks\.?|maksimalt|opptil|mer enn|mindre enn|drøyt|knapt)\s+|[<>≈~≤≥]\s?`;
const longUnit = String.raw`prosentpoeng|(?:millioner|milliarder|mill\.|mrd\.)(?:\s(?:kroner|kr\.?))?|kroner`;
const number = new RegExp(`^(?:${qualifier})?${numberValue}(?:\\s(?:og|til|av)\\s${numberValue})?(?:\\s(?:${longUnit}))?$`, 'iu');

/** True when a cell's text is a number, possibly with a unit. */
export function isNumberCell(text: string): boolean {
  return number.test(text.trim());
}

/** A number in a cell's text, with a sign for about, at least or at most before it. */
const numberRun = new RegExp(`(?:[<>≈~≤≥]\\s?)?${numberValue}`, 'gu');

/**
 * Each number in a number cell's text, in a span that keeps it on one line
 * («1 234», «2007–2010»), so that only the words beside it («over») may wrap.
 */
function keepNumbersWhole(node: Element) {
  node.children = node.children.flatMap((child) => {
    if (child.type === 'element') keepNumbersWhole(child);
    if (child.type !== 'text') return [child];
    const parts: ElementContent[] = [];
    let last = 0;
    for (const match of child.value.matchAll(numberRun)) {
      const value = match[0].trim();
      const start = match.index + match[0].indexOf(value);
      if (start > last) parts.push({ type: 'text', value: child.value.slice(last, start) });
      parts.push({ type: 'element', tagName: 'span', properties: { className: ['nowrap'] }, children: [{ type: 'text', value }] });
      last = start + value.length;
    }
    if (last < child.value.length) parts.push({ type: 'text', value: child.value.slice(last) });
    return parts;
  });
}

function rowsOf(table: Element): Element[][] {
  const rows: Element[][] = [];
  const collect = (node: Element) => {
    for (const child of node.children) {
      if (!isElement(child)) continue;
      if (child.tagName === 'tr') rows.push(child.children.filter((c): c is Element => isElement(c) && (c.tagName === 'td' || c.tagName === 'th')));
      else if (['thead', 'tbody', 'tfoot'].includes(child.tagName)) collect(child);
    }
  };
  collect(table);
  return rows;
}

function addClass(cell: Element, name: string) {
  const classes = cell.properties['className'];
  cell.properties['className'] = [...(Array.isArray(classes) ? classes : []), name];
}

function markNumberColumns(table: Element) {
  const rows = rowsOf(table);
  const body = rows.slice(1);
  const columns = Math.max(0, ...rows.map((r) => r.length));
  for (let column = 0; column < columns; column++) {
    const cells = body.map((row) => row[column]).filter((cell) => cell !== undefined);
    const filled = cells.filter((cell) => toText(cell).trim() !== '');
    if (filled.length === 0 || !filled.every((cell) => isNumberCell(toText(cell)))) continue;
    for (const cell of rows.map((row) => row[column])) if (cell) addClass(cell, 'number');
    for (const cell of cells) keepNumbersWhole(cell);
  }
}

/** Words a column's cells have on average for it to be read as sentences («Så mange kommuner var målet for programmet.»). */
const sentenceWords = 5;

/** True when the column (head left out) is text of sentences, not labels or numbers. */
function isSentenceColumn(body: Element[][], column: number): boolean {
  const cells = body.map((row) => row[column]).filter((cell): cell is Element => cell !== undefined);
  if (cells.length === 0 || cells.some((cell) => (cell.properties['className'] as string[] | undefined)?.includes('number'))) return false;
  const words = cells.reduce((sum, cell) => sum + toText(cell).trim().split(/\s+/).filter(Boolean).length, 0);
  return words / cells.length >= sentenceWords;
}

/**
 * A table of text with three columns or more (no number column), or one with a column of sentences beside its
 * numbers (/tall-og-fakta/: «Tall», «Hva det gjelder», «Side»): on a phone each row is shown as a block, each
 * cell under its column's heading (prose.css, from `data-label`), rather than three narrow columns that scroll
 * (the third column was a letter wide at 320 px; the sentences of /tall-og-fakta/ were 100 px wide beside
 * «32,1 prosent»). A table of labels and numbers («Kommune», «Pulje», «Fravær») stays a grid, to be read across.
 * Returns whether the table is one.
 */
function stackOnPhones(table: Element): boolean {
  const [head, ...body] = rowsOf(table);
  const hasHead = table.children.some((c) => isElement(c, 'thead'));
  if (!head || !hasHead || head.length < 3 || body.length === 0) return false;
  const hasNumbers = head.some((cell) => (cell.properties['className'] as string[] | undefined)?.includes('number'));
  if (hasNumbers && !head.some((_, column) => isSentenceColumn(body, column))) return false;
  const labels = head.map((cell) => toText(cell).trim());
  for (const row of body) row.forEach((cell, column) => (cell.properties['dataLabel'] = labels[column] ?? ''));
  return true;
}

/**
 * The table's caption, or else the heading it stands under and its column
 * headings; numbered when the page has another table of that name, since a
 * page's landmarks need names of their own.
 */
function regionLabel(table: Element, heading: string | undefined, used: Map<string, number>): string {
  const caption = table.children.find((c) => isElement(c, 'caption'));
  const columns = (rowsOf(table)[0] ?? []).map((cell) => toText(cell).trim()).filter(Boolean);
  const label = caption ? toText(caption).trim() : [heading, columns.length > 0 ? `tabell med ${columns.join(', ')}` : 'tabell'].filter(Boolean).join(': ');
  const count = (used.get(label) ?? 0) + 1;
  used.set(label, count);
  const named = count > 1 ? `${label} (${count})` : label;
  return named.charAt(0).toUpperCase() + named.slice(1);
}

const headingTags = new Set(['h2', 'h3', 'h4']);

interface State {
  heading?: string;
  used: Map<string, number>;
  /** Put before every label, e.g. the entry's title where several entries share a page. */
  context?: string | undefined;
}

function visit(node: Root | Element, state: State) {
  node.children.forEach((child, i) => {
    if (!isElement(child)) return;
    if (headingTags.has(child.tagName)) state.heading = toText(child).trim();
    if (child.tagName === 'table') {
      markNumberColumns(child);
      const stacked = stackOnPhones(child);
      // A named <section> is a region landmark.
      node.children[i] = {
        type: 'element',
        tagName: 'section',
        properties: {
          className: stacked ? ['table-region', 'stack'] : ['table-region'],
          ariaLabel: [state.context, regionLabel(child, state.heading, state.used)].filter(Boolean).join(': '),
          tabIndex: 0,
        },
        children: [child],
      };
      return;
    }
    visit(child, state);
  });
}

/** `context` names the entry where a page shows several (the særtrykk), so their tables' regions keep names of their own. */
export function rehypeTableRegions(options: { context?: string } = {}) {
  return (tree: Root) => visit(tree, { used: new Map(), context: options.context });
}
