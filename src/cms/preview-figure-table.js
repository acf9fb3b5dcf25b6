// A figure table's preview as /tall/ shows the table (FigureTable.astro, NumberTable.astro): its title, its caption
// with the unit, one column per period and a row header per row, each figure in a cell of its own, written column by
// column as the site writes it («11,0» among «10,8»), a lost one «tapt i kilden», and the note under it. Decap's own
// preview ran a row's figures together («9,89,89,9» for 9,8 · 9,8 · 9,9). A figure typed that is no number yet shows
// as typed. Runs in the browser (see start-script.ts); `withUnit`, `periodLabel`, `sharedDecimals` and
// `numberFormatter` are the site's own (src/lib/), sent as their source.
window.kompetansebankenFigureTablePreview = function figureTablePreview({ h, createClass, withUnit, periodLabel, sharedDecimals, numberFormatter }) {
  // Decap's entry data is Immutable; plain values as the site reads them.
  const plain = (value) => (value && typeof value.toJS === 'function' ? value.toJS() : value);
  const text = (value) => (typeof value === 'string' ? value : '');
  return createClass({
    render() {
      const data = this.props.entry.get('data');
      const columns = (plain(data.get('columns')) ?? []).map((column) => periodLabel(text(column)));
      const rows = (plain(data.get('rows')) ?? []).map((row) => ({ label: text(row?.label), values: Array.isArray(row?.values) ? row.values : [] }));
      const lowerBounds = plain(data.get('chart'))?.lowerBounds === true;
      const count = Math.max(columns.length, ...rows.map((row) => row.values.length));
      const formats = Array.from({ length: count }, (_, i) =>
        numberFormatter(2, sharedDecimals(rows.map((row) => (typeof row.values[i] === 'number' ? row.values[i] : null)))),
      );
      const cell = (value, i) =>
        value === null || value === undefined || value === ''
          ? h('td', { key: i, className: 'lost' }, 'tapt i kilden')
          : h('td', { key: i, className: 'number' }, typeof value === 'number' ? `${lowerBounds ? 'over ' : ''}${formats[i](value)}` : String(value));
      const note = text(data.get('note'));
      return h('main', { className: 'entry-preview figure-preview' },
        h('h1', null, text(data.get('title'))),
        h('p', { className: 'caption' }, withUnit(text(data.get('caption')), text(data.get('unit')) || undefined)),
        h('div', { className: 'scroll' },
          h('table', { className: 'ds-table', 'data-border': true, 'data-size': 'md' },
            h('thead', null, h('tr', null, h('td', null), ...columns.map((column, i) => h('th', { key: i, scope: 'col' }, column)))),
            h('tbody', null, ...rows.map((row, r) => h('tr', { key: r }, h('th', { scope: 'row' }, row.label), ...row.values.map(cell)))))),
        note ? h('p', { className: 'meta' }, note) : null);
    },
  });
};
