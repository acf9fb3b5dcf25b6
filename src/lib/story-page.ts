// Everything a case story's page shows beside its own text, assembled from the
// published entries it names: its municipalities (named, sorted, with county),
// the points and tools it illustrates, related stories, its facet tags and what
// search indexes. The route (pages/eksempler/[id].astro) fetches and renders.
import { byName, byTitle } from './sort.ts';
import { facets, type Facet } from './facets.ts';
import { relatedStories, type StoryFacets } from './related.ts';
import { contentTypes, storyFilters, type SearchFields } from './search-fields.ts';
import { counties, type County, type Language, type Level, type Pulje, type Sector, type Theme } from '../schemas/vocabulary.ts';

export interface PageStory extends StoryFacets {
  data: StoryFacets['data'] & { sectors: Sector[]; themes: Theme[]; levels: Level[]; lang: Language };
}
export interface PageMunicipality {
  id: string;
  data: { name: string; county?: County | undefined; pulje?: Pulje | undefined };
}
export interface PagePoint {
  id: string;
  data: { number: number; title: string };
}
export interface PageTool {
  id: string;
  data: { title: string };
}

/** The published entries a story page draws on (read once per build, lib/story-facets.ts). */
export interface StoryPageContext<S, M, P, T> {
  /** All published stories, sorted by title. */
  stories: readonly S[];
  municipalities: readonly M[];
  sickLeavePoints: readonly P[];
  tools: readonly T[];
  countyOf: (municipality: string) => string | undefined;
}

export interface StoryTag {
  facet: Facet;
  values: { value: string; label: string }[];
}

export function storyPage<S extends PageStory, M extends PageMunicipality, P extends PagePoint, T extends PageTool>(
  story: S,
  context: StoryPageContext<S, M, P, T>,
) {
  const { data } = story;
  const byId = new Map(context.municipalities.map((m) => [m.id, m]));
  /** The municipalities with these ids that are published, by name; unknown ids are left out (the check reports them). */
  const named = (ids: readonly string[]) =>
    ids.map((id) => byId.get(id)).filter((m): m is M => m !== undefined).sort(byName);
  const municipalities = named(data.municipalities);
  const search: SearchFields = { type: contentTypes.stories, filters: storyFilters(data, municipalities.map((m) => m.data)) };
  // The story's tags: each facet value it has, linking to the list of stories with it.
  const tags: StoryTag[] = facets
    .map((facet) => ({ facet, values: facet.valuesOf(story, context.countyOf).map((value) => ({ value, label: facet.values[value] ?? value })) }))
    .filter(({ values }) => values.length > 0);
  return {
    municipalities,
    /** Names and county names, for the press pack and the structured data's places. */
    places: municipalities.map((m) => ({ name: m.data.name, county: m.data.county && counties[m.data.county] })),
    sameTheme: data.sameTheme ? named(data.sameTheme.municipalities) : [],
    points: context.sickLeavePoints.filter((p) => data.sickLeavePoints.includes(p.data.number)).sort((a, b) => a.data.number - b.data.number),
    tools: context.tools.filter((t) => data.tools.includes(t.id)).sort(byTitle),
    related: relatedStories(story, context.stories),
    tags,
    search,
  };
}
