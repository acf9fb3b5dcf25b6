// Links computed from story frontmatter, never kept by hand: which stories
// illustrate a point or a tool, which belong to a municipality, and which
// stories are related to each other.

export interface StoryFacets {
  id: string;
  data: {
    title: string;
    municipalities: string[];
    sectors: string[];
    themes: string[];
    tools: string[];
    sickLeavePoints: number[];
    sameTheme?: { municipalities: string[] } | undefined;
  };
}

export function storiesForTool<S extends StoryFacets>(stories: readonly S[], toolId: string): S[] {
  return stories.filter((s) => s.data.tools.includes(toolId));
}

export function storiesForPoint<S extends StoryFacets>(stories: readonly S[], point: number): S[] {
  return stories.filter((s) => s.data.sickLeavePoints.includes(point));
}

export function storiesForMunicipality<S extends StoryFacets>(stories: readonly S[], municipalityId: string): S[] {
  return stories.filter((s) => s.data.municipalities.includes(municipalityId));
}

/** Stories the sources name this municipality in as working on the same theme. */
export function storiesNamingMunicipality<S extends StoryFacets>(stories: readonly S[], municipalityId: string): S[] {
  return stories.filter(
    (s) => !s.data.municipalities.includes(municipalityId) && s.data.sameTheme?.municipalities.includes(municipalityId),
  );
}

/**
 * Stories that share a sector and a theme with the given one, most shared
 * facets first, then by title.
 */
export function relatedStories<S extends StoryFacets>(story: S, stories: readonly S[], limit = 4): S[] {
  const shared = (a: string[], b: string[]) => a.filter((x) => b.includes(x)).length;
  return stories
    .filter((other) => other.id !== story.id)
    .map((other) => ({
      other,
      sectors: shared(story.data.sectors, other.data.sectors),
      themes: shared(story.data.themes, other.data.themes),
    }))
    .filter(({ sectors, themes }) => sectors > 0 && themes > 0)
    .sort((a, b) => b.sectors + b.themes - (a.sectors + a.themes) || a.other.data.title.localeCompare(b.other.data.title, 'nb'))
    .slice(0, limit)
    .map(({ other }) => other);
}
