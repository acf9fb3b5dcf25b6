import { describe, expect, it } from 'vitest';
import { relatedStories, storiesForMunicipality, storiesForPoint, storiesForTool, storiesNamingMunicipality } from './related.ts';

function story(id: string, data: Partial<{ municipalities: string[]; sectors: string[]; themes: string[]; tools: string[]; sickLeavePoints: number[]; sameTheme: { municipalities: string[] } }>) {
  return { id, data: { title: id, municipalities: [], sectors: [], themes: [], tools: [], sickLeavePoints: [], ...data } };
}

const stories = [
  story('a', { municipalities: ['gloppen'], sectors: ['barnehage'], themes: ['foreldremedvirkning', 'brukeropplevd-kvalitet'], tools: ['kvalitetstrakten'], sameTheme: { municipalities: ['fjell'] } }),
  story('b', { municipalities: ['molde'], sectors: ['barnehage'], themes: ['ledelse'], tools: ['kvalitetstrakten'] }),
  story('c', { municipalities: ['fjell'], sectors: ['barnehage'], themes: ['foreldremedvirkning', 'brukeropplevd-kvalitet'] }),
  story('d', { municipalities: ['haegebostad'], sectors: ['hele-kommunen'], themes: ['sykefravaer'], sickLeavePoints: [1, 5] }),
  story('e', { municipalities: ['vennesla'], sectors: ['barnehage'], themes: ['foreldremedvirkning'] }),
];

describe('related content from frontmatter', () => {
  it('finds the stories that illustrate a tool or a point', () => {
    expect(storiesForTool(stories, 'kvalitetstrakten').map((s) => s.id)).toEqual(['a', 'b']);
    expect(storiesForPoint(stories, 5).map((s) => s.id)).toEqual(['d']);
    expect(storiesForPoint(stories, 2)).toEqual([]);
  });

  it('separates a municipality’s own stories from those that name it as working on the same theme', () => {
    expect(storiesForMunicipality(stories, 'fjell').map((s) => s.id)).toEqual(['c']);
    expect(storiesNamingMunicipality(stories, 'fjell').map((s) => s.id)).toEqual(['a']);
  });

  it('relates stories that share a sector and a theme, most shared first', () => {
    expect(relatedStories(stories[0]!, stories).map((s) => s.id)).toEqual(['c', 'e']);
    expect(relatedStories(stories[3]!, stories)).toEqual([]);
  });

  it('keeps the four best, ties in Norwegian title order, whatever order the stories come in', () => {
    const facets = (themes: string[]) => ({ sectors: ['skole'], themes });
    const many = [
      story('øst', facets(['ledelse'])),
      story('ål', facets(['ledelse', 'kompetanse'])),
      story('vest', facets(['ledelse'])),
      story('zulu', facets(['ledelse', 'kompetanse'])),
      story('aker', facets(['ledelse'])),
      story('nord', facets(['fag-og-laering'])),
      story('basis', facets(['ledelse', 'kompetanse'])),
    ];
    expect(relatedStories(many[1]!, many).map((s) => s.id)).toEqual(['basis', 'zulu', 'aker', 'vest']);
    expect(relatedStories(many[5]!, many)).toEqual([]);
  });

  it('ranks as scoring every other story would, for many stories with repeated sectors and themes', () => {
    // A fixed pseudo-random sequence, so a failure can be reproduced.
    let seed = 17;
    const next = (n: number) => (seed = (seed * 1103515245 + 12345) % 2 ** 31) % n;
    const pick = (from: string[]) => [...new Set(Array.from({ length: 1 + next(3) }, () => from[next(from.length)]!))];
    const many = Array.from({ length: 400 }, (_, i) =>
      story(`s${i}`, { sectors: pick(['skole', 'barnehage', 'pleie-og-omsorg']), themes: pick(['ledelse', 'kompetanse', 'sykefravaer', 'brukerdialog']) }),
    );
    const collator = new Intl.Collator('nb');
    const byScoreThenTitle = (target: (typeof many)[number]) => {
      const score = (other: (typeof many)[number]) => {
        const sectors = other.data.sectors.filter((s) => target.data.sectors.includes(s)).length;
        const themes = other.data.themes.filter((t) => target.data.themes.includes(t)).length;
        return sectors > 0 && themes > 0 ? sectors + themes : 0;
      };
      return many
        .filter((other) => other.id !== target.id && score(other) > 0)
        .sort((a, b) => score(b) - score(a) || collator.compare(a.data.title, b.data.title))
        .slice(0, 4)
        .map((s) => s.id);
    };
    for (const target of many) expect(relatedStories(target, many).map((s) => s.id)).toEqual(byScoreThenTitle(target));
  });
});
