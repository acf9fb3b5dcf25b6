// A municipality's preview as its page shows it (pages/kommuner/[id].astro, KeyFigures.astro): its name, its facts
// (type, county, pulje, network, what it is part of), its note and its figures with their period and source. Decap's
// own preview showed bare values («kommune», «more-og-romsdal», «II»). What the page adds from other entries (stories,
// news, network partners) is not in the form. Runs in the browser (see start-script.ts); `kindLabels`,
// `likelyPuljeNote`, `counties`, `puljer`, `networkName` and `periodLabel` are the site's own (src/lib/, schemas/
// vocabulary.ts), sent as their source or values; `nameOf(id)` names another municipality as the CMS knows it.
window.kompetansebankenMunicipalityPreview = function municipalityPreview({ h, createClass, kindLabels, likelyPuljeNote, counties, puljer, networkName, periodLabel, nameOf }) {
  // Decap's entry data is Immutable; plain values as the site reads them.
  const plain = (value) => (value && typeof value.toJS === 'function' ? value.toJS() : value);
  const text = (value) => (typeof value === 'string' ? value.trim() : '');
  const fact = (term, ...value) => h('div', { key: term }, h('dt', null, term), h('dd', null, ...value));
  return createClass({
    render() {
      const data = this.props.entry.get('data');
      const name = text(data.get('name'));
      // A file without `kind` is a kommune (the schema's default).
      const kind = text(data.get('kind')) || 'kommune';
      const county = text(data.get('county'));
      const pulje = text(data.get('pulje'));
      const network = text(data.get('network'));
      const partOf = text(data.get('partOf'));
      const note = text(data.get('note'));
      const figures = (plain(data.get('keyFigures')) ?? []).filter((figure) => figure && (text(figure.value) || text(figure.label)));
      return h('main', { className: 'entry-preview municipality-preview' },
        h('h1', null, name),
        h('dl', { className: 'facts' },
          fact('Type', kindLabels[kind] ?? kind),
          fact('Fylke (2009)', counties[county] ?? 'Går ikke fram av kildene'),
          pulje ? fact('Pulje', puljer[pulje] ?? pulje, data.get('puljeConfidence') === 'sannsynlig' ? likelyPuljeNote : '') : null,
          network
            ? fact('Nettverk', `${networkName(network) ?? network} `, h('span', { className: 'meta' }, `(kalt ${network} i oversikten over samlinger i sluttrapportens vedlegg 2, s. 52 og 53)`))
            : null,
          partOf ? fact('Del av', nameOf(`municipalities/${partOf}`) ?? partOf) : null),
        note ? h('p', { className: 'note' }, note) : null,
        figures.length > 0
          ? h('section', { className: 'key-figures' },
              h('h2', { className: 'ds-heading', 'data-size': 'xs' }, 'Tall fra kildene'),
              h('dl', null, ...figures.map((figure, i) => {
                const source = figure.source ?? {};
                const cited = text(source.doc) ? `Kilde: ${source.doc}${source.page ? `, s. ${source.page}` : ''}` : '';
                return h('div', { key: i },
                  h('dt', null, text(figure.label)),
                  h('dd', { className: 'value' }, text(figure.value)),
                  h('dd', { className: 'meta' }, `${text(figure.period) ? `${periodLabel(text(figure.period))}. ` : ''}${cited}`));
              })))
          : null);
    },
  });
};
