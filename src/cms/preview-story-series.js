// A case story's series («Tallserie, vist som et lite diagram») in its preview as its page shows it under the image
// (components/charts/StorySeries.astro, NumberTable.astro): the heading with the unit, and the table of the figures
// with each period named whole, as the page names it («fire kvartaler til og med 3. kv. 2006» where each period is
// four quarters labelled by the last, «3. kv. 2006» otherwise), each figure in a cell of its own with its column's
// decimals («11,0» among «10,8»), a lost one «tapt i kilden», and the note under it. Decap's preview showed no series,
// so the secretariat could not see the periods as the page would name them. (The chart, which draws the source's
// short labels, and the sentence about it are drawn by the page.)
// Runs in the browser (see start-script.ts) as a part of the entry's preview (browser/preview.js): `beforeText` is given
// the entry's data as plain values. `spanLabel`, `periodParts`, `withUnit`, `sharedDecimals` and `numberFormatter`
// are the site's own (src/lib/), sent as their source.
window.kompetansebankenStorySeriesPreview = function storySeriesPreview({ h, spanLabel, periodParts, withUnit, sharedDecimals, numberFormatter }) {
  const text = (value) => (typeof value === 'string' ? value.trim() : '');
  const lost = (value) => value === null || value === undefined || value === '';
  /** A column's heading in the parts a narrow column breaks between, never inside («4. kv.», «2007 –»), as NumberTable.astro. */
  const heading = (label) => periodParts(label).flatMap((part, i) => [...(i > 0 ? [' '] : []), part.includes(' ') ? h('span', { key: i, className: 'kept' }, part) : part]);
  return {
    beforeText(data) {
      const series = data.series;
      if (!series || typeof series !== 'object') return null;
      const quarters = typeof series.quarters === 'number' ? series.quarters : undefined;
      const periods = (Array.isArray(series.periods) ? series.periods : []).map((period) => spanLabel(text(period), quarters));
      const rows = (Array.isArray(series.rows) ? series.rows : []).map((row) => ({ label: text(row?.label), values: Array.isArray(row?.values) ? row.values : [] }));
      const caption = text(series.caption);
      if (!caption && periods.length === 0 && rows.length === 0) return null;
      const unit = text(series.unit) || undefined;
      const count = Math.max(periods.length, ...rows.map((row) => row.values.length));
      // Each column's numbers with as many decimals as its most precise one (lib/number-format.ts tableNumberFormat).
      const formats = Array.from({ length: count }, (_, i) => numberFormatter(2, sharedDecimals(rows.map((row) => (typeof row.values[i] === 'number' ? row.values[i] : null)))));
      const cell = (value, i) =>
        lost(value)
          ? h('td', { key: i, className: 'lost' }, 'tapt i kilden')
          : h('td', { key: i, className: 'number' }, typeof value === 'number' ? formats[i](value) : String(value));
      const note = text(series.note);
      return h('section', { className: 'story-series' },
        h('h2', { className: 'ds-heading', 'data-size': 'xs' }, withUnit(caption, unit)),
        h('p', { className: 'caption' }, withUnit('Tallene i diagrammet', unit)),
        h('div', { className: 'scroll' },
          h('table', { className: 'ds-table', 'data-border': true, 'data-size': 'sm' },
            h('thead', null, h('tr', null, h('td', null), ...periods.map((period, i) => h('th', { key: i, scope: 'col' }, ...heading(period))))),
            h('tbody', null, ...rows.map((row, r) => h('tr', { key: r }, h('th', { scope: 'row' }, row.label), ...row.values.map(cell)))))),
        note ? h('p', { className: 'meta' }, note) : null);
    },
  };
};
