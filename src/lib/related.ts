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

const collator = new Intl.Collator('nb');

interface Ranked<S> {
  other: S;
  score: number;
}

/**
 * Stories that share a sector and a theme with the given one, most shared
 * facets first, then by title. One pass that keeps only the best `limit`, so a
 * build with thousands of stories does not sort them all for every page.
 */
export function relatedStories<S extends StoryFacets>(story: S, stories: readonly S[], limit = 4): S[] {
  const sectors = new Set(story.data.sectors);
  const themes = new Set(story.data.themes);
  const best: Ranked<S>[] = [];
  const before = (a: Ranked<S>, b: Ranked<S>) =>
    a.score !== b.score ? a.score > b.score : collator.compare(a.other.data.title, b.other.data.title) < 0;
  for (const other of stories) {
    if (other.id === story.id) continue;
    const sharedSectors = other.data.sectors.filter((s) => sectors.has(s)).length;
    const sharedThemes = other.data.themes.filter((t) => themes.has(t)).length;
    if (sharedSectors === 0 || sharedThemes === 0) continue;
    const candidate = { other, score: sharedSectors + sharedThemes };
    const worst = best[limit - 1];
    if (worst && !before(candidate, worst)) continue;
    let at = best.length;
    while (at > 0 && before(candidate, best[at - 1] as Ranked<S>)) at--;
    best.splice(at, 0, candidate);
    if (best.length > limit) best.pop();
  }
  return best.map(({ other }) => other);
}
