// A case story's series in its CMS preview (preview-story-series.js, a browser script), with the site's functions sent
// as their source, as start-script.ts sends them.
import { beforeAll, describe, expect, it } from 'vitest';
import { all, previewParts, sent, textOf, type Node } from './preview-render.fixtures.ts';
import { sentWith } from './start-script.ts';
import { numberFormatter, sharedDecimals } from '../lib/number-format.ts';
import { periodLabel, periodParts, quarterIndex, spanLabel } from '../lib/periods.ts';
import { withUnit } from '../lib/with-unit.ts';

let parts: { beforeText: (data: Record<string, unknown>) => Node | null };

beforeAll(async () => {
  parts = await previewParts('preview-story-series.js', 'kompetansebankenStorySeriesPreview', {
    spanLabel: new Function(`return ${sentWith(spanLabel, periodLabel, quarterIndex)}`)(),
    periodParts: sent(periodParts),
    withUnit: sent(withUnit),
    sharedDecimals: sent(sharedDecimals),
    numberFormatter: sent(numberFormatter),
  });
});

/** Fredrikstad's series as its story gives it: PAI figures, four quarters each, labelled by the last. */
const series = {
  caption: 'Sykefraværet i Fredrikstad, egenmeldt og legemeldt (KS’ PAI-statistikk)',
  unit: 'prosent',
  periods: ['Q3 06', 'Q3 07', 'Q4 08'],
  quarters: 4,
  rows: [{ label: 'Fredrikstad', values: [11.8, 11, null] }],
  note: 'Hver måling er merket med sluttkvartalet.',
};
const columns = (preview: Node | null) => all(preview, 'th').filter((th) => th.props?.scope === 'col').map(textOf);

describe('the preview of a case story’s series', () => {
  // The secretariat's finding: the preview did not name the periods as the page does («3. kv. 2006» for four quarters).
  it('names each period whole, as the page’s table does, where each is four quarters labelled by the last', () => {
    const preview = parts.beforeText({ title: 'Jordmor', series });
    expect(columns(preview)).toEqual(['fire kvartaler til og med 3. kv. 2006', 'fire kvartaler til og med 3. kv. 2007', 'fire kvartaler til og med 4. kv. 2008']);
    expect(columns(preview)).toEqual(series.periods.map((period) => spanLabel(period, 4)));
    // «3. kv. 2006» kept whole on a narrow column's line, as NumberTable.astro keeps it.
    expect(all(preview, 'span').map(textOf)).toContain('3. kv.');
  });

  it('shows the heading with the unit, each figure with its column’s decimals, a lost one said so, and the note', () => {
    const preview = parts.beforeText({ series });
    expect(textOf(all(preview, 'h2')[0]!)).toBe('Sykefraværet i Fredrikstad, egenmeldt og legemeldt, prosent (KS’ PAI-statistikk)');
    expect(all(preview, 'p').map(textOf)).toEqual(['Tallene i diagrammet (prosent)', 'Hver måling er merket med sluttkvartalet.']);
    expect(all(preview, 'td').map(textOf)).toEqual(['', '11,8', '11', 'tapt i kilden']);
  });

  it('names a period by its quarter where the periods are not spans, and keeps other labels as typed', () => {
    const preview = parts.beforeText({ series: { ...series, quarters: undefined, periods: ['Q3 06', '1. måling', ''] } });
    expect(columns(preview)).toEqual(['3. kv. 2006', '1. måling', '']);
  });

  it('draws nothing for a story without a series, and a series just begun without failing', () => {
    expect(parts.beforeText({ title: 'Uten serie' })).toBeNull();
    expect(parts.beforeText({ series: {} })).toBeNull();
    expect(() => parts.beforeText({ series: { caption: 'Ny serie', rows: [{}] } })).not.toThrow();
  });
});
