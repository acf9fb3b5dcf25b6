// A news item's and a press release's preview as its page shows it (pages/nyheter/[id].astro, EntryLayout.astro,
// PressContact.astro, PressContactAddress.astro): above the title what it is and its date («Pressemelding nr. 4 ·
// 17. mars 2010», «Nyhet · juni 2010»), an archive item's label and note, and under a press release the press room
// and, under a new one, its press contact: its own «Kontaktperson for pressemeldingen», else the site's press
// contact, else the programme's postal address. Decap's preview showed the title and the text only, so the
// secretariat could not check the number, date or contact it was about to publish. What is not filled in yet is
// said so in brackets («Pressemelding nr. (mangler)»), where the page would have it.
// Runs in the browser (see start-script.ts) as parts of the entry's preview (browser/preview.js), each given the
// entry's data as plain values: `header` above the title, `beforeText` under the ingress, `afterText` under the text.
// `newsKind`, `formatDate`, `readDate`, `personLine`, `showsPostalAddress` and `phoneHref` are the site's own
// (src/lib/, src/schemas/), sent as their source; `archiveTexts` (each kind's label and note), `postalLines`,
// `noPressContactNote`, `pressRoomText` and `pressPath` its words; `pressContact()` the press contact setting as the
// CMS knows it now. Above the contact, as on the page (PressReleaseQuotes.astro), «Sitater fra de samme kildesidene»: the
// quotes of the quote bank on a page the release cites (`quotesFromPages`, lib/release-quotes.ts, with its words
// `releaseQuotesText`), from `quoteBank()`, the site's bank ({ bankPath, quotes }) once the CMS has read it, each drawn
// by `quoteFigure` (preview-story-facts.js, as a story's quotes are) with its story after the citation.
window.kompetansebankenNewsPreview = function newsPreview({
  h,
  newsKind,
  formatDate,
  readDate,
  archiveTexts,
  personLine,
  showsPostalAddress,
  phoneHref,
  postalLines,
  noPressContactNote,
  pressRoomText,
  pressPath,
  pressContact,
  quoteBank = () => undefined,
  quotesFromPages = () => [],
  releaseQuotesText = {},
  quoteFigure = () => null,
}) {
  const text = (value) => (typeof value === 'string' ? value.trim() : typeof value === 'number' ? String(value) : '');
  // The schema's default: a file without `kind` is a news item.
  const kindOf = (data) => (data.kind === 'pressemelding' ? 'pressemelding' : 'nyhet');
  // Off or left out (the archive's files), the item is the archive's (lib/archive-note.ts isFromArchive).
  const fromArchive = (data) => data.newItem !== true;
  /** A contact as the site reads one, a field left empty not there (schemas/press-contact.ts); undefined if all are. */
  const contactOf = (value) => {
    const fields = ['name', 'role', 'phone', 'email'].flatMap((name) => (text(value?.[name]) ? [[name, text(value[name])]] : []));
    return fields.length > 0 ? Object.fromEntries(fields) : undefined;
  };
  const dateText = (value) => {
    const typed = value instanceof Date ? value.toISOString().slice(0, 10) : text(value);
    if (typed === '') return '(dato mangler)';
    const date = readDate(value);
    return date ? formatDate(date) : `(«${typed}» er ikke en dato)`;
  };
  const link = (href, words) => h('a', { className: 'ds-link', href }, words);
  const pressRoom = (props) => h('p', props, `${pressRoomText} `, link(pressPath, 'presserommet'), '.');
  /** The contact as PressContactAddress.astro writes it: a line each for the person, phone, e-mail or postal address. */
  const address = (contact, own) => {
    const person = personLine(contact);
    // A release's own contact needs a name and a phone or an e-mail (the check refuses it without): never the postal
    // address, which stands only for a press contact setting without either.
    const postal = !own && showsPostalAddress(contact) ? postalLines : [];
    const lines = [
      ...(own && !contact.name ? ['(navn mangler)'] : []),
      ...(person ? [h('strong', null, person)] : []),
      ...(contact.phone ? [['Telefon: ', link(phoneHref(contact.phone), contact.phone)]] : []),
      ...(contact.email ? [['E-post: ', link(`mailto:${contact.email}`, contact.email)]] : []),
      ...(own && showsPostalAddress(contact) ? ['(telefon eller e-post mangler)'] : []),
      ...postal,
    ];
    return [
      h('address', { key: 'address', className: 'press-contact-address' }, ...lines.flatMap((line, i) => [...(i > 0 ? [h('br', { key: `br${i}` })] : []), ...[line].flat()])),
      postal.length > 0 ? h('p', { key: 'note', className: 'no-press-contact' }, noPressContactNote) : null,
    ];
  };
  /** The release's sources as the page reads them: each with its document, and its page as a number where it has one. */
  const sourcesOf = (data) =>
    (Array.isArray(data.sources) ? data.sources : []).flatMap((ref) => {
      const doc = text(ref?.doc);
      const page = text(ref?.page) === '' ? undefined : Number(text(ref.page));
      return doc ? [{ doc, ...(page === undefined ? {} : { page }) }] : [];
    });
  /** «Sitater fra de samme kildesidene», as PressReleaseQuotes.astro draws it; nothing without such quotes. */
  const releaseQuotes = (data) => {
    const bank = quoteBank();
    const quotes = bank ? quotesFromPages(bank.quotes, sourcesOf(data)) : [];
    if (quotes.length === 0) return null;
    return h('section', { key: 'quotes', className: 'release-quotes' },
      h('h2', { className: 'ds-heading', 'data-size': '2xs' }, releaseQuotesText.heading),
      h('p', { className: 'meta' }, `${releaseQuotesText.lead} `, link(bank.bankPath, releaseQuotesText.bankLink), '.'),
      h('ul', { className: 'bank-quotes' },
        ...quotes.map((quote, i) =>
          h('li', { key: i }, quoteFigure(quote, ['. Fra eksempelet ', h('a', { key: 'story', className: 'ds-link', href: quote.story.url, lang: quote.story.lang === 'nb' ? undefined : quote.story.lang }, quote.story.title)])))));
  };
  return {
    header(data) {
      const kind = kindOf(data);
      // Text typed in «Nummer» that is no number («nr 4»): said so, as a date that is none is («Pressemelding nr. nr 4»).
      const typed = text(data.number);
      const number = kind !== 'pressemelding' ? undefined : typed === '' ? '(mangler)' : typeof data.number === 'number' ? typed : `(«${typed}» er ikke et tall)`;
      return [
        h('p', { key: 'kicker', className: 'meta' }, `${newsKind({ kind, number })} · ${dateText(data.date)}`),
        fromArchive(data) ? h('p', { key: 'archive', className: 'meta archive-label' }, archiveTexts[kind].label) : null,
      ];
    },
    beforeText(data) {
      return fromArchive(data) ? h('p', { className: 'meta archive-note' }, archiveTexts[kindOf(data)].note) : null;
    },
    afterText(data) {
      if (kindOf(data) !== 'pressemelding') return null;
      // Under an archive release, only the press room: a contact read as if KS had issued it (PressContact.astro).
      if (fromArchive(data)) return [releaseQuotes(data), pressRoom({ key: 'contact', className: 'meta press-contact' })];
      const own = contactOf(data.contact);
      return [
        releaseQuotes(data),
        h('section', { key: 'contact', className: 'press-contact' },
          h('h2', { className: 'ds-heading', 'data-size': '2xs' }, 'Pressekontakt'),
          ...address(own ?? contactOf(pressContact()) ?? {}, own !== undefined),
          pressRoom({ className: 'meta' })),
      ];
    },
  };
};
