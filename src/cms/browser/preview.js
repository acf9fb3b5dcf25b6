// The preview with the site's own styles (start-script.ts: previewStylesheet).
CMS.registerPreviewStyle(stylesheet);
// An entry as its page shows it: title, ingress, then the text, and its footnotes under «Fotnoter» («Fotnotar» in nynorsk)
// (Decap's preview cannot read them: preview-footnotes.js), without its {/* comments */}
// (preview-comments.js), with underscores inside a word as typed (preview-underscores.js). All through
// Decap's own Markdown preview.
// A case story's «Bilde» under the ingress, as its page shows it (StoryImage.astro): the image, its alt text and
// its credit, so the secretariat sees the crop and that the photo stands; Decap's getAsset gives the file
// (uploaded in this session or read from the repository) and draws the preview again once it has it.
// An image in the text («![Skjermbilde](../media/skjermbilde.png)», as «Kopier stien» gives it) showed as an empty
// 300 × 150 gap: Decap's Markdown preview asks getAsset once, gets its empty picture while the file loads, and is
// not drawn again when it has come. The preview asks for the text's images too (which starts their loading) and
// draws the text anew (a new React key) once each has come.
const imagesLoaded = (text, getAsset) => [...text.matchAll(/!\[[^\]]*\]\(([^)\s]+)/g)].map(([, path]) => String(getAsset(path))).join(' ');
// What a collection's page shows around its title and text, where the entry's fields give it: a news item's kind,
// number and date, and a press release's contact (preview-news.js); an event's kind, days, places and deadline
// (preview-event.js); a case story's series (preview-story-series.js). Each part is given the entry's data as plain
// values: `header` above the title, `beforeText` under the ingress and image, `afterText` under the text.
// The press contact setting as Decap has it, if it has loaded it (edited in this session), else as the site read it
// when the CMS opened (start-script.ts).
const pressContactSetting = () => {
  const loaded = decapStore()?.getState().entries.getIn(['entities', 'settings.pressContact', 'data']);
  return loaded?.toJS?.() ?? window.kompetansebankenNewsTexts.pressContact;
};
// A date as the page reads it, typed the Norwegian way («17.3.2010») too, as the date field writes it when it is left
// (text-length-widget.js).
const previewDate = (value) => window.kompetansebankenPartialDateOf(typeof value === 'string' ? (window.kompetansebankenIsoFromTyped(value, window.kompetansebankenCms.monthNames) ?? value) : value);
// The quote bank as the site has it (quote-bank-data.ts), for a press release's «Sitater fra de samme kildesidene»:
// read once, at the first release's preview, which is drawn again when it has come (EntryPreview).
let quoteBank;
let quoteBankRead;
const readQuoteBank = () =>
  (quoteBankRead ??= fetch(quoteBankDataPath)
    .then((response) => (response.ok ? response.json() : undefined))
    .then((bank) => (quoteBank = bank), () => undefined));
// A story's figures and quotes (preview-story-facts.js); its quote, as QuoteFigure.astro draws it, is a release's too.
const storyFacts = window.kompetansebankenStoryFactsPreview({
  h,
  periodLabel: window.kompetansebankenPeriodLabel,
  quoted: window.kompetansebankenQuoted,
  attributionParts: window.kompetansebankenAttributionParts,
  documents: window.kompetansebankenDocuments,
});
/** A story's parts in its page's order: its figures, then its series, under the image; its quotes under the text. */
const storyParts = (facts, series) => ({
  beforeText: (data) => h('div', null, facts.figures(data), series.beforeText(data)),
  afterText: (data) => facts.quotes(data),
});
const previewParts = {
  news: window.kompetansebankenNewsPreview({
    h,
    ...window.kompetansebankenNewsTexts,
    newsKind: window.kompetansebankenNewsKind,
    formatDate: window.kompetansebankenFormatDate,
    readDate: previewDate,
    personLine: window.kompetansebankenPersonLine,
    showsPostalAddress: window.kompetansebankenShowsPostalAddress,
    phoneHref: window.kompetansebankenPhoneHref,
    pressContact: pressContactSetting,
    quoteBank: () => quoteBank,
    quotesFromPages: window.kompetansebankenQuotesFromPages,
    releaseQuotesText: window.kompetansebankenReleaseQuotesText,
    quoteFigure: storyFacts.quoteFigure,
  }),
  // An event's kind above its title, and its days, places and deadline under the ingress (preview-event.js).
  events: window.kompetansebankenEventPreview({
    h,
    kinds: window.kompetansebankenEventKinds,
    formatDate: window.kompetansebankenFormatDate,
    formatDateRange: window.kompetansebankenFormatDateRange,
    datesWithNote: window.kompetansebankenDatesWithNote,
    readDate: previewDate,
    after: window.kompetansebankenAfterPartialDate,
  }),
  // A case story's figures and series under its image, and its quotes under the text, as on its page
  // (preview-story-facts.js, preview-story-series.js).
  stories: storyParts(
    storyFacts,
    window.kompetansebankenStorySeriesPreview({
      h,
      spanLabel: window.kompetansebankenSpanLabel,
      periodParts: window.kompetansebankenPeriodParts,
      withUnit: window.kompetansebankenWithUnit,
      sharedDecimals: window.kompetansebankenSharedDecimals,
      numberFormatter: window.kompetansebankenNumberFormatter,
    }),
  ),
};
const EntryPreview = createClass({
  // A news item's preview drawn again once the quote bank has come (a press release's quotes from it).
  componentDidMount() {
    if (this.props.entry.get('collection') !== 'news' || quoteBank) return;
    void readQuoteBank().then(() => this.gone || this.forceUpdate());
  },
  componentWillUnmount() {
    this.gone = true;
  },
  render() {
    const { entry, widgetFor, getAsset } = this.props;
    const data = entry.get('data');
    const shown = window.kompetansebankenPreviewUnderscores(window.kompetansebankenPreviewComments(bodyAsSaved(data.get('body') || '')));
    const { text, notes } = window.kompetansebankenPreviewFootnotes(shown);
    const image = data.get('image');
    const src = image?.get?.('src');
    const parts = previewParts[entry.get('collection')];
    const values = parts ? data.toJS() : undefined;
    return h('main', { className: 'entry-preview' },
      parts?.header?.(values) ?? null,
      h('h1', null, data.get('title')),
      h('p', { className: 'ingress' }, data.get('summary')),
      src
        ? h('figure', { className: 'story-image' },
            h('img', { src: String(getAsset(src)), alt: image.get('alt') || '' }),
            image.get('credit') ? h('figcaption', { className: 'meta' }, image.get('credit')) : null)
        : null,
      parts?.beforeText?.(values) ?? null,
      h('div', { className: 'prose' },
        h('div', { key: imagesLoaded(text, getAsset) }, widgetFor('body', undefined, data.set('body', text))),
        notes
          // As the page heads them (src/markdown/footnote-labels.ts): a nynorsk entry's in nynorsk.
          ? h('section', { className: 'footnotes' }, h('h2', null, data.get('lang') === 'nn' ? 'Fotnotar' : 'Fotnoter'), widgetFor('body', undefined, data.set('body', notes)))
          : null),
      parts?.afterText?.(values) ?? null);
  },
});
for (const name of collections) CMS.registerPreviewTemplate(name, EntryPreview);
// A figure table as its table on /tall/, each figure in a cell of its own (preview-figure-table.js): Decap's own preview
// ran a row's figures together.
CMS.registerPreviewTemplate(
  'figures',
  window.kompetansebankenFigureTablePreview({
    h,
    createClass,
    withUnit: window.kompetansebankenWithUnit,
    periodLabel: window.kompetansebankenPeriodLabel,
    sharedDecimals: window.kompetansebankenSharedDecimals,
    numberFormatter: window.kompetansebankenNumberFormatter,
  }),
);
// A municipality as its page shows it, and a film as /filmer/ does (preview-municipality.js, preview-film.js): Decap's
// own previews showed bare values («kommune», «II», the municipalities' file names). Other municipalities by their
// names as the CMS knows them: Decap's loaded entries (with their kind), else the site's list of entries.
const municipalityOf = (id) => {
  const key = `municipalities/${id}`;
  const loaded = listedEntries('municipalities').find((entry) => entry.get('slug') === id)?.get('data');
  if (loaded?.get('name')) return { name: loaded.get('name'), kind: loaded.get('kind') || 'kommune' };
  const known = knownEntries()[key];
  return known ? { name: known.name, kind: known.kind } : undefined;
};
CMS.registerPreviewTemplate(
  'municipalities',
  window.kompetansebankenMunicipalityPreview({
    h,
    createClass,
    ...window.kompetansebankenMunicipalityFacts,
    networkName: window.kompetansebankenNetworkName,
    periodLabel: window.kompetansebankenPeriodLabel,
    nameOf: (key) => municipalityOf(key.slice('municipalities/'.length))?.name,
  }),
);
CMS.registerPreviewTemplate(
  'films',
  window.kompetansebankenFilmPreview({
    h,
    createClass,
    quoted: inQuotes,
    placeName: window.kompetansebankenPlaceName,
    videoLinkText: window.kompetansebankenVideoLinkText,
    videoHost: window.kompetansebankenVideoHost,
    placeOf: municipalityOf,
  }),
);
