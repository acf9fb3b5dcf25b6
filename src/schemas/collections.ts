// The one registry of content collections: where each lives under /content,
// its file format, schema, section path, Norwegian names, search type, menu
// place and the kinds `npm run new` makes. Astro's collections, the checker, the
// CMS, routes, search, the menu and the scaffold all derive from it, so a
// collection is declared once (collections.test.ts checks each derived place).
import type { z } from 'zod';
import { eventSchema } from './event.ts';
import { figureTableSchema } from './figure-table.ts';
import { filmSchema } from './film.ts';
import { municipalitySchema } from './municipality.ts';
import { pageSchema } from './page.ts';
import { newsletterSchema, newsSchema } from './publication.ts';
import { sickLeavePointSchema } from './sick-leave-point.ts';
import { storySchema } from './story.ts';
import { templateSchema } from './template.ts';
import { toolSchema } from './tool.ts';

export type ImageHelper = () => z.ZodType;

export interface CollectionDefinition {
  /** Folder under /content. */
  folder: string;
  format: 'mdx' | 'yaml';
  schema: (image: ImageHelper) => z.ZodType;
  /** Section path the entries are published under (lib/routes.ts), with both slashes. */
  route: `/${string}`;
  /** False when entries have no page of their own, only a place (an anchor) on their section's list. */
  entryPages: boolean;
  /**
   * The section's one name: in breadcrumbs, the main menu and wherever a page names the section; absent for
   * pages, which sit right under the front page.
   */
  section?: string;
  /** The CMS's Norwegian names for one entry and for the collection. */
  labels: { singular: string; plural: string };
  /** The content type the search index gives an entry's page (lib/search-fields.ts). */
  searchType: string;
  /** The section's place in the main menu (1 = first), where it shows under its `section` name; absent when not in the menu. */
  menuPosition?: number;
  /**
   * The kinds `npm run new` offers for this collection (scaffold/entry-types.ts builds each); empty when new
   * entries are not made from the command line.
   */
  scaffold: readonly string[];
}

export const collectionDefinitions = {
  stories: {
    folder: 'stories', format: 'mdx', schema: storySchema, route: '/eksempler/', entryPages: true, section: 'Gode eksempler',
    labels: { plural: 'Gode eksempler', singular: 'Godt eksempel' }, searchType: 'Godt eksempel',
    menuPosition: 1, scaffold: ['eksempel'],
  },
  municipalities: {
    folder: 'municipalities', format: 'yaml', schema: () => municipalitySchema, route: '/kommuner/', entryPages: true, section: 'Kommuner',
    labels: { plural: 'Kommuner', singular: 'Kommune' }, searchType: 'Kommune',
    menuPosition: 5, scaffold: ['kommune'],
  },
  tools: {
    folder: 'tools', format: 'mdx', schema: () => toolSchema, route: '/verktoy/', entryPages: true, section: 'Verktøy',
    labels: { plural: 'Verktøy', singular: 'Verktøy' }, searchType: 'Verktøy',
    menuPosition: 3, scaffold: ['verktoy'],
  },
  sickLeavePoints: {
    folder: 'sick-leave-points', format: 'mdx', schema: () => sickLeavePointSchema, route: '/sykefravaer/', entryPages: true, section: 'Sykefravær',
    labels: { plural: 'Ti punkter mot sykefravær', singular: 'Punkt' }, searchType: 'Punkt mot sykefravær',
    // The ten points are fixed: none is added from the command line.
    menuPosition: 2, scaffold: [],
  },
  templates: {
    folder: 'templates', format: 'mdx', schema: () => templateSchema, route: '/kommunikasjon/', entryPages: true, section: 'Kommunikasjon',
    labels: { plural: 'Kommunikasjonsmaler', singular: 'Mal' }, searchType: 'Kommunikasjonsmal',
    menuPosition: 4, scaffold: ['mal'],
  },
  newsletters: {
    folder: 'newsletters', format: 'mdx', schema: () => newsletterSchema, route: '/nyhetsbrev/', entryPages: true, section: 'Nyhetsbrev',
    labels: { plural: 'Nyhetsbrev', singular: 'Nyhetsbrev' }, searchType: 'Nyhetsbrev', scaffold: ['nyhetsbrev'],
  },
  news: {
    folder: 'news', format: 'mdx', schema: () => newsSchema, route: '/nyheter/', entryPages: true, section: 'Nyheter',
    labels: { plural: 'Nyheter og pressemeldinger', singular: 'Nyhet eller pressemelding' }, searchType: 'Nyhet',
    menuPosition: 6, scaffold: ['nyhet', 'pressemelding'],
  },
  events: {
    folder: 'events', format: 'mdx', schema: () => eventSchema, route: '/arrangementer/', entryPages: true, section: 'Konferanser og samlinger',
    labels: { plural: 'Arrangementer', singular: 'Arrangement' }, searchType: 'Arrangement', scaffold: ['arrangement'],
  },
  films: {
    folder: 'films', format: 'yaml', schema: () => filmSchema, route: '/filmer/', entryPages: false, section: 'Filmer',
    labels: { plural: 'Filmer', singular: 'Film' }, searchType: 'Film', scaffold: ['film'],
  },
  pages: {
    folder: 'pages', format: 'mdx', schema: () => pageSchema, route: '/', entryPages: true,
    labels: { plural: 'Sider', singular: 'Side' }, searchType: 'Om programmet', scaffold: ['side'],
  },
  figures: {
    folder: 'figures', format: 'yaml', schema: () => figureTableSchema, route: '/tall/', entryPages: false, section: 'Tall og tabeller',
    labels: { plural: 'Talltabeller', singular: 'Talltabell' }, searchType: 'Tall og tabeller', scaffold: ['tabell'],
  },
} as const satisfies Record<string, CollectionDefinition>;

export type CollectionName = keyof typeof collectionDefinitions;

/** The collections in the registry's order (the CMS lists them so). */
export const collectionNames = Object.keys(collectionDefinitions) as CollectionName[];

/** A kind of new entry `npm run new` makes, by its Norwegian name. */
export type ScaffoldKind = (typeof collectionDefinitions)[CollectionName]['scaffold'][number];

/** One value per collection, computed from its registry entry; the result is typed per collection. */
export function perCollection<T>(value: (definition: CollectionDefinition, name: CollectionName) => T): Record<CollectionName, T> {
  return Object.fromEntries(collectionNames.map((name) => [name, value(collectionDefinitions[name], name)])) as Record<CollectionName, T>;
}

/** Where content lives; tests point it at fixtures. */
export const contentRoot = process.env.KOMPETANSEBANKEN_CONTENT ?? './content';

export const filePattern = { mdx: '**/*.{md,mdx}', yaml: '**/*.yaml' } as const;
