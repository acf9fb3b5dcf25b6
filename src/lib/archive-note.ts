// The archive's news items, press releases and newsletter issues were written for Kompetansebanken from the
// programme's documents, not by the programme. A reader who meets one anywhere must not cite it as the programme's
// own, so every output of such an entry says so in these words: its page, its e-mail (HTML and text), its items in
// the feeds (RSS/Atom) and its social image. Not its description as shared (meta, Open Graph, JSON-LD): a preview
// opened with 111 characters of this note before the news (fresh eyes); it shows the social image, which has the
// note, beside the item's own words (sharing/preview-description.ts).

/** What an archive entry is: a news item, a press release or a newsletter issue. */
export type ArchiveKind = 'nyhet' | 'pressemelding' | 'nyhetsbrev';

const words: Record<ArchiveKind, { subject: string; original: string }> = {
  nyhet: { subject: 'Denne saken', original: 'en original tekst fra programmet' },
  pressemelding: { subject: 'Denne pressemeldingen', original: 'en original pressemelding fra programmet' },
  nyhetsbrev: { subject: 'Denne utgaven', original: 'en original utgave fra programmet' },
};

/** Where the reader finds the sources: below the text on its page, or on the page when reading the e-mail. */
export type SourcesAt = 'nederst på siden' | 'på nettsiden';

/**
 * The whole note, for the page and the e-mail: «Denne utgaven er skrevet for Kompetansebanken ut fra programmets
 * egne dokumenter (se kildene nederst på siden); den er ikke en original utgave fra programmet, …».
 */
export function archiveNote(kind: ArchiveKind, sourcesAt: SourcesAt): string {
  const { subject, original } = words[kind];
  const numbers = kind === 'nyhetsbrev' ? ', og numrene følger dette arkivet, ikke programmets egne utgaver' : '';
  return `${subject} er skrevet for Kompetansebanken ut fra programmets egne dokumenter (se kildene ${sourcesAt}); den er ikke ${original}${numbers}.`;
}

/** The note in one line, for a social image: «Skrevet for Kompetansebanken – ikke en original pressemelding fra programmet». */
export function archiveLabel(kind: ArchiveKind): string {
  return `Skrevet for Kompetansebanken – ikke ${words[kind].original}`;
}

/**
 * An entry's description in a feed and an e-mail's preheader: the note, then its ingress («Skrevet for
 * Kompetansebanken …. Fem kommuner …»). First, because a feed reader's list and a mail program cut it after 150–200
 * characters, and the note at the end of a 300-character ingress was cut away (fresh eyes).
 */
export function archiveDescription(kind: ArchiveKind, summary: string): string {
  return `Skrevet for Kompetansebanken ut fra programmets egne dokumenter, ikke ${words[kind].original}: ${summary.trim()}`;
}


/**
 * Whether an entry is one of the archive's: written for Kompetansebanken from the programme's documents, so every
 * output carries the note. Not an item the secretariat writes now (`newItem`, schemas/new-item.ts): that one is
 * the site's own, cites no programme document by rule, and the note would be false about it.
 */
export function isFromArchive(data: { newItem: boolean }): boolean {
  return !data.newItem;
}

/**
 * What a list or a search result says beside an archive entry, after its kind and date (the press room, the news
 * lists, the search page): a journalist skimming «Pressemelding nr. 4 · juni 2010» quoted it as the programme's own
 * release of 2010, and a news item said so only in the note above the whole list, which a list item quoted alone
 * does not carry. A news item's label speaks of a text, not a release (`words`).
 */
export function listedArchiveLabel(data: { kind: ArchiveKind; newItem: boolean }): string | undefined {
  return isFromArchive(data) ? archiveLabel(data.kind) : undefined;
}

/** An entry's description in a feed: the note and the ingress for an archive entry, the ingress alone for a new one. */
export function feedDescription(kind: ArchiveKind, data: { summary: string; newItem: boolean }): string {
  return isFromArchive(data) ? archiveDescription(kind, data.summary) : data.summary.trim();
}
