// Where each kind of entry is published. One place, so links and pages agree.
import type { Crumb } from './site-text.ts';
import { collectionDefinitions, collectionNames, perCollection, type CollectionName } from '../schemas/collections.ts';

/** Each collection's section path, from the registry (schemas/collections.ts). */
export const sectionPaths = perCollection((definition) => definition.route);

/** Collections whose section has a name of its own (all but pages, which sit right under the front page). */
export type SectionCollection = Exclude<CollectionName, 'pages'>;

/** The breadcrumb leading to a collection's section, named as the registry says. */
export function sectionCrumb(collection: SectionCollection): Crumb {
  return { label: collectionDefinitions[collection].section, href: sectionPaths[collection] };
}

/** An entry's address: its own page, or its anchor on the section's list when it has no page (films, figures). */
export function entryUrl(collection: CollectionName, id: string): string {
  const section = sectionPaths[collection];
  return collectionDefinitions[collection].entryPages ? `${section}${id}/` : `${section}#${id}`;
}

export const searchPath = '/sok/';

/**
 * Top-level addresses the site uses besides the collections' sections (src/pages/; routes.test.ts compares),
 * and a few kept free for later.
 */
export const siteSections = ['sok', 'presse', 'kilder', 'a-a', 'delingsbilder', 'admin', 'tema', 'rss', '404'] as const;

/** Ids a page (content/pages, published at /<id>/) may not take, since a section of the site has that address. */
export const reservedPageIds: ReadonlySet<string> = new Set([
  ...collectionNames.map((name) => sectionPaths[name].replaceAll('/', '')).filter((section) => section !== ''),
  ...siteSections,
]);

/** The files a newsletter's e-mail has (src/email/). */
const newsletterEmailFiles = {
  /** The e-mail to look at in a browser; every link in it works. */
  html: 'epost.html',
  /** The same HTML as text, with the unsubscribe placeholder: what the secretariat copies into the mailing tool. */
  code: 'epost-kode.txt',
  /** The e-mail as plain text for readers: «Meld deg av» goes to the site's unsubscribe section. */
  txt: 'epost.txt',
  /** The plain-text part for the mailing tool, with the unsubscribe placeholder. */
  textCode: 'epost-tekst-kode.txt',
} as const;

/** A newsletter's e-mail files: HTML and plain text for readers, and the code of each for the mailing tool. */
export function newsletterEmailUrl(id: string, format: keyof typeof newsletterEmailFiles): string {
  return `${entryUrl('newsletters', id)}${newsletterEmailFiles[format]}`;
}

/** Where the site says how to unsubscribe from the newsletter: «Meld deg av» in the e-mail on the web goes there. */
export const newsletterUnsubscribeInfoPath = `${sectionPaths.newsletters}#avmelding`;

/** A figure table's numbers as CSV, beside its chart on /tall/. */
export function figureCsvUrl(id: string): string {
  return `${sectionPaths.figures}${id}.csv`;
}

/** A case story's series of figures as CSV, beside its chart on the story's page. */
export function seriesCsvUrl(storyId: string): string {
  return `${sectionPaths.figures}eksempler/${storyId}.csv`;
}
