import { archiveNote } from './archive-note.ts';

/**
 * How a news item is labelled: press releases by their number in the archive. Self-contained: the CMS's preview runs
 * its source (start-script.ts), with the number as typed so far.
 */
export function newsKind(data: { kind: 'nyhet' | 'pressemelding'; number?: number | string | undefined }): string {
  return data.kind === 'pressemelding' ? `Pressemelding nr. ${data.number}` : 'Nyhet';
}

/**
 * The words before a neighbouring item's title on a news item's page (components/ArchiveNeighbours.astro), by that
 * item's own kind: the news and the press releases are one archive, and a press release next to a news item is no «nyhet».
 */
export function newsNeighbourDirection(kind: 'nyhet' | 'pressemelding', side: 'older' | 'newer'): string {
  return `${side === 'older' ? 'Eldre' : 'Nyere'} ${kind === 'pressemelding' ? 'pressemelding' : 'nyhet'}`;
}

/** The note above an archive item's text on its page: what it is (lib/archive-note.ts), and how precise its date is. */
export function newsArchiveNote(kind: 'nyhet' | 'pressemelding'): string {
  return `${archiveNote(kind, 'nederst på siden')} Datoen er så presis som kildene er.`;
}

/** The press releases among the news items, newest (highest number) first. */
export function pressReleases<T extends { data: { kind: string; number?: number | undefined; date: { date: Date } } }>(news: T[]): T[] {
  return news
    .filter((item) => item.data.kind === 'pressemelding')
    .sort((a, b) => (b.data.number ?? 0) - (a.data.number ?? 0) || b.data.date.date.getTime() - a.data.date.date.getTime());
}

/** The news items and press releases about a municipality (their `municipalities`), in the order given. */
export function newsAboutMunicipality<T extends { data: { municipalities: readonly string[] } }>(news: readonly T[], municipalityId: string): T[] {
  return news.filter((item) => item.data.municipalities.includes(municipalityId));
}
