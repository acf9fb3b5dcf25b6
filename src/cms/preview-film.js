// A film's preview as /filmer/ shows it (FilmItem.astro, FilmPlaces.astro): its title in «», its summary, who made it
// and when, the municipalities it is from by their names («Filmen er fra Flora kommune og Ås kommune»), and the link
// to where it can be seen («Se filmen hos YouTube»). Decap's own preview showed bare values (the municipalities as
// file names, the address as text). Runs in the browser (see start-script.ts); `quoted`, `placeName`, `videoLinkText`
// and `videoHost` are the site's own (src/lib/), sent as their source; `placeOf(id)` gives a municipality's name
// and kind as the CMS knows them (undefined if it does not).
window.kompetansebankenFilmPreview = function filmPreview({ h, createClass, quoted, placeName, videoLinkText, videoHost, placeOf }) {
  const plain = (value) => (value && typeof value.toJS === 'function' ? value.toJS() : value);
  const text = (value) => (typeof value === 'string' ? value.trim() : '');
  const list = new Intl.ListFormat('nb', { type: 'conjunction' });
  /** The link's text, or undefined while the address typed is no address yet. */
  const linkText = (address) => {
    try {
      return videoLinkText(address, videoHost);
    } catch {
      return undefined;
    }
  };
  return createClass({
    render() {
      const data = this.props.entry.get('data');
      const title = text(data.get('title'));
      const summary = text(data.get('summary'));
      const maker = text(data.get('maker'));
      const year = data.get('year');
      const video = text(data.get('video'));
      const places = (plain(data.get('municipalities')) ?? []).filter((id) => typeof id === 'string' && id).map((id) => {
        const place = placeOf(id);
        // A place the CMS has not loaded: its name, as a kommune is not to be guessed.
        return place?.kind ? placeName(place) : (place?.name ?? id);
      });
      const link = video && linkText(video);
      return h('main', { className: 'entry-preview film-preview' },
        h('h1', null, title ? quoted(title) : ''),
        summary ? h('p', null, summary) : null,
        maker ? h('p', { className: 'meta' }, `Laget av ${maker}${typeof year === 'number' ? `, ${year}` : ''}.`) : null,
        places.length > 0 ? h('p', { className: 'meta' }, `Filmen er fra ${list.format(places)}.`) : null,
        link ? h('p', { className: 'film-link' }, h('a', { className: 'ds-link', href: video }, link)) : null);
    },
  });
};
