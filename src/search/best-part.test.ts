import { describe, expect, it } from 'vitest';
import { bestPart, type Part } from './best-part.ts';

const part = (url: string, scores: number[]): Part => ({ url, title: url, excerpt: url, weighted_locations: scores.map((balanced_score) => ({ balanced_score })) });

// Fresh eyes: a hit on /tall/ landed at the page's top, the table with the words a long scroll away.
describe('the part of a page a result links to', () => {
  it('is the part where the words are found most often, not the one with a word in its heading', () => {
    const parts = [part('/tall/', [512]), part('/tall/#konferansedeltakelse-tittel', [9474, 9474]), part('/tall/#sykefravaer-utvikling-tittel', [512, 512, 512])];
    expect(bestPart(parts)?.url).toBe('/tall/#sykefravaer-utvikling-tittel');
  });

  it('of parts where the words are found equally often, is the one where they weigh most', () => {
    const parts = [part('/tall/', [512]), part('/tall/#kursdeltakelse-tittel', [9474]), part('/tall/#tiltak-sykefravaer-tittel', [512])];
    expect(bestPart(parts)?.url).toBe('/tall/#kursdeltakelse-tittel');
  });

  // Fresh eyes: «lederutvikling» and «kommunestørrelse», each in one table of /tall/, landed at the page's top.
  it('is the one part with the words, where Pagefind lists only that', () => {
    expect(bestPart([part('/tall/#tiltak-sykefravaer-tittel', [512, 512, 512])])?.url).toBe('/tall/#tiltak-sykefravaer-tittel');
  });

  it("is none where the words weigh most at the page's top: the result links to the page", () => {
    expect(bestPart([part('/tall/', [512, 512]), part('/tall/#kursdeltakelse-tittel', [512])])).toBeUndefined();
  });

  it('is none for a page of one part: the result links to the page', () => {
    expect(bestPart([part('/eksempler/mandal/', [3])])).toBeUndefined();
    expect(bestPart([])).toBeUndefined();
    expect(bestPart(undefined)).toBeUndefined();
  });
});
