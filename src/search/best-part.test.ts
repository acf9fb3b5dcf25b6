import { describe, expect, it } from 'vitest';
import { bestPart, titleMatch, type Part } from './best-part.ts';

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

// Fresh eyes (a journalist): «Tabell 4.6» went to Vedlegg 6, whose rows each say «startkvartal fra tabell 4.6», never to
// Tabell 4.6; «vedlegg 6» ranked that table last.
describe('a part whose title names the query', () => {
  const named = (url: string, title: string, scores: number[]): Part => ({ ...part(url, scores), title });
  const vedlegg = named('/tall/#innsatskommuner-sykefravaer-tittel', 'Vedlegg 6: Syke\u2060-fravær i Innsatskommunene', [512, 512, 512, 512, 512, 512]);
  const tabell = named('/tall/#sykefravaer-utvikling-tittel', 'Tabell 4.6: Utviklingen i sykefraværet', [9474]);

  it('comes first, before one where the words are found more often', () => {
    expect(bestPart([vedlegg, tabell], 'Tabell 4.6')?.url).toBe('/tall/#sykefravaer-utvikling-tittel');
    expect(bestPart([tabell, vedlegg], 'vedlegg 6')?.url).toBe('/tall/#innsatskommuner-sykefravaer-tittel');
    expect(bestPart([vedlegg, tabell], 'tabell 4,6 sykefravær')?.url).toBe('/tall/#sykefravaer-utvikling-tittel');
  });

  it('is the phrase before the words apart, and a number whole', () => {
    expect(titleMatch('Vedlegg 6: Sykefravær i Innsatskommunene', 'vedlegg 6')).toBe(2);
    expect(titleMatch('Tabell 4.6: Utviklingen i sykefraværet', 'sykefravær tabell')).toBe(1);
    expect(titleMatch('Tabell 4.6: Utviklingen i sykefraværet', 'tabell 4')).toBe(2);
    expect(titleMatch('Tabell 4.7: Kommunestørrelse', 'tabell 46')).toBe(0);
    expect(titleMatch('Tabell 4.7: Kommunestørrelse', '')).toBe(0);
  });
});

