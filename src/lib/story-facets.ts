// Facets over the published stories, with counties looked up from the
// municipalities: what the browse pages and story tags are built from; and
// the entries a story page links to (lib/story-page.ts).
import { facetValues, facets, type Facet } from './facets.ts';
import { byTitle, getPublished } from './content.ts';

async function load() {
  const stories = (await getPublished('stories')).sort(byTitle);
  const municipalities = await getPublished('municipalities');
  const counties = new Map(municipalities.map((m) => [m.id, m.data.county]));
  const countyOf = (id: string) => counties.get(id);
  // Each facet's values once per build (one pass over the stories each): the browse box on every list page asks for them.
  const valuesByFacet = new Map(facets.map((facet) => [facet, facetValues(facet, stories, countyOf)]));
  return {
    stories,
    municipalities,
    sickLeavePoints: await getPublished('sickLeavePoints'),
    tools: await getPublished('tools'),
    countyOf,
    values: (facet: Facet) => valuesByFacet.get(facet) ?? facetValues(facet, stories, countyOf),
  };
}

let loaded: ReturnType<typeof load> | undefined;

/**
 * Read once per build: every story page asks for these, and reading and sorting
 * all stories for each page would make a build grow with the square of the
 * number of stories. In dev the content may change between requests.
 */
export function storyFacets(): ReturnType<typeof load> {
  if (import.meta.env.DEV) return load();
  return (loaded ??= load());
}

export { facets };
