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

/** Stories with the same sectors and themes: they score alike against any story. */
interface Group<S> {
  sectors: string[];
  themes: string[];
  /** In Norwegian title order. */
  stories: S[];
}

const groupsOf = new WeakMap<readonly StoryFacets[], Group<StoryFacets>[]>();

/** The stories grouped by their sectors and themes; computed once for each list of stories. */
function groups<S extends StoryFacets>(stories: readonly S[]): Group<S>[] {
  const known = groupsOf.get(stories) as Group<S>[] | undefined;
  if (known) return known;
  const byKey = new Map<string, Group<S>>();
  for (const story of stories) {
    const sectors = [...story.data.sectors].sort();
    const themes = [...story.data.themes].sort();
    const key = JSON.stringify([sectors, themes]);
    const group = byKey.get(key);
    if (group) group.stories.push(story);
    else byKey.set(key, { sectors, themes, stories: [story] });
  }
  const found = [...byKey.values()];
  for (const group of found) group.stories.sort((a, b) => collator.compare(a.data.title, b.data.title));
  groupsOf.set(stories, found);
  return found;
}

/**
 * Stories that share a sector and a theme with the given one, most shared
 * facets first, then by title. Stories with the same sectors and themes are
 * scored once, as a group, and only a group's first `limit` stories by title
 * can make the list: so a story page costs the number of such groups, not the
 * number of stories, and a build does not grow with the square of the stories.
 */
export function relatedStories<S extends StoryFacets>(story: S, stories: readonly S[], limit = 4): S[] {
  const sectors = new Set(story.data.sectors);
  const themes = new Set(story.data.themes);
  const best: Ranked<S>[] = [];
  const before = (a: Ranked<S>, b: Ranked<S>) =>
    a.score !== b.score ? a.score > b.score : collator.compare(a.other.data.title, b.other.data.title) < 0;
  for (const group of groups(stories)) {
    const sharedSectors = group.sectors.filter((s) => sectors.has(s)).length;
    const sharedThemes = group.themes.filter((t) => themes.has(t)).length;
    if (sharedSectors === 0 || sharedThemes === 0) continue;
    for (const other of group.stories) {
      if (other.id === story.id) continue;
      const candidate = { other, score: sharedSectors + sharedThemes };
      const worst = best[limit - 1];
      // The group's later stories come after this one by title: none of them can do better.
      if (worst && !before(candidate, worst)) break;
      let at = best.length;
      while (at > 0 && before(candidate, best[at - 1] as Ranked<S>)) at--;
      best.splice(at, 0, candidate);
      if (best.length > limit) best.pop();
    }
  }
  return best.map(({ other }) => other);
}
