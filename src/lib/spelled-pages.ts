// Every page whose address a reader may type as the name is spelled (lib/spelled-addresses.ts):
// the sections, each entry's page and each browse page of the stories, with the page they lead to.
import { collectionDefinitions, type CollectionDefinition, type CollectionName } from '../schemas/collections.ts';
import { getPublished } from './content.ts';
import { facets, storyFacets } from './story-facets.ts';
import { facetUrl } from './facets.ts';
import { entryUrl, sectionPaths } from './routes.ts';
import { spelledPaths, type NamedSegment } from './spelled-addresses.ts';

export interface SpelledPage {
  /** The address as the name spells it, e.g. /kommuner/hægebostad/. */
  path: string;
  /** The page's own address, e.g. /kommuner/haegebostad/. */
  target: string;
  /** The page's name, e.g. Hægebostad. */
  name: string;
}

/**
 * The collections whose entries are named by what a reader types: a place, a tool, one of the ten points, a page.
 * Stories, news and the like are titled by a sentence no one types; their addresses are copied from the site.
 */
const namedCollections = ['municipalities', 'tools', 'sickLeavePoints', 'pages'] as const satisfies CollectionName[];

/** A section's own level («sykefravaer», «Sykefravær»); none for the pages at the site's root. */
function sectionLevel(collection: CollectionName): NamedSegment[] {
  const { section }: CollectionDefinition = collectionDefinitions[collection];
  const segment = sectionPaths[collection].replaceAll('/', '');
  return segment && section ? [{ segment, name: section }] : [];
}

function pagesFor(levels: NamedSegment[], target: string, name: string): SpelledPage[] {
  return spelledPaths(levels).map((path) => ({ path, target, name }));
}

export async function spelledPages(): Promise<SpelledPage[]> {
  const found: SpelledPage[] = [];
  for (const collection of namedCollections) {
    const section = sectionLevel(collection);
    if (section[0]) found.push(...pagesFor(section, sectionPaths[collection], section[0].name));
    for (const entry of await getPublished(collection)) {
      const data = entry.data as { name?: string; title?: string };
      const name = data.name ?? data.title ?? entry.id;
      found.push(...pagesFor([...section, { segment: entry.id, name }], entryUrl(collection, entry.id), name));
    }
  }
  const { values } = await storyFacets();
  const stories = sectionLevel('stories');
  for (const facet of facets) {
    const facetLevel = { segment: facet.slug, name: facet.label };
    for (const { value, label } of values(facet)) {
      found.push(...pagesFor([...stories, facetLevel, { segment: value, name: label }], facetUrl(facet, value), label));
    }
  }
  // Two names may spell one address; the first page keeps it.
  const seen = new Set<string>();
  return found.filter(({ path }) => !seen.has(path) && seen.add(path));
}
