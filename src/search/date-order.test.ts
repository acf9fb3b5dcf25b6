import { expect, it } from 'vitest';
import { inDateOrder } from './date-order.ts';

const r = (id: string) => ({ id });

it('puts the dated hits first, in date order, then the undated ones by relevance, each hit once', () => {
  const byRelevance = [r('verktoy'), r('nyhet-2009'), r('kommune'), r('nyhet-2010')];
  const newestFirst = [r('nyhet-2010'), r('nyhet-2009')];
  expect(inDateOrder(newestFirst, byRelevance).map((x) => x.id)).toEqual(['nyhet-2010', 'nyhet-2009', 'verktoy', 'kommune']);
});

it('keeps a search with no dated hit in order of relevance', () => {
  expect(inDateOrder([], [r('b'), r('a')]).map((x) => x.id)).toEqual(['b', 'a']);
});
