// Facets over the published stories, with counties looked up from the
// municipalities: what the browse pages and story tags are built from.
import { facetValues, facets, type Facet } from './facets.ts';
import { byTitle, getPublished } from './content.ts';

export async function storyFacets() {
  const stories = (await getPublished('stories')).sort(byTitle);
  const municipalities = await getPublished('municipalities');
  const counties = new Map(municipalities.map((m) => [m.id, m.data.county]));
  const countyOf = (id: string) => counties.get(id);
  return {
    stories,
    countyOf,
    values: (facet: Facet) => facetValues(facet, stories, countyOf),
  };
}

export { facets };
