import { describe, expect, it } from 'vitest';
import { storyPage, type PageStory } from './story-page.ts';

const story = (id: string, data: Partial<PageStory['data']> = {}): PageStory => ({
  id,
  data: {
    title: id,
    municipalities: [],
    sectors: ['skole'],
    themes: ['sykefravaer'],
    levels: ['system'],
    tools: [],
    sickLeavePoints: [],
    lang: 'nb',
    ...data,
  },
});
const municipality = (id: string, name: string, county?: 'rogaland' | 'nordland') => ({ id, data: { name, county } });

const context = {
  municipalities: [municipality('stavanger', 'Stavanger', 'rogaland'), municipality('bodo', 'Bodø', 'nordland'), municipality('alta', 'Alta')],
  sickLeavePoints: [3, 1, 2].map((n) => ({ id: `punkt-${n}`, data: { number: n, title: `Punkt ${n}` } })),
  tools: [{ id: 'spc', data: { title: 'SPC' } }, { id: 'ab', data: { title: 'Ab' } }, { id: 'pdsa', data: { title: 'PDSA' } }],
  countyOf: (id: string) => ({ stavanger: 'rogaland', bodo: 'nordland' })[id],
};

describe('storyPage', () => {
  const main = story('main', {
    municipalities: ['stavanger', 'ukjent', 'bodo'],
    sameTheme: { municipalities: ['alta', 'stavanger'] },
    sickLeavePoints: [3, 1],
    tools: ['spc', 'ab'],
  });
  const other = story('other');
  const unrelated = story('unrelated', { sectors: ['barnehage'] });
  const page = storyPage(main, { ...context, stories: [main, other, unrelated] });

  it('names the published municipalities by name and leaves unknown ids out', () => {
    expect(page.municipalities.map((m) => m.id)).toEqual(['bodo', 'stavanger']);
    expect(page.sameTheme.map((m) => m.id)).toEqual(['alta', 'stavanger']);
  });

  it('gives names with county names for the press pack and the places', () => {
    expect(page.places).toEqual([
      { name: 'Bodø', county: 'Nordland' },
      { name: 'Stavanger', county: 'Rogaland' },
    ]);
  });

  it('lists the points by number and the tools by title', () => {
    expect(page.points.map((p) => p.data.number)).toEqual([1, 3]);
    expect(page.tools.map((t) => t.id)).toEqual(['ab', 'spc']);
  });

  it('finds related stories, never the story itself', () => {
    expect(page.related.map((s) => s.id)).toEqual(['other']);
  });

  it('tags each facet value the story has, the county from its municipalities', () => {
    const county = page.tags.find((t) => t.facet.slug === 'fylke');
    expect(county?.values.map((v) => v.value)).toEqual(['rogaland', 'nordland']);
    expect(page.tags.map((t) => t.facet.slug)).toEqual(['sektor', 'tema', 'niva', 'fylke']);
  });

  it('indexes the story as a case story with its municipalities as filters', () => {
    expect(page.search.type).toBe('Godt eksempel');
    expect(page.search.filters.kommune).toEqual(['Bodø', 'Stavanger']);
    expect(page.search.filters.fylke).toEqual(['Nordland', 'Rogaland']);
  });

  it('has empty lists for a story that names nothing else', () => {
    const bare = storyPage(other, { ...context, stories: [other] });
    expect([bare.municipalities, bare.sameTheme, bare.points, bare.tools, bare.related]).toEqual([[], [], [], [], []]);
  });
});
