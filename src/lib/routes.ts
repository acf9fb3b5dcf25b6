// Where each kind of entry is published. One place, so links and pages agree.
import type { CollectionName } from '../schemas/collections.ts';

export const sectionPaths = {
  stories: '/eksempler/',
  municipalities: '/kommuner/',
  tools: '/verktoy/',
  sickLeavePoints: '/sykefravaer/',
  templates: '/kommunikasjon/',
  newsletters: '/nyhetsbrev/',
  news: '/nyheter/',
  events: '/arrangementer/',
  films: '/filmer/',
  pages: '/',
  figures: '/tall/',
} as const satisfies Record<CollectionName, string>;

/** Collections whose entries have no page of their own, only a place on their list. */
const listedOnly = new Set<CollectionName>(['films', 'figures']);

export function entryUrl(collection: CollectionName, id: string): string {
  const section = sectionPaths[collection];
  return listedOnly.has(collection) ? `${section}#${id}` : `${section}${id}/`;
}

export const searchPath = '/sok/';

/** A newsletter's e-mail files: HTML for the mailing tool and its plain-text part. */
export function newsletterEmailUrl(id: string, format: 'html' | 'txt'): string {
  return `${entryUrl('newsletters', id)}epost.${format}`;
}

/** A figure table's numbers as CSV, beside its chart on /tall/. */
export function figureCsvUrl(id: string): string {
  return `${sectionPaths.figures}${id}.csv`;
}

/** A case story's series of figures as CSV, beside its chart on the story's page. */
export function seriesCsvUrl(storyId: string): string {
  return `${sectionPaths.figures}eksempler/${storyId}.csv`;
}
