// A case story's figures and quotes in its preview as its page shows them (pages/eksempler/[id].astro, KeyFigures.astro,
// Quotes.astro, QuoteFigure.astro): under the image «Tall fra kildene» («Nøkkeltall» in a new story), each figure over
// what it shows, with its period and source; under the text «Sitater», each quote in «» with who said it and its
// source, as QuoteFigure.astro writes them. Decap's preview showed neither, so the secretariat could not check the figures and quotes it was about to
// publish. What is not filled in yet is said so in brackets. (The page links each source to its page of the document;
// the preview names it, as the page writes it: «Sluttrapporten, s. 23».)
// Runs in the browser (see start-script.ts) as parts of the entry's preview (browser/preview.js), each given the
// entry's data as plain values. `periodLabel`, `quoted` and `attributionParts` are the site's own (src/lib/), sent as
// their source; `documents` each programme document's short name and its name as an author, by its id.
window.kompetansebankenStoryFactsPreview = function storyFactsPreview({ h, periodLabel, quoted, attributionParts, documents }) {
  const text = (value) => (typeof value === 'string' ? value.trim() : typeof value === 'number' ? String(value) : '');
  const listOf = (value) => (Array.isArray(value) ? value.filter((item) => item && typeof item === 'object') : []);
  /** Where a fact comes from: the document and page (an archive story's), or the source in words (a new story's). */
  const cited = (fact) => {
    const doc = text(fact.source?.doc);
    if (doc) return `${documents[doc]?.shortName ?? doc}${text(fact.source?.page) ? `, s. ${text(fact.source.page)}` : ''}`;
    return text(fact.sourceText) || '(kilde mangler)';
  };
  /**
   * Who said a quote and where, as QuoteFigure.astro writes it: «– Rådmannen (gjengitt i sluttrapporten, s. 42)», the
   * note on where it was printed in the citation's bracket, and the document's own words cited by the name the
   * attribution gives it («– Sekretariatets sluttrapport, s. 63, forordet»).
   */
  const attributed = (quote, after) => {
    const attribution = text(quote.attribution) || '(hvem som sa det, mangler)';
    const doc = text(quote.source?.doc);
    if (!doc) return [`– ${attribution} `, h('span', { key: 'source', className: 'meta' }, `(${cited(quote)})`, ...after)];
    const document = documents[doc] ?? { shortName: doc };
    const page = text(quote.source?.page) ? `, s. ${text(quote.source.page)}` : '';
    const { who, note, name, rest } = attributionParts(attribution, document.shortName, document.asAuthor);
    if (rest !== undefined) return [`– ${who}${page}${rest}`, ...(after.length > 0 ? [h('span', { key: 'source', className: 'meta' }, ...after)] : [])];
    const before = note === undefined ? '' : name === undefined ? `${note}; ` : note;
    return [`– ${who} `, h('span', { key: 'source', className: 'meta' }, `(${before}${name ?? document.shortName}${page})`, ...after)];
  };
  /**
   * A quote as QuoteFigure.astro draws it: its words in «», marked with their language where it is not bokmål, and who
   * said them and where; `after`, what its slot adds after the citation (the quote bank's «Fra eksempelet …»).
   */
  const quoteFigure = (quote, after = [], key = undefined) =>
    h('figure', { key, className: 'quote' },
      h('blockquote', { lang: quote.lang && quote.lang !== 'nb' ? quote.lang : undefined }, h('p', null, quoted(text(quote.text)))),
      h('figcaption', null, ...attributed(quote, after)));
  return {
    figures(data) {
      const figures = listOf(data.keyFigures).filter((figure) => text(figure.value) || text(figure.label));
      if (figures.length === 0) return null;
      return h('section', { className: 'key-figures' },
        h('h2', { className: 'ds-heading', 'data-size': 'xs' }, data.newItem === true ? 'Nøkkeltall' : 'Tall fra kildene'),
        h('dl', null, ...figures.map((figure, i) =>
          h('div', { key: i },
            h('dt', null, text(figure.label) || '(hva tallet viser, mangler)'),
            h('dd', { className: 'value' }, text(figure.value) || '(tallet mangler)'),
            h('dd', { className: 'meta' }, `${text(figure.period) ? `${periodLabel(text(figure.period))}. ` : ''}Kilde: ${cited(figure)}`)))));
    },
    quotes(data) {
      const quotes = listOf(data.quotes).filter((quote) => text(quote.text));
      if (quotes.length === 0) return null;
      return h('section', { className: 'quotes' },
        h('h2', { className: 'ds-heading', 'data-size': 'xs' }, 'Sitater'),
        ...quotes.map((quote, i) => quoteFigure(quote, [], i)));
    },
    quoteFigure,
  };
};
