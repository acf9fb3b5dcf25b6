import { describe, expect, it } from 'vitest';
import { facets, facetUrl, facetValues } from './facets.ts';

const stories = [
  { id: 'a', data: { sectors: ['barnehage'], themes: ['ledelse'], levels: ['system'], municipalities: ['molde'] } },
  { id: 'b', data: { sectors: ['barnehage', 'skole'], themes: ['foreldremedvirkning'], levels: ['atferd'], municipalities: ['gloppen', 'heroy'] } },
  { id: 'c', data: { sectors: ['pleie-og-omsorg'], themes: ['ledelse'], levels: ['system', 'medarbeider'], municipalities: ['fyresdal'] } },
];
const counties: Record<string, string> = { molde: 'more-og-romsdal', gloppen: 'sogn-og-fjordane', fyresdal: 'telemark' };
const countyOf = (id: string) => counties[id];
const facet = (slug: string) => facets.find((f) => f.slug === slug)!;

describe('facets', () => {
  it('counts the stories for each value that has any, in vocabulary order', () => {
    const sector = facetValues(facet('sektor'), stories, countyOf).map((v) => [v.value, v.stories.map((s) => s.id)]);
    expect(sector).toEqual([
      ['barnehage', ['a', 'b']],
      ['skole', ['b']],
      ['pleie-og-omsorg', ['c']],
    ]);
  });

  it('finds a story’s counties through its municipalities, skipping unknown ones', () => {
    const county = facetValues(facet('fylke'), stories, countyOf).map((v) => [v.label, v.stories.length]);
    expect(county).toEqual([
      ['Telemark', 1],
      ['Sogn og Fjordane', 1],
      ['Møre og Romsdal', 1],
    ]);
  });

  it('gives each value a browse page', () => {
    expect(facetUrl(facet('niva'), 'atferd')).toBe('/eksempler/niva/atferd/');
  });
});
