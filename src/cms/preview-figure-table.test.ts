// A figure table's CMS preview (preview-figure-table.js, a browser script), with the site's functions sent as their
// source, as start-script.ts sends them.
import { readFile } from 'node:fs/promises';
import { beforeAll, describe, expect, it } from 'vitest';
import { numberFormatter, sharedDecimals } from '../lib/number-format.ts';
import { periodLabel } from '../lib/periods.ts';
import { withUnit } from '../lib/with-unit.ts';

interface Node {
  tag: string;
  props: Record<string, unknown> | null;
  children: (Node | string | null)[];
}
const h = (tag: string, props: Record<string, unknown> | null, ...children: (Node | string | null)[]): Node => ({ tag, props, children });
const textOf = (node: Node | string | null): string => (node === null ? '' : typeof node === 'string' ? node : node.children.map(textOf).join(''));
const all = (node: Node | string | null, tag: string): Node[] =>
  node === null || typeof node === 'string' ? [] : [...(node.tag === tag ? [node] : []), ...node.children.flatMap((child) => all(child, tag))];

let render: (data: Record<string, unknown>) => Node;

beforeAll(async () => {
  const window: { kompetansebankenFigureTablePreview?: (deps: unknown) => { render(this: unknown): Node } } = {};
  new Function('window', await readFile(new URL('preview-figure-table.js', import.meta.url), 'utf8'))(window);
  // From their source, as the CMS page gets them: they must need nothing from their modules.
  const sent = (f: (...args: never[]) => unknown) => new Function(`return ${f.toString()}`)();
  const template = window.kompetansebankenFigureTablePreview!({
    h,
    createClass: (spec: unknown) => spec,
    withUnit: sent(withUnit),
    periodLabel: sent(periodLabel),
    sharedDecimals: sent(sharedDecimals),
    numberFormatter: sent(numberFormatter),
  });
  render = (data) => template.render.call({ props: { entry: { get: () => ({ get: (key: string) => data[key] }) } } });
});

const table = {
  title: 'Sykefravær',
  caption: 'Sykefravær i kommunene',
  unit: 'prosent',
  columns: ['Q4 05–Q3 06', 'Q3 07', '2008'],
  rows: [
    { label: 'Ringerike', values: [9.8, 9.8, 9.9] },
    { label: 'Nøtterøy', values: [11, null, 8.75] },
  ],
  note: 'Ett tall er tapt.',
};

describe('the preview of a figure table', () => {
  // The secretariat's finding: Decap's preview showed Ringerike's row as «9,89,89,9».
  it('shows each figure in a cell of its own, under its column, as the site writes it', () => {
    const preview = render(table);
    const rows = all(preview, 'tbody')[0]!.children.filter((row): row is Node => typeof row !== 'string' && row !== null);
    expect(rows.map((row) => row.children.map(textOf))).toEqual([
      ['Ringerike', '9,8', '9,8', '9,90'],
      ['Nøtterøy', '11,0', 'tapt i kilden', '8,75'],
    ]);
    expect(all(preview, 'th').filter((th) => th.props?.scope === 'col').map(textOf)).toEqual(['4. kv. 2005 – 3. kv. 2006', '3. kv. 2007', '2008']);
    expect(textOf(all(preview, 'h1')[0]!)).toBe('Sykefravær');
    expect(all(preview, 'p').map(textOf)).toEqual(['Sykefravær i kommunene (prosent)', 'Ett tall er tapt.']);
  });

  it('says «over» in each cell of a table of lower bounds, and shows a figure not yet a number as typed', () => {
    const preview = render({ ...table, chart: { type: 'bars', lowerBounds: true }, rows: [{ label: 'Deltakere', values: [500, 'mange'] }] });
    expect(all(preview, 'td').filter((td) => td.props?.className === 'number').map(textOf)).toEqual(['over 500', 'mange']);
  });

  it('draws a new table with nothing filled in', () => {
    expect(() => render({})).not.toThrow();
  });
});
