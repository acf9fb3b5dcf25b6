import { expect, it } from 'vitest';
import { balanced } from './balanced.ts';

const hit = (id: string, score: number) => ({ id, score });

// Fresh eyes: «hvordan fikk kommunene ned sykefraværet i barnehagene» put «Molde innstilt til Kvalitetsprisen for
// ledelse i barnehagene» first (Pagefind's scores, rounded): «barnehagene» filled it, «sykefraværet» was one compound.
it('puts the page where every word weighs before one where a single word outweighs the others', () => {
  const results = [hit('molde', 3), hit('tall', 2.5), hit('nyhetsbrev', 2.4), hit('grupper', 2.3)];
  const perWord = [
    [hit('molde', 0.26), hit('tall', 0.23), hit('nyhetsbrev', 0.13), hit('grupper', 0.2), hit('best-kommunene', 1)],
    [hit('molde', 0.02), hit('tall', 0.15), hit('nyhetsbrev', 0.28), hit('grupper', 0.3), hit('best-sykefravær', 1)],
    [hit('molde', 0.97), hit('tall', 0.25), hit('nyhetsbrev', 0.24), hit('grupper', 0.2), hit('best-barnehagene', 1)],
  ];
  expect(balanced(results, perWord).map((r) => r.id)).toEqual(['grupper', 'nyhetsbrev', 'tall', 'molde']);
});

it('keeps Pagefind’s order between equal pages, and for pages a word did not score on alone', () => {
  const results = [hit('a', 2), hit('b', 1), hit('c', 1)];
  expect(balanced(results, [[hit('a', 1), hit('b', 1)], []]).map((r) => r.id)).toEqual(['a', 'b', 'c']);
  // The page of a place and its subject stays first: «sykefravær Mandal».
  const mandal = [hit('historie', 3), hit('kommune', 2), hit('nyhet', 1)];
  const words = [
    [hit('historie', 0.62), hit('kommune', 0.19), hit('nyhet', 0.15), hit('ti-punkter', 1)],
    [hit('historie', 0.7), hit('kommune', 1), hit('nyhet', 0.53)],
  ];
  expect(balanced(mandal, words).map((r) => r.id)).toEqual(['historie', 'kommune', 'nyhet']);
});
