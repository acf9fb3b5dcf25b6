// The ways to browse case stories without JavaScript: by sector, theme, level
// in the quality funnel and county. Each facet knows its values and how to
// read them off a story; pages and counts are computed from frontmatter.
import { counties, levels, sectors, themes } from '../schemas/vocabulary.ts';

export interface FacetStory {
  id: string;
  data: { sectors: string[]; themes: string[]; levels: string[]; municipalities: string[] };
}

export interface Facet {
  /** URL segment: /eksempler/<slug>/<value>/ */
  slug: string;
  label: string;
  values: Record<string, string>;
  /** The facet's values on a story. `countyOf` maps a municipality id to its county. */
  valuesOf: (story: FacetStory, countyOf: (municipality: string) => string | undefined) => string[];
}

export const facets: Facet[] = [
  { slug: 'sektor', label: 'Sektor', values: sectors, valuesOf: (s) => s.data.sectors },
  { slug: 'tema', label: 'Tema', values: themes, valuesOf: (s) => s.data.themes },
  { slug: 'niva', label: 'Nivå i kvalitetstrakten', values: levels, valuesOf: (s) => s.data.levels },
  {
    slug: 'fylke',
    label: 'Fylke',
    values: counties,
    valuesOf: (s, countyOf) => [...new Set(s.data.municipalities.map(countyOf).filter((c) => c !== undefined))],
  },
];

export interface FacetValue {
  facet: Facet;
  value: string;
  label: string;
  stories: FacetStory[];
}

/** Every facet value that has stories, with those stories (in the order given), in vocabulary order. One pass over the stories. */
export function facetValues<S extends FacetStory>(
  facet: Facet,
  stories: readonly S[],
  countyOf: (municipality: string) => string | undefined,
): (FacetValue & { stories: S[] })[] {
  const byValue = new Map<string, S[]>();
  for (const story of stories)
    for (const value of new Set(facet.valuesOf(story, countyOf))) {
      const list = byValue.get(value);
      if (list) list.push(story);
      else byValue.set(value, [story]);
    }
  return Object.entries(facet.values).flatMap(([value, label]) => {
    const withValue = byValue.get(value);
    return withValue ? [{ facet, value, label, stories: withValue }] : [];
  });
}

export function facetUrl(facet: Facet, value: string): string {
  return `/eksempler/${facet.slug}/${value}/`;
}
