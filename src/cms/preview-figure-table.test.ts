// A figure table's CMS preview (preview-figure-table.js, a browser script), with the site's functions sent as their
// source, as start-script.ts sends them.
import { beforeAll, describe, expect, it } from 'vitest';
import { all, previewRender, sent, textOf, type Node } from './preview-render.fixtures.ts';
import { numberFormatter, sharedDecimals } from '../lib/number-format.ts';
import { periodLabel } from '../lib/periods.ts';
import { withUnit } from '../lib/with-unit.ts';

let render: (data: Record<string, unknown>) => Node;

beforeAll(async () => {
  render = await previewRender('preview-figure-table.js', 'kompetansebankenFigureTablePreview', {
    withUnit: sent(withUnit),
    periodLabel: sent(periodLabel),
    sharedDecimals: sent(sharedDecimals),
    numberFormatter: sent(numberFormatter),
  });
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
